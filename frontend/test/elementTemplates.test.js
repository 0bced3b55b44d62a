// The element templates let Camunda Desktop Modeler draw Ringflow flows: each must be valid against Camunda's
// element template schema and describe its applet exactly as the Flow Builder writes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv';
import { APPLETS } from '../src/builder/applets/catalog.js';

const dir = new URL('../../bpmn/element-templates/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('../node_modules/@camunda/element-templates-json-schema/resources/schema.json', import.meta.url)));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const templates = Object.fromEntries(readdirSync(dir).filter(file => file.endsWith('.json'))
  .map(file => [ file.replace('.json', ''), JSON.parse(readFileSync(new URL(file, dir))) ]));

test('there is one template per applet and no other', () => {
  assert.deepEqual(Object.keys(templates).sort(), Object.keys(APPLETS).sort());
});

for (const [ type, template ] of Object.entries(templates)) {
  test(type + ' is a valid Camunda 7 element template', () => {
    const valid = validate(template);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    assert.deepEqual(template.appliesTo, [ 'bpmn:ServiceTask' ]);
  });

  test(type + ' writes the applet contract: its delegate expression and its options as input parameters', () => {
    const hidden = template.properties.find(property => property.binding.name === 'camunda:delegateExpression');
    assert.equal(hidden.type, 'Hidden');
    assert.equal(hidden.value, '${' + type + '}');
    const parameters = template.properties.filter(property => property.binding.type === 'camunda:inputParameter');
    assert.deepEqual(parameters.map(property => property.binding.name), APPLETS[type].options.map(option => option.name));
    for (const option of APPLETS[type].options) {
      const property = parameters.find(found => found.binding.name === option.name);
      assert.equal(property.constraints?.notEmpty === true, option.required === true, option.name + ' notEmpty');
      if (option.choices) {
        assert.equal(property.type, 'Dropdown');
        assert.deepEqual(property.choices.map(choice => choice.value), option.choices);
      }
      if (option.check && !option.required) {
        assert.ok(new RegExp(property.constraints.pattern.value).test(APPLETS[type].defaults[option.name] ?? ''),
          option.name + ' default or empty passes the pattern');
      }
    }
  });
}
