import { APPLETS, appletType, outcomeLabel } from '../applets/catalog.js';
import { outcomeOf, readOptions, validateOptions } from '../applets/model.js';
import { el, optionControl } from './fields.js';

/**
 * The options panel below the canvas: the selected applet's options (bad values flagged inline),
 * or for an arrow out of an applet the outcome it stands for.
 */
export default function AppletProperties(eventBus, appletOptions, appletOutcomes, modeling, selection, ringflow) {
  this._selection = selection;
  this._options = appletOptions;
  this._outcomes = appletOutcomes;
  this._modeling = modeling;
  this._parent = ringflow && ringflow.propertiesParent;
  this._directory = { users: [], groups: [], numbers: [], ...(ringflow && ringflow.directory) };
  this._element = null;

  eventBus.on('selection.changed', event => this.show(event.newSelection.length === 1 ? event.newSelection[0] : null));
  eventBus.on('elements.changed', event => {
    if (this._element && event.elements.some(changed => changed === this._element || changed === this._element.source)) {
      this.show(this._element.parent || this._element.type === 'label' ? this._element : null);
    }
  });
  eventBus.on('import.done', () => this.show(null));
}

AppletProperties.$inject = [ 'eventBus', 'appletOptions', 'appletOutcomes', 'modeling', 'selection', 'config.ringflow' ];

AppletProperties.prototype.show = function(element) {
  if (element && element.type === 'label') {
    element = element.labelTarget;
  }
  this._element = element;
  if (!this._parent) {
    return;
  }
  const type = element && appletType(element);
  let content;
  if (type) {
    content = this._appletForm(element, type);
  } else if (element && element.type === 'bpmn:SequenceFlow' && appletType(element.source)) {
    content = this._arrowForm(element);
  } else if (element && element.businessObject && element.type !== 'bpmn:Process') {
    content = el('div', { 'data-element-id': element.id }, el('h3', {}, element.type.replace('bpmn:', '').replace(/([a-z])([A-Z])/g, '$1 $2')),
      this._nameField(element));
  } else {
    content = el('p', { class: 'rf-hint' },
      'Drag an applet from the left onto the flow, or select an applet to set its options.');
  }
  const close = element && el('button', { type: 'button', class: 'rf-link rf-close-panel', title: 'Close the options',
    onclick: () => this._selection.select(null) }, '\u2715');
  this._parent.replaceChildren(...[ close, content ].filter(Boolean));
};

AppletProperties.prototype._nameField = function(element) {
  return el('label', { class: 'rf-field' }, el('span', {}, 'Name'),
    el('input', { id: 'rf-opt-name', type: 'text', value: element.businessObject.name || '',
      onchange: event => this._modeling.updateProperties(element, { name: event.target.value || undefined }) }));
};

AppletProperties.prototype._appletForm = function(element, type) {
  const applet = APPLETS[type];
  const options = readOptions(element.businessObject);
  const problems = validateOptions(type, options);
  const fields = applet.options.map(option => {
    const problem = problems.find(found => found.option === option.name);
    return el('label', { class: 'rf-field' + (problem ? ' rf-has-error' : ''), 'data-option': option.name },
      el('span', {}, option.label + (option.required ? ' *' : '')),
      optionControl(option, options[option.name], this._directory, value => this._options.set(element, option.name, value)),
      option.hint ? el('small', {}, option.hint) : null,
      problem ? el('div', { class: 'rf-field-error' }, problem.message) : null);
  });
  return el('div', { class: 'rf-applet-form', 'data-applet': type, 'data-element-id': element.id },
    el('h3', {}, el('span', { class: 'rf-glyph' }, applet.glyph), ' ', applet.label,
      el('small', { class: 'rf-id' }, ' ' + element.id)),
    this._nameField(element),
    fields,
    applet.outcomes.length ? this._waysOut(element, type) : null);
};

AppletProperties.prototype._waysOut = function(element, type) {
  const taken = new Map(element.outgoing.filter(flow => outcomeOf(flow.businessObject))
    .map(flow => [ outcomeOf(flow.businessObject), flow.target ]));
  const otherwise = element.outgoing.find(flow => !outcomeOf(flow.businessObject));
  const name = target => target.businessObject.name || target.id;
  const rows = APPLETS[type].outcomes.filter(outcome => !outcome.optional || taken.has(outcome.value)).map(outcome => {
    const target = taken.get(outcome.value) || (otherwise && otherwise.target);
    return el('li', { class: target ? '' : 'rf-open' }, outcome.label + ' \u2192 ',
      target ? name(target) + (taken.has(outcome.value) ? '' : ' (otherwise)') : 'not connected');
  });
  return el('div', { class: 'rf-ways-out' }, el('h4', {}, 'Ways out'), el('ul', {}, rows),
    el('small', {}, 'Connect a branch from the applet\u2019s context pad; pick its outcome by selecting the arrow.'));
};

AppletProperties.prototype._arrowForm = function(connection) {
  const source = connection.source;
  const type = appletType(source);
  const applet = APPLETS[type];
  const current = outcomeOf(connection.businessObject);
  const isDefault = source.businessObject.default === connection.businessObject;
  const taken = new Set(source.outgoing.filter(flow => flow !== connection).map(flow => outcomeOf(flow.businessObject)));
  if (!applet.outcomes.length) {
    return el('div', { 'data-element-id': connection.id }, el('h3', {}, 'Branch'), el('p', { class: 'rf-hint' }, applet.label + ' has one way out.'));
  }
  const picker = el('select', { id: 'rf-outcome', onchange: () => {
    this._outcomes.setOutcome(connection, picker.value === '' ? null : picker.value);
  } },
  applet.outcomes.map(outcome => el('option', { value: outcome.value, selected: outcome.value === current },
    outcome.label + (taken.has(outcome.value) ? ' (already connected)' : ''))),
  el('option', { value: '', selected: isDefault || (!current && !isDefault) }, 'Otherwise (any other outcome)'));
  return el('div', { class: 'rf-arrow-form', 'data-element-id': connection.id },
    el('h3', {}, 'Branch out of ' + (source.businessObject.name || applet.label)),
    el('label', { class: 'rf-field' }, el('span', {}, 'When'), picker),
    current ? el('small', {}, 'Condition: ' + connection.businessObject.conditionExpression.body) : null,
    current && taken.has(current) ? el('div', { class: 'rf-field-error' }, outcomeLabel(type, current) + ' is connected twice') : null);
};
