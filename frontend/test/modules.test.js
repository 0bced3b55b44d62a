// The bpmn-js providers with stand-in services: what the palette and context pad offer, what the rules allow,
// how new branches are labelled and what survives replacing an applet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AppletContextPad from '../src/builder/applets/AppletContextPad.js';
import AppletFactory from '../src/builder/applets/AppletFactory.js';
import AppletOutcomes from '../src/builder/applets/AppletOutcomes.js';
import AppletPalette from '../src/builder/applets/AppletPalette.js';
import AppletReplace from '../src/builder/applets/AppletReplace.js';
import AppletRules from '../src/builder/applets/AppletRules.js';
import AppletOptions from '../src/builder/properties/AppletOptions.js';
import { readOptions } from '../src/builder/applets/model.js';
import { applet, bpmnFactory, connect, event, eventBus, modeling } from './stubs.js';

const elementFactory = { createShape: attrs => ({ type: attrs.type, businessObject: attrs.businessObject }) };
const factory = new AppletFactory(bpmnFactory, elementFactory);
const selection = { select(element) { this.selected = element; } };
const registry = { registerProvider(provider) { this.provider = provider; } };

test('the palette offers the applets of a call flow, with plain names, and End', () => {
  const palette = new AppletPalette(registry, { start() {} }, factory, { kind: 'CALL' });
  const entries = palette.getPaletteEntries();
  assert.deepEqual(Object.keys(entries), [ 'create.applet-greeting', 'create.applet-menu', 'create.applet-ringUser',
    'create.applet-ringGroup', 'create.applet-voicemail', 'create.applet-forward', 'create.applet-businessHours',
    'create.applet-hangup', 'create.end' ]);
  assert.match(entries['create.applet-ringGroup'].html, /Ring Group/);
});

test('the palette of an SMS flow offers Reply, To Inbox and Forward', () => {
  const entries = new AppletPalette(registry, { start() {} }, factory, { kind: 'SMS' }).getPaletteEntries();
  assert.deepEqual(Object.keys(entries), [ 'create.applet-smsReply', 'create.applet-smsInbox', 'create.applet-smsForward', 'create.end' ]);
});

test('dragging an applet from the palette creates a service task with its delegate expression and default options', () => {
  let created;
  const palette = new AppletPalette(registry, { start: (_, shape) => { created = shape; } }, factory, { kind: 'CALL' });
  palette.getPaletteEntries()['create.applet-ringGroup'].action.dragstart({});
  assert.equal(created.type, 'bpmn:ServiceTask');
  assert.equal(created.businessObject.delegateExpression, '${ringGroup}');
  assert.equal(created.businessObject.name, 'Ring Group');
  assert.deepEqual(readOptions(created.businessObject), { strategy: 'simultaneous', timeoutSeconds: '20' });
});

function contextPad(confirmAnswer = true) {
  const appended = [];
  const removed = [];
  const pad = new AppletContextPad(registry, { removeElements: elements => removed.push(...elements) }, factory,
    { append: (source, shape) => appended.push(shape) }, { start() {} }, { start() {} },
    { kind: 'CALL', confirm: () => confirmAnswer });
  return { pad, appended, removed };
}

test('the context pad appends applets after the start and after applets, but nothing after Hangup', () => {
  const { pad, appended } = contextPad();
  const start = event('bpmn:StartEvent', 'Start');
  const entries = pad.getContextPadEntries(start);
  assert.ok(entries['append.menu'] && entries['append.end'] && entries.connect);
  entries['append.voicemail'].action.click({}, start);
  assert.equal(appended[0].businessObject.delegateExpression, '${voicemail}');
  assert.deepEqual(Object.keys(pad.getContextPadEntries(applet('hangup'))), [ 'delete' ]);
});

test('deleting an applet from the context pad asks first', () => {
  const refused = contextPad(false);
  refused.pad.getContextPadEntries(applet('menu')).delete.action.click();
  assert.equal(refused.removed.length, 0);
  const agreed = contextPad(true);
  agreed.pad.getContextPadEntries(applet('menu')).delete.action.click();
  assert.equal(agreed.removed.length, 1);
});

test('rules: an applet dropped on an applet means replace; arrows only leave while outcomes are left', () => {
  const bus = eventBus();
  new AppletRules(bus);
  const allowed = (action, context) => bus.fire('commandStack.' + action + '.canExecute', { context });
  const greeting = applet('greeting');
  const hangup = applet('hangup');
  const group = applet('ringGroup');

  assert.equal(allowed('shape.create', { shape: applet('menu'), target: greeting }), true);
  assert.equal(allowed('shape.create', { shape: applet('menu'), target: { type: 'bpmn:Process' } }), undefined);
  assert.equal(allowed('connection.create', { source: hangup, target: greeting }), false);
  assert.equal(allowed('connection.create', { source: greeting, target: group }), undefined);
  connect(greeting, group);
  assert.equal(allowed('connection.create', { source: greeting, target: hangup }), false, 'one way out');
  connect(group, hangup, "${outcome == 'answered'}");
  connect(group, hangup, "${outcome == 'no-answer'}");
  assert.equal(allowed('connection.create', { source: group, target: hangup }), undefined);
  connect(group, hangup, "${outcome == 'unavailable'}");
  assert.equal(allowed('connection.create', { source: group, target: hangup }), false, 'all outcomes taken');
});

test('a new arrow out of a ring group stands for its next outcome, with condition and label', () => {
  const bus = eventBus();
  const model = modeling();
  new AppletOutcomes(bus, model, bpmnFactory, selection);
  const group = applet('ringGroup');
  connect(group, applet('hangup'), "${outcome == 'answered'}");
  const connection = connect(group, applet('voicemail'));
  bus.fire('commandStack.connection.create.postExecuted', { context: { connection, source: group } });
  assert.equal(connection.businessObject.conditionExpression.body, "${outcome == 'no-answer'}");
  assert.equal(connection.businessObject.name, 'No answer');
});

test('a branch drawn out of an applet with outcomes is selected, so its outcome can be picked', () => {
  const bus = eventBus();
  new AppletOutcomes(bus, modeling(), bpmnFactory, selection);
  const connection = connect(applet('menu'), applet('hangup'));
  bus.fire('connect.end', { context: { connection, source: connection.source } });
  assert.equal(selection.selected, connection);
});

test('arrows out of the start or a one-way applet get no condition', () => {
  const bus = eventBus();
  const model = modeling();
  new AppletOutcomes(bus, model, bpmnFactory, selection);
  const connection = connect(applet('greeting'), applet('menu'));
  bus.fire('commandStack.connection.create.postExecuted', { context: { connection, source: connection.source } });
  assert.equal(model.calls.length, 0);
});

test('choosing "otherwise" makes the arrow the default flow', () => {
  const model = modeling();
  const outcomes = new AppletOutcomes(eventBus(), model, bpmnFactory, selection);
  const connection = connect(applet('menu'), applet('hangup'), "${outcome == '1'}");
  outcomes.setOutcome(connection, null);
  assert.equal(connection.businessObject.conditionExpression, undefined);
  assert.equal(connection.source.businessObject.default, connection.businessObject);
});

test('replacing a ring group by a forward keeps the branches that still fit and the options of the same name', () => {
  const model = modeling();
  const stack = { registerHandler(name, Handler) { this.handler = new Handler(); },
    execute(name, context) { this.handler.preExecute(context); } };
  const replace = new AppletReplace(eventBus(), stack, model, factory, { confirm: () => true });
  const group = applet('ringGroup');
  group.businessObject.extensionElements = factory.createBusinessObject('ringGroup', { timeoutSeconds: '30', groupId: '4' }).extensionElements;
  connect(group, applet('hangup'), "${outcome == 'answered'}");
  const unavailable = connect(group, applet('voicemail'), "${outcome == 'unavailable'}");

  replace.replace(group, 'forward');

  assert.equal(group.businessObject.delegateExpression, '${forward}');
  assert.deepEqual(readOptions(group.businessObject), { timeoutSeconds: '30', callerId: 'caller' });
  assert.deepEqual(model.calls.at(-1), [ 'removeElements', [ unavailable.id ] ]);
});

test('replacing a menu by a greeting keeps one way out, without a condition', () => {
  const model = modeling();
  const stack = { registerHandler(name, Handler) { this.handler = new Handler(); },
    execute(name, context) { this.handler.preExecute(context); } };
  const replace = new AppletReplace(eventBus(), stack, model, factory, { confirm: () => true });
  const menu = applet('menu');
  const first = connect(menu, applet('ringGroup'), "${outcome == '1'}");
  const second = connect(menu, applet('voicemail'), "${outcome == '2'}");
  replace.replace(menu, 'greeting');
  assert.equal(first.businessObject.conditionExpression, undefined);
  assert.deepEqual(model.calls.at(-1), [ 'removeElements', [ second.id ] ]);
});

test('an option is written as an input parameter, and clearing it removes the parameter', () => {
  const model = modeling();
  const options = new AppletOptions(model, bpmnFactory);
  const group = applet('ringGroup');
  options.set(group, 'groupId', '7');
  assert.deepEqual(readOptions(group.businessObject), { groupId: '7' });
  options.set(group, 'strategy', 'sequential');
  options.set(group, 'groupId', '8');
  assert.deepEqual(readOptions(group.businessObject), { groupId: '8', strategy: 'sequential' });
  options.set(group, 'groupId', '');
  assert.deepEqual(readOptions(group.businessObject), { strategy: 'sequential' });
});
