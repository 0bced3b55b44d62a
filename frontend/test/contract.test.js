// What the builder writes is exactly the applet contract, and diagrams made elsewhere (the shipped flows,
// Camunda Desktop Modeler with the element templates) read back as applets, options and outcomes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { BpmnModdle } from 'bpmn-moddle';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };
import AppletFactory from '../src/builder/applets/AppletFactory.js';
import { APPLETS, appletType } from '../src/builder/applets/catalog.js';
import { conditionFor, outcomeOf, readOptions, validateOptions } from '../src/builder/applets/model.js';

const moddle = new BpmnModdle({ camunda });
const bpmnFactory = { create: (type, attrs) => moddle.create(type, attrs) };
const factory = new AppletFactory(bpmnFactory, { createShape: attrs => attrs });

async function toXml(...flowElements) {
  const process = moddle.create('bpmn:Process', { id: 'Flow_Test', isExecutable: true, flowElements });
  const definitions = moddle.create('bpmn:Definitions', { id: 'Defs', targetNamespace: 'http://ringflow.org', rootElements: [ process ] });
  return (await moddle.toXML(definitions, { format: true })).xml;
}

test('a new applet is a service task with its delegate expression and string input parameters', async () => {
  const task = factory.createBusinessObject('ringGroup', { groupId: '7' });
  task.id = 'Task_Sales';
  const xml = await toXml(task);
  assert.match(xml, /<bpmn:serviceTask id="Task_Sales" name="Ring Group" camunda:delegateExpression="\$\{ringGroup\}">/);
  assert.match(xml, /<camunda:inputOutput>\s*<camunda:inputParameter name="strategy">simultaneous<\/camunda:inputParameter>\s*<camunda:inputParameter name="timeoutSeconds">20<\/camunda:inputParameter>\s*<camunda:inputParameter name="groupId">7<\/camunda:inputParameter>\s*<\/camunda:inputOutput>/);
});

test('new applets get readable ids that stay unique', () => {
  const taken = new Set([ 'Task_RingGroup', 'Task_RingGroup_2' ]);
  const named = new AppletFactory(bpmnFactory, { createShape: attrs => attrs }, { get: id => taken.has(id) });
  assert.equal(named.createBusinessObject('ringGroup').id, 'Task_RingGroup_3');
  assert.equal(named.createBusinessObject('businessHours').id, 'Task_BusinessHours');
});

test('a branch is written as a formal expression on the outcome', async () => {
  const flow = moddle.create('bpmn:SequenceFlow', { id: 'Flow_NoAnswer', name: 'No answer',
    conditionExpression: moddle.create('bpmn:FormalExpression', { body: conditionFor('no-answer') }) });
  const xml = await toXml(flow);
  assert.match(xml, /<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\$\{outcome == 'no-answer'\}<\/bpmn:conditionExpression>/);
});

const shipped = new URL('../../bpmn/', import.meta.url);
for (const file of readdirSync(shipped).filter(name => name.endsWith('.bpmn'))) {
  test('the shipped ' + file + ' reads back as applets with sound options and known outcomes', async () => {
    const { rootElement } = await moddle.fromXML(readFileSync(new URL(file, shipped), 'utf8'));
    const process = rootElement.rootElements.find(element => element.$type === 'bpmn:Process');
    const tasks = process.flowElements.filter(element => element.$type === 'bpmn:ServiceTask');
    assert.ok(tasks.length > 0);
    for (const task of tasks) {
      const type = appletType(task);
      assert.ok(type, task.id + ' is an applet');
      assert.deepEqual(validateOptions(type, readOptions(task)), [], task.id + ' options');
      const known = APPLETS[type].outcomes.map(outcome => outcome.value);
      const outgoing = process.flowElements.filter(element => element.sourceRef === task);
      for (const flow of outgoing) {
        const outcome = outcomeOf(flow);
        const anyOutcome = outcome === null && outgoing.length === 1;
        assert.ok(flow === task.default || known.includes(outcome) || anyOutcome,
          flow.id + ' leaves ' + task.id + ' for a known outcome');
      }
    }
  });
}
