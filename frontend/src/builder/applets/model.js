// Reading and checking applets as they sit in the BPMN: options are camunda:inputParameter values,
// the way out of an applet is a sequence flow whose condition is ${outcome == 'x'}.
import { APPLETS } from './catalog.js';

export function inputOutput(bo) {
  const values = bo.extensionElements?.values || [];
  return values.find(value => value.$type === 'camunda:InputOutput') || null;
}

export function inputParameter(bo, name) {
  return (inputOutput(bo)?.inputParameters || []).find(parameter => parameter.name === name) || null;
}

/** The applet's options as a plain object of strings. */
export function readOptions(bo) {
  const options = {};
  for (const parameter of inputOutput(bo)?.inputParameters || []) {
    options[parameter.name] = parameter.value ?? '';
  }
  return options;
}

export function conditionFor(outcome) {
  return "${outcome == '" + outcome + "'}";
}

/** The outcome a sequence flow stands for, or null for an unconditional (or foreign) flow. */
export function outcomeOf(flowBo) {
  const body = flowBo?.conditionExpression?.body;
  const match = /^\$\{\s*outcome\s*==\s*'([^']*)'\s*\}$/.exec((body || '').trim());
  return match ? match[1] : null;
}

/**
 * Outcomes the applet can produce that no arrow leaves for yet (optional ones such as menu keys left out).
 * A default arrow, or a lone arrow without condition, takes every outcome.
 */
export function unconnectedOutcomes(type, taskBo) {
  const applet = APPLETS[type];
  const outgoing = taskBo.outgoing || [];
  if (!applet || applet.outcomes.length === 0 || taskBo.default
      || (outgoing.length === 1 && !outgoing[0].conditionExpression)) {
    return [];
  }
  const taken = new Set(outgoing.map(outcomeOf).filter(Boolean));
  return applet.outcomes.filter(outcome => !outcome.optional && !taken.has(outcome.value));
}

/** The outcome a new arrow out of the applet should stand for: the first one not taken yet. */
export function nextOutcome(type, taskBo) {
  const applet = APPLETS[type];
  if (!applet || applet.outcomes.length === 0) {
    return null;
  }
  const taken = new Set((taskBo.outgoing || []).map(outcomeOf).filter(Boolean));
  const free = applet.outcomes.find(outcome => !taken.has(outcome.value));
  return free ? free.value : null;
}

/** Problems with an applet's options: [{option, message}], empty when it can run. */
export function validateOptions(type, options) {
  const applet = APPLETS[type];
  if (!applet) {
    return [];
  }
  const problems = [];
  const groups = {};
  for (const option of applet.options) {
    const value = (options[option.name] ?? '').trim();
    if (option.oneOf) {
      (groups[option.oneOf] ||= []).push(option);
    }
    if (option.required && !value) {
      problems.push({ option: option.name, message: option.label + ' is required' });
    } else if (value && option.check && !new RegExp(option.check.pattern).test(value)) {
      problems.push({ option: option.name, message: option.check.message });
    }
  }
  for (const members of Object.values(groups)) {
    if (!members.some(option => (options[option.name] ?? '').trim())) {
      problems.push({ option: members[0].name,
        message: 'Fill in ' + members.map(option => option.label.replace(/^Or /, '').toLowerCase()).join(' or ') });
    }
  }
  return problems;
}
