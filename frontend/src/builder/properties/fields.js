// Form controls for applet options, plain DOM. Each calls onChange(value) once the user is done with it.
import { DAYS, checkRow, formatSchedule, parseSchedule } from '../applets/schedule.js';

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [ key, value ] of Object.entries(attrs)) {
    if (key === 'class') {
      node.className = value;
    } else if (key.startsWith('on')) {
      node.addEventListener(key.slice(2), value);
    } else if (value !== undefined && value !== null && value !== false) {
      node.setAttribute(key, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

function select(id, value, choices, onChange) {
  const node = el('select', { id, onchange: () => onChange(node.value) },
    el('option', { value: '' }, '\u2014 choose \u2014'),
    choices.map(choice => el('option', { value: choice.value, selected: choice.value === value }, choice.label)));
  if (value && !choices.some(choice => choice.value === value)) {
    node.append(el('option', { value, selected: true }, value + ' (unknown)'));
  }
  return node;
}

/** The control for one option; directory = {users, groups, numbers} from the API. */
export function optionControl(option, value, directory, onChange) {
  const id = 'rf-opt-' + option.name;
  switch (option.type) {
  case 'textarea':
    return el('textarea', { id, rows: 3, onchange: event => onChange(event.target.value) }, value || '');
  case 'select':
    return select(id, value, option.choices.map(choice => ({ value: choice, label: choice })), onChange);
  case 'user':
    return select(id, value, directory.users.map(user => ({ value: String(user.id), label: user.name + ' (' + user.username + ')' })), onChange);
  case 'group':
    return select(id, value, directory.groups.map(group => ({ value: String(group.id), label: group.name })), onChange);
  case 'timezone':
    return select(id, value, timeZones().map(zone => ({ value: zone, label: zone })), onChange);
  case 'schedule':
    return scheduleEditor(id, value, onChange);
  case 'phone': {
    const listId = id + '-numbers';
    return el('span', {},
      el('input', { id, type: 'text', value: value || '', list: listId, placeholder: '+15551234567',
        onchange: event => onChange(event.target.value.trim()) }),
      el('datalist', { id: listId }, directory.numbers.map(number => el('option', { value: number.number }, number.name || ''))));
  }
  default:
    return el('input', { id, type: 'text', value: value || '', inputmode: option.type === 'number' ? 'numeric' : undefined,
      onchange: event => onChange(event.target.value.trim()) });
  }
}

function timeZones() {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [ 'UTC', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'Europe/London' ];
  }
}

/** Rows of "days + opening time + closing time"; writes the schedule text when every row is sound. */
function scheduleEditor(id, value, onChange) {
  const rows = parseSchedule(value);
  const box = el('div', { id, class: 'rf-schedule' });
  const problem = el('div', { class: 'rf-field-error' });
  const commit = () => {
    const bad = rows.map(checkRow).find(Boolean);
    problem.textContent = bad || '';
    if (!bad) {
      onChange(formatSchedule(rows));
    }
  };
  const dayPicker = (row, key) => {
    const node = el('select', { onchange: () => { row[key] = node.value; commit(); } },
      DAYS.map(day => el('option', { value: day, selected: row[key] === day }, day)));
    return node;
  };
  const timePicker = (row, key) => el('input', { type: 'time', value: row[key],
    onchange: event => { row[key] = event.target.value; commit(); } });
  const render = () => {
    box.replaceChildren(
      ...rows.map((row, index) => el('div', { class: 'rf-schedule-row' },
        dayPicker(row, 'from'), '\u2013', dayPicker(row, 'to'), timePicker(row, 'open'), '\u2013', timePicker(row, 'close'),
        el('button', { type: 'button', title: 'Remove', class: 'rf-link',
          onclick: () => { rows.splice(index, 1); render(); commit(); } }, '\u2715'))),
      el('button', { type: 'button', class: 'rf-link',
        onclick: () => { rows.push({ from: 'mon', to: 'fri', open: '09:00', close: '17:00' }); render(); commit(); } }, '+ Add hours'),
      problem);
  };
  render();
  return box;
}
