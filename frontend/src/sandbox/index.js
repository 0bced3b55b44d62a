// "Test call" and "Test text": place a sandbox call to one of Ringflow's numbers and follow it live.
// mountTestCall(element, { numbers, highlight }) renders into element and returns { unmount }.
//   numbers: [{ number, name? }] or ['+1555...'], the Ringflow numbers to call or text
//   highlight(activityId | null): called when the flow waits at another applet (e.g. to mark it in the builder)
import { sandboxApi } from './api.js';
import { renderEntry } from './transcript.js';

const POLL_MS = 500;
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'onclick' || name === 'onsubmit') {
      node.addEventListener(name.substring(2), value);
    } else if (value !== undefined && value !== null) {
      node.setAttribute(name, value);
    }
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function normalizeNumbers(numbers) {
  return (numbers || []).map((n) => (typeof n === 'string' ? { number: n, name: n } : { number: n.number, name: n.name || n.number }));
}

export function mountTestCall(element, { numbers = [], highlight = () => {} } = {}) {
  const lines = normalizeNumbers(numbers);
  let call = null;
  let timer = null;
  let shown = 0;
  let activity = null;

  const to = el('select', { name: 'to', 'aria-label': 'Ringflow number' },
    ...lines.map((n) => el('option', { value: n.number }, n.name === n.number ? n.number : `${n.name} (${n.number})`)));
  const from = el('input', { name: 'from', value: '+15551230000', 'aria-label': 'Caller ID', size: 16 });
  const place = el('button', { type: 'submit', class: 'sandbox-place' }, 'Place test call');
  const status = el('p', { class: 'sandbox-status', role: 'status' }, 'No call yet.');
  const transcript = el('ol', { class: 'sandbox-transcript', 'aria-live': 'polite' });
  const keypad = el('div', { class: 'sandbox-keypad', role: 'group', 'aria-label': 'Keypad' },
    ...KEYS.map((key) => el('button', { type: 'button', 'data-key': key, onclick: () => act((id) => sandboxApi.press(id, key)) }, key)));
  const ringing = el('div', { class: 'sandbox-ringing' });
  const hangup = el('button', { type: 'button', class: 'sandbox-hangup', onclick: () => act((id) => sandboxApi.hangup(id)) }, 'Hang up');
  const calleeHangup = el('button', { type: 'button', class: 'sandbox-callee-hangup', onclick: () => act((id) => sandboxApi.hangup(id, 'callee')) }, 'Callee hangs up');
  const error = el('p', { class: 'sandbox-error', role: 'alert' });

  const textBody = el('input', { name: 'body', placeholder: 'Type a text…', 'aria-label': 'Text message', size: 30 });
  const textReplies = el('ol', { class: 'sandbox-text-replies' });
  const textForm = el('form', { class: 'sandbox-text', onsubmit: sendText },
    textBody, el('button', { type: 'submit' }, 'Send text'), textReplies);

  const callForm = el('form', { class: 'sandbox-call', onsubmit: placeCall },
    el('label', {}, 'Call ', to), el('label', {}, ' from ', from), ' ', place);

  const root = el('section', { class: 'sandbox-test-call' },
    el('h2', {}, 'Test call'), callForm, status, error,
    el('div', { class: 'sandbox-controls' }, keypad, ringing, hangup, calleeHangup),
    transcript,
    el('h2', {}, 'Test text'), textForm);
  element.append(root);
  render();

  async function placeCall(event) {
    event.preventDefault();
    stopPolling();
    transcript.replaceChildren();
    shown = 0;
    await guard(async () => {
      update(await sandboxApi.placeCall(from.value.trim(), to.value));
      if (call.state !== 'ended') {
        timer = setInterval(poll, POLL_MS);
      }
    });
  }

  async function poll() {
    if (!call) {
      return;
    }
    try {
      update(await sandboxApi.getCall(call.id));
    } catch (e) {
      showError(e);
      stopPolling();
    }
  }

  async function act(action) {
    if (!call) {
      return;
    }
    await guard(async () => update(await action(call.id)));
  }

  async function sendText(event) {
    event.preventDefault();
    await guard(async () => {
      const result = await sandboxApi.sendText(from.value.trim(), to.value, textBody.value);
      textReplies.replaceChildren(...result.transcript.filter((e) => e.kind !== 'twiml').map(renderEntry));
      textBody.value = '';
    });
  }

  function update(next) {
    if (call && next.id === call.id && next.transcript.length < shown) {
      return; // a poll answered after a newer response: nothing new in it
    }
    call = next;
    for (const entry of call.transcript.slice(shown)) {
      transcript.append(renderEntry(entry));
    }
    shown = call.transcript.length;
    if (call.activityId !== activity) {
      activity = call.activityId || null;
      highlight(activity);
    }
    if (call.state === 'ended') {
      stopPolling();
      highlight(null);
      activity = null;
    }
    render();
  }

  function render() {
    const live = call && call.state !== 'ended';
    status.textContent = call
      ? `${call.from} → ${call.to}: ${call.state}${call.status ? ` (${call.status})` : ''}`
      : 'No call yet.';
    for (const key of keypad.querySelectorAll('button')) {
      key.disabled = !live;
    }
    hangup.disabled = !live;
    calleeHangup.disabled = !(live && call.state === 'connected');
    place.disabled = Boolean(live);
    ringing.replaceChildren(...(live ? call.ringing || [] : []).map((client) => el('span', { class: 'sandbox-rung', 'data-client': client },
      `${client} is ringing `,
      el('button', { type: 'button', class: 'sandbox-answer', onclick: () => act((id) => sandboxApi.answer(id, client)) }, `Answer as ${client}`),
      el('button', { type: 'button', class: 'sandbox-decline', onclick: () => act((id) => sandboxApi.decline(id, client)) }, 'Decline'))));
  }

  async function guard(work) {
    error.textContent = '';
    try {
      await work();
    } catch (e) {
      showError(e);
    }
  }

  function showError(e) {
    error.textContent = e.message || String(e);
  }

  function stopPolling() {
    if (timer) {
      clearInterval(timer);
      timer = null;
    }
  }

  return {
    unmount() {
      stopPolling();
      highlight(null);
      root.remove();
    }
  };
}
