import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appletType, appletsOfKind, outcomeLabel } from '../src/builder/applets/catalog.js';
import { conditionFor, nextOutcome, outcomeOf, unconnectedOutcomes, validateOptions } from '../src/builder/applets/model.js';
import { checkRow, formatSchedule, parseSchedule } from '../src/builder/applets/schedule.js';
import { applet, businessObject, connect, event } from './stubs.js';

test('the palette kinds split call and SMS applets', () => {
  assert.deepEqual(appletsOfKind('CALL'),
    [ 'greeting', 'menu', 'ringUser', 'ringGroup', 'voicemail', 'forward', 'businessHours', 'hangup' ]);
  assert.deepEqual(appletsOfKind('SMS'), [ 'smsReply', 'smsInbox', 'smsForward' ]);
});

test('an applet is recognised by its delegate expression only', () => {
  assert.equal(appletType(applet('ringGroup')), 'ringGroup');
  assert.equal(appletType(businessObject('bpmn:ServiceTask', { delegateExpression: '${unknownThing}' })), null);
  assert.equal(appletType(event('bpmn:StartEvent', 'Start')), null);
});

test('conditions are written and read as ${outcome == \'x\'}', () => {
  assert.equal(conditionFor('no-answer'), "${outcome == 'no-answer'}");
  assert.equal(outcomeOf({ conditionExpression: { body: "${outcome == '1'}" } }), '1');
  assert.equal(outcomeOf({ conditionExpression: { body: "${ outcome=='#' }" } }), '#');
  assert.equal(outcomeOf({ conditionExpression: { body: '${x > 1}' } }), null);
  assert.equal(outcomeOf({}), null);
});

test('outcomes are labelled in plain words', () => {
  assert.equal(outcomeLabel('ringGroup', 'no-answer'), 'No answer');
  assert.equal(outcomeLabel('menu', '1'), 'Key 1');
  assert.equal(outcomeLabel('menu', 'timeout'), 'No key');
});

test('a new branch takes the next free outcome: a menu starts with key 1', () => {
  const menu = applet('menu');
  assert.equal(nextOutcome('menu', menu.businessObject), '1');
  connect(menu, applet('ringGroup'), "${outcome == '1'}");
  assert.equal(nextOutcome('menu', menu.businessObject), '2');
  assert.equal(nextOutcome('greeting', applet('greeting').businessObject), null);
});

test('unconnected outcomes leave out optional menu keys and vanish with a default branch', () => {
  const group = applet('ringGroup');
  connect(group, applet('voicemail'), "${outcome == 'no-answer'}");
  assert.deepEqual(unconnectedOutcomes('ringGroup', group.businessObject).map(outcome => outcome.value), [ 'answered', 'unavailable' ]);
  assert.deepEqual(unconnectedOutcomes('menu', applet('menu').businessObject).map(outcome => outcome.value), [ 'timeout', 'invalid' ]);
  group.businessObject.default = group.businessObject.outgoing[0];
  assert.deepEqual(unconnectedOutcomes('ringGroup', group.businessObject), []);
  const voicemail = applet('voicemail');
  connect(voicemail, event('bpmn:EndEvent', 'End'));
  assert.deepEqual(unconnectedOutcomes('voicemail', voicemail.businessObject), [], 'one arrow without condition takes all');
});

test('validation flags required options, bad values and missing either-or choices', () => {
  assert.deepEqual(validateOptions('ringGroup', { strategy: 'simultaneous', timeoutSeconds: '20' }),
    [ { option: 'groupId', message: 'Group is required' } ]);
  assert.deepEqual(validateOptions('ringGroup', { groupId: '3', timeoutSeconds: 'soon' }),
    [ { option: 'timeoutSeconds', message: 'Whole seconds, e.g. 20' } ]);
  assert.equal(validateOptions('forward', { number: '555-1234' })[0].option, 'number');
  assert.deepEqual(validateOptions('forward', { number: '+15551234567' }), []);
  assert.deepEqual(validateOptions('voicemail', { greeting: 'Hi' }).map(problem => problem.option), [ 'userId' ]);
  assert.deepEqual(validateOptions('voicemail', { greeting: 'Hi', groupId: '2' }), []);
  assert.deepEqual(validateOptions('hangup', {}), []);
});

test('the schedule editor round-trips business hours text', () => {
  const text = 'mon-fri 09:00-17:00; sat 10:00-14:00';
  const rows = parseSchedule(text);
  assert.deepEqual(rows[1], { from: 'sat', to: 'sat', open: '10:00', close: '14:00' });
  assert.equal(formatSchedule(rows), text);
  assert.equal(checkRow(rows[0]), null);
  assert.equal(checkRow({ from: 'fri', to: 'mon', open: '09:00', close: '17:00' }), 'The first day must come before the last day');
  assert.equal(checkRow({ from: 'mon', to: 'mon', open: '18:00', close: '09:00' }), 'Closing must come after opening');
});
