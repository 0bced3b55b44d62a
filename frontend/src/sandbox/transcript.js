// One transcript line: what the caller hears, each request and callback, each error.
const LABELS = {
  say: 'hears', play: 'hears', gather: 'keys', dial: 'dial', ringing: 'ringing', record: 'record',
  redirect: 'redirect', callback: 'callback', twiml: 'TwiML', hangup: 'hang-up', error: 'error', step: 'step'
};

export function renderEntry(entry) {
  const item = document.createElement('li');
  item.className = `sandbox-entry sandbox-${entry.kind}`;
  item.dataset.kind = entry.kind;
  if (entry.activityId) {
    item.dataset.activityId = entry.activityId;
  }
  const label = document.createElement('span');
  label.className = 'sandbox-kind';
  label.textContent = LABELS[entry.kind] || entry.kind;
  item.append(label, ' ');
  if (entry.kind === 'twiml') {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = 'TwiML';
    const code = document.createElement('pre');
    code.textContent = entry.text;
    details.append(summary, code);
    item.append(details);
  } else {
    const text = document.createElement('span');
    text.className = 'sandbox-text';
    text.textContent = entry.text;
    item.append(text);
  }
  if (entry.activityId) {
    const activity = document.createElement('span');
    activity.className = 'sandbox-activity';
    activity.textContent = ` [${entry.activityId}]`;
    item.append(activity);
  }
  return item;
}
