// The applets a flow can use: what they are called, which options they take and which outcomes they produce.
// This mirrors the applet contract in COMMON.md and bpmn/element-templates/; keep the three in step.

const KEYS = [ '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#' ];

const E164 = { pattern: '^\\+[1-9]\\d{6,14}$', message: 'Use the international format, e.g. +15551234567' };
const SECONDS = { pattern: '^\\d{1,3}$', message: 'Whole seconds, e.g. 20' };
const URL = { pattern: '^https?://\\S+$', message: 'Must start with http:// or https://' };

const VOICE = { name: 'voice', label: 'Voice', type: 'select', choices: [ 'alice', 'man', 'woman', 'Polly.Joanna', 'Polly.Matthew' ] };
const LANGUAGE = { name: 'language', label: 'Language', type: 'text',
  check: { pattern: '^[a-z]{2}(-[A-Z]{2})?$', message: 'A language tag, e.g. en-US' } };

export const APPLETS = {
  greeting: {
    kind: 'CALL', label: 'Greeting', glyph: '\u266A',
    options: [
      { name: 'say', label: 'Say this', type: 'textarea', oneOf: 'message' },
      { name: 'play', label: 'Or play a recording (URL)', type: 'text', oneOf: 'message', check: URL },
      VOICE, LANGUAGE
    ],
    defaults: { say: 'Thanks for calling.', voice: 'alice', language: 'en-US' },
    outcomes: []
  },
  menu: {
    kind: 'CALL', label: 'Menu', glyph: '\u2630',
    options: [
      { name: 'prompt', label: 'Prompt', type: 'textarea', oneOf: 'prompt' },
      { name: 'promptUrl', label: 'Or play a recording (URL)', type: 'text', oneOf: 'prompt', check: URL },
      { name: 'timeoutSeconds', label: 'Wait for a key (seconds)', type: 'number', check: SECONDS },
      { name: 'maxRetries', label: 'Retries', type: 'number', check: { pattern: '^\\d$', message: 'A number from 0 to 9' } },
      { name: 'invalidMessage', label: 'Said after a wrong key', type: 'text' },
      VOICE, LANGUAGE
    ],
    defaults: { prompt: 'Press 1 for sales, 2 for support.', timeoutSeconds: '5', maxRetries: '2' },
    // keys only matter once connected; timeout and invalid always happen sooner or later
    outcomes: [ ...KEYS.map(key => ({ value: key, label: 'Key ' + key, optional: true })),
      { value: 'timeout', label: 'No key' }, { value: 'invalid', label: 'Wrong key' } ]
  },
  ringUser: {
    kind: 'CALL', label: 'Ring User', glyph: '\u260E',
    options: [
      { name: 'userId', label: 'User', type: 'user', required: true },
      { name: 'timeoutSeconds', label: 'Ring for (seconds)', type: 'number', check: SECONDS }
    ],
    defaults: { timeoutSeconds: '20' },
    outcomes: outcomes('answered', 'no-answer', 'busy', 'failed', 'unavailable')
  },
  ringGroup: {
    kind: 'CALL', label: 'Ring Group', glyph: '\u260F',
    options: [
      { name: 'groupId', label: 'Group', type: 'group', required: true },
      { name: 'strategy', label: 'Ring', type: 'select', choices: [ 'simultaneous', 'sequential', 'round-robin' ] },
      { name: 'timeoutSeconds', label: 'Ring for (seconds)', type: 'number', check: SECONDS }
    ],
    defaults: { strategy: 'simultaneous', timeoutSeconds: '20' },
    outcomes: outcomes('answered', 'no-answer', 'unavailable')
  },
  voicemail: {
    kind: 'CALL', label: 'Voicemail', glyph: '\u2709',
    options: [
      { name: 'greeting', label: 'Greeting', type: 'textarea', oneOf: 'greeting' },
      { name: 'greetingUrl', label: 'Or play a recording (URL)', type: 'text', oneOf: 'greeting', check: URL },
      { name: 'userId', label: 'For user', type: 'user', oneOf: 'owner' },
      { name: 'groupId', label: 'Or for group', type: 'group', oneOf: 'owner' },
      { name: 'maxLengthSeconds', label: 'Longest message (seconds)', type: 'number', check: SECONDS },
      { name: 'transcribe', label: 'Transcribe', type: 'select', choices: [ 'false', 'true' ] }
    ],
    defaults: { greeting: 'Please leave a message after the tone.', maxLengthSeconds: '120', transcribe: 'false' },
    outcomes: outcomes('recorded', 'empty')
  },
  forward: {
    kind: 'CALL', label: 'Forward', glyph: '\u21AA',
    options: [
      { name: 'number', label: 'Number', type: 'phone', required: true, check: E164 },
      { name: 'timeoutSeconds', label: 'Ring for (seconds)', type: 'number', check: SECONDS },
      { name: 'callerId', label: 'Show caller ID of', type: 'select', choices: [ 'caller', 'number' ] }
    ],
    defaults: { timeoutSeconds: '20', callerId: 'caller' },
    outcomes: outcomes('answered', 'no-answer', 'busy', 'failed')
  },
  businessHours: {
    kind: 'CALL', label: 'Business Hours', glyph: '\u25F7',
    options: [
      { name: 'timezone', label: 'Time zone', type: 'timezone', required: true },
      { name: 'schedule', label: 'Open', type: 'schedule', required: true,
        check: { pattern: '^\\s*[a-z]{3}(-[a-z]{3})? \\d{2}:\\d{2}-\\d{2}:\\d{2}(\\s*;\\s*[a-z]{3}(-[a-z]{3})? \\d{2}:\\d{2}-\\d{2}:\\d{2})*\\s*$',
          message: 'Like "mon-fri 09:00-17:00; sat 10:00-14:00"' } },
      { name: 'holidays', label: 'Closed on (dates)', type: 'text',
        check: { pattern: '^\\s*\\d{4}-\\d{2}-\\d{2}(\\s*,\\s*\\d{4}-\\d{2}-\\d{2})*\\s*$', message: 'Dates like 2026-12-25, 2027-01-01' } }
    ],
    defaults: { timezone: 'America/New_York', schedule: 'mon-fri 09:00-17:00' },
    outcomes: outcomes('open', 'closed')
  },
  hangup: {
    kind: 'CALL', label: 'Hangup', glyph: '\u2716', options: [], defaults: {}, outcomes: [], final: true
  },
  smsReply: {
    kind: 'SMS', label: 'Reply', glyph: '\u21A9',
    options: [ { name: 'message', label: 'Reply with', type: 'textarea', required: true, hint: 'May use {{from}} {{to}} {{body}}' } ],
    defaults: { message: 'Thanks, we got your message.' },
    outcomes: []
  },
  smsInbox: {
    kind: 'SMS', label: 'To Inbox', glyph: '\u2709',
    options: [
      { name: 'userId', label: 'User', type: 'user', oneOf: 'owner' },
      { name: 'groupId', label: 'Or group', type: 'group', oneOf: 'owner' }
    ],
    defaults: {},
    outcomes: []
  },
  smsForward: {
    kind: 'SMS', label: 'Forward', glyph: '\u21AA',
    options: [ { name: 'number', label: 'Number', type: 'phone', required: true, check: E164 } ],
    defaults: {},
    outcomes: []
  }
};

function outcomes(...values) {
  return values.map(value => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1).replace('-', ' ') }));
}

export function appletsOfKind(kind) {
  return Object.keys(APPLETS).filter(type => APPLETS[type].kind === kind);
}

export function delegateExpression(type) {
  return '${' + type + '}';
}

/** The applet type of a BPMN element (or business object), or null when it is no applet. */
export function appletType(element) {
  const bo = element && (element.businessObject || element);
  if (!bo || bo.$type !== 'bpmn:ServiceTask') {
    return null;
  }
  const expression = bo.get ? bo.get('camunda:delegateExpression') : bo.delegateExpression;
  const match = /^\$\{(\w+)\}$/.exec(expression || '');
  return match && APPLETS[match[1]] ? match[1] : null;
}

export function outcomeLabel(type, value) {
  const found = (APPLETS[type]?.outcomes || []).find(outcome => outcome.value === value);
  return found ? found.label : value;
}
