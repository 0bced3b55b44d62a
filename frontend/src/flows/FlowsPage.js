import { api, optional } from '../api.js';
import { el } from '../builder/properties/fields.js';

// Flows (call and SMS apart, with the numbers using each) and the numbers with the flows they run.

export async function showFlows(main, { focus, message }) {
  main.replaceChildren(el('p', { class: 'rf-hint' }, 'Loading\u2026'));
  const [ flows, numbers ] = await Promise.all([ api('GET', '/api/flows'), optional('/api/numbers', null) ]);
  const notice = el('div', { id: 'rf-flows-notice', class: 'rf-notice', hidden: true });
  const say = (text, error) => {
    notice.hidden = false;
    notice.className = error ? 'rf-error' : 'rf-notice';
    notice.textContent = text;
  };
  const reload = text => showFlows(main, { focus, message: text });

  main.replaceChildren(
    el('header', { class: 'rf-page-header' }, el('h1', {}, 'Flows'), createForm(say)),
    notice,
    flowTable('Call flows', 'CALL', flows, say, reload),
    flowTable('SMS flows', 'SMS', flows, say, reload),
    numbersSection(numbers, flows, say, reload));
  if (message) {
    say(message, false);
  }
  if (focus === 'numbers') {
    document.getElementById('rf-numbers').scrollIntoView();
  }
}

function createForm(say) {
  const name = el('input', { id: 'rf-new-name', placeholder: 'Name of the flow', required: true });
  const kind = el('select', { id: 'rf-new-kind' }, el('option', { value: 'CALL' }, 'Call flow'), el('option', { value: 'SMS' }, 'SMS flow'));
  return el('form', { class: 'rf-create', onsubmit: async event => {
    event.preventDefault();
    try {
      const flow = await api('POST', '/api/flows', { name: name.value.trim(), kind: kind.value });
      location.hash = '#/flows/' + flow.id;
    } catch (failure) {
      say(failure.message, true);
    }
  } }, name, kind, el('button', { type: 'submit', id: 'rf-create-flow', class: 'rf-primary' }, '\u2714 Create a New Flow'));
}

function flowTable(title, kind, flows, say, reload) {
  // latest change first: the flow just worked on is on top
  const mine = flows.filter(flow => flow.kind === kind)
    .sort((a, b) => (Date.parse(b.updatedAt) || 0) - (Date.parse(a.updatedAt) || 0));
  return el('section', { class: 'rf-card', id: 'rf-flows-' + kind.toLowerCase() },
    el('h2', {}, title),
    mine.length === 0 ? el('p', { class: 'rf-hint' }, 'No ' + title.toLowerCase() + ' yet.') :
      el('table', { class: 'rf-table' },
        el('thead', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'Numbers'), el('th', {}, 'Version'),
          el('th', {}, 'Last change'), el('th', {}, ''))),
        el('tbody', {}, mine.map(flow => el('tr', { 'data-flow-id': flow.id },
          el('td', {}, el('a', { href: '#/flows/' + flow.id, class: 'rf-flow-name' }, flow.name)),
          el('td', {}, (flow.numbers || []).length ? flow.numbers.map(number => number.number).join(', ')
            : el('span', { class: 'rf-muted' }, 'no number')),
          el('td', {}, 'v' + flow.version),
          el('td', {}, when(flow.updatedAt)),
          el('td', { class: 'rf-actions' },
            el('a', { href: '#/flows/' + flow.id }, 'Open'),
            el('button', { type: 'button', class: 'rf-link', 'data-action': 'rename', onclick: () => rename(flow, say, reload) }, 'Rename'),
            el('button', { type: 'button', class: 'rf-link rf-danger', 'data-action': 'delete', onclick: () => remove(flow, say, reload) }, 'Delete')))))));
}

async function rename(flow, say, reload) {
  const name = prompt('New name for "' + flow.name + '"', flow.name);
  if (!name || name.trim() === flow.name) {
    return;
  }
  try {
    await api('PUT', '/api/flows/' + flow.id, { name: name.trim() });
    await reload();
  } catch (failure) {
    say(failure.message, true);
  }
}

async function remove(flow, say, reload) {
  if (!confirm('Delete the flow "' + flow.name + '"?')) {
    return;
  }
  try {
    await api('DELETE', '/api/flows/' + flow.id);
    await reload('Deleted "' + flow.name + '".');
  } catch (failure) {
    say(failure.message, true); // 409 names the numbers still using it
  }
}

function numbersSection(numbers, flows, say, reload) {
  const section = el('section', { class: 'rf-card', id: 'rf-numbers' }, el('h2', {}, 'Numbers'));
  if (numbers === null) {
    section.append(el('p', { class: 'rf-hint' }, 'Numbers are not available yet.'));
    return section;
  }
  const choices = (kind, selected) => [ el('option', { value: '' }, '\u2014 none \u2014'),
    ...flows.filter(flow => flow.kind === kind).map(flow =>
      el('option', { value: flow.id, selected: flow.id === selected }, flow.name)) ];
  const nobody = numbers.filter(number => !number.callFlowId && !number.smsFlowId);
  section.append(...[
    nobody.length ? el('p', { class: 'rf-warning', id: 'rf-reach-nobody' },
      '\u26A0 Without a flow, no call or text reaches you on: ' + nobody.map(number => number.number).join(', ')) : null,
    el('table', { class: 'rf-table' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Number'), el('th', {}, 'Name'), el('th', {}, 'Call flow'), el('th', {}, 'SMS flow'))),
      el('tbody', {}, numbers.map(number => {
        const assign = async (field, value) => {
          try {
            await api('PUT', '/api/numbers/' + number.id, { number: number.number, name: number.name,
              callFlowId: number.callFlowId ?? null, smsFlowId: number.smsFlowId ?? null, [field]: value ? Number(value) : null });
            await reload('Saved ' + number.number + '.');
          } catch (failure) {
            say(failure.message, true);
          }
        };
        return el('tr', { 'data-number-id': number.id, class: !number.callFlowId && !number.smsFlowId ? 'rf-nobody' : '' },
          el('td', {}, number.number), el('td', {}, number.name || ''),
          el('td', {}, el('select', { class: 'rf-call-flow', onchange: event => assign('callFlowId', event.target.value) },
            choices('CALL', number.callFlowId))),
          el('td', {}, el('select', { class: 'rf-sms-flow', onchange: event => assign('smsFlowId', event.target.value) },
            choices('SMS', number.smsFlowId))));
      })))].filter(Boolean));
  return section;
}

function when(timestamp) {
  return timestamp ? new Date(timestamp).toLocaleString() : '';
}
