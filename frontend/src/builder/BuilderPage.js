import Modeler from 'bpmn-js/lib/Modeler';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import appletsModule from './applets/index.js';
import propertiesModule from './properties/index.js';
import { el } from './properties/fields.js';
import { api, optional } from '../api.js';
import { testCallMount } from '../sandboxBridge.js';

/** Show the flow at 100% from the left, clear of the palette, with room to draw; fit it when it is bigger. */
function placeDiagram(canvas) {
  const { inner, outer } = canvas.viewbox();
  if (inner.width + 260 > outer.width || inner.height + 80 > outer.height) {
    canvas.zoom('fit-viewport', 'auto');
    return;
  }
  canvas.viewbox({ x: inner.x - 230, y: inner.y - (outer.height - inner.height) / 2, width: outer.width, height: outer.height });
}

/** The Flow Builder for one flow. Returns the guard main.js asks before leaving (false = stay). */
export async function showBuilder(main, id) {
  main.replaceChildren(el('p', { class: 'rf-hint' }, 'Loading\u2026'));
  const [ flow, users, groups, numbers ] = await Promise.all([
    api('GET', '/api/flows/' + id), optional('/api/users', []), optional('/api/groups', []), optional('/api/numbers', []) ]);

  const canvasBox = el('div', { class: 'rf-canvas', id: 'rf-canvas' });
  const panel = el('div', { class: 'rf-properties', id: 'rf-properties' });
  const status = el('div', { class: 'rf-status', id: 'rf-status' });
  const testBox = el('aside', { class: 'rf-testcall', id: 'rf-testcall', hidden: true });
  const dirtyMark = el('span', { class: 'rf-dirty', id: 'rf-dirty', hidden: true }, '\u25CF Unsaved changes');
  const name = el('input', { id: 'rf-flow-name', value: flow.name, title: 'Rename the flow',
    onchange: () => markDirty() });
  const version = el('span', { class: 'rf-muted', id: 'rf-flow-version' }, 'v' + flow.version);

  const modeler = new Modeler({
    container: canvasBox,
    keyboard: { bindTo: document },
    additionalModules: [ appletsModule, propertiesModule ],
    moddleExtensions: { camunda: camundaModdle },
    ringflow: { kind: flow.kind, propertiesParent: panel, directory: { users, groups, numbers } }
  });
  const commandStack = modeler.get('commandStack');
  const canvas = modeler.get('canvas');
  const overlays = modeler.get('overlays');
  const elementRegistry = modeler.get('elementRegistry');
  let savedIndex = 0;
  let savedName = flow.name;
  let problems = [];
  let active = null;
  let testCallPanel = null;

  const isDirty = () => commandStack._stackIdx !== savedIndex || name.value.trim() !== savedName;
  function markDirty() {
    dirtyMark.hidden = !isDirty();
  }
  modeler.on('commandStack.changed', markDirty);

  function clearProblems() {
    overlays.remove({ type: 'rf-problem' });
    problems.forEach(id => elementRegistry.get(id) && canvas.removeMarker(id, 'rf-server-error'));
    problems = [];
  }
  function showProblems(list, severity) {
    for (const problem of list) {
      const element = problem.elementId && elementRegistry.get(problem.elementId);
      if (!element) {
        continue;
      }
      problems.push(element.id);
      canvas.addMarker(element, severity === 'error' ? 'rf-server-error' : 'rf-server-warning');
      overlays.add(element, 'rf-problem', { position: { bottom: -6, left: 0 },
        html: el('div', { class: 'rf-problem rf-problem-' + severity, 'data-element-id': element.id }, problem.message) });
    }
  }
  function say(text, kind) {
    status.className = 'rf-status rf-' + kind;
    status.replaceChildren(...[].concat(text));
  }

  async function save() {
    clearProblems();
    const { xml } = await modeler.saveXML({ format: true });
    const stackIndex = commandStack._stackIdx;
    try {
      const saved = await api('PUT', '/api/flows/' + id, { name: name.value.trim(), bpmnXml: xml });
      savedIndex = stackIndex;
      savedName = saved.name;
      version.textContent = 'v' + saved.version;
      showProblems(saved.warnings || [], 'warning');
      say('Saved and deployed as version ' + saved.version + '.', 'notice');
    } catch (failure) {
      const errors = failure.body.errors || [];
      showProblems(errors, 'error');
      const where = error => {
        const element = error.elementId && elementRegistry.get(error.elementId);
        return element ? (element.businessObject.name || element.id) + ': ' : '';
      };
      say(errors.length
        ? [ 'Not saved, nothing was deployed. Fix what is marked on the flow:',
          el('ul', {}, errors.map(error => el('li', {}, where(error) + error.message))) ]
        : 'Not saved: ' + failure.message, 'error');
    }
    markDirty();
  }

  function highlight(activityId) {
    if (active && elementRegistry.get(active)) {
      canvas.removeMarker(active, 'rf-active');
    }
    active = activityId && elementRegistry.get(activityId) ? activityId : null;
    if (active) {
      canvas.addMarker(active, 'rf-active');
      canvas.scrollToElement(active, { top: 60, bottom: 60, left: 60, right: 60 });
    }
  }

  function testCall() {
    const mount = testCallMount();
    testBox.hidden = false;
    if (!mount) {
      testBox.replaceChildren(el('p', { class: 'rf-hint' }, 'The sandbox is not available in this build.'));
      return;
    }
    if (isDirty()) {
      say('The test call runs the saved version; save first to test your latest changes.', 'warning');
    }
    if (testCallPanel && testCallPanel.unmount) {
      testCallPanel.unmount();
    }
    testBox.replaceChildren(el('button', { type: 'button', class: 'rf-link rf-close-panel', title: 'Close the test call',
      onclick: () => { testCallPanel?.unmount?.(); testCallPanel = null; testBox.hidden = true; } }, '\u2715'));
    testCallPanel = mount(testBox, { numbers: flow.numbers || [], flow, highlight });
    canvas.resized(); // the panel took room from the canvas: show the whole flow in what is left
    canvas.zoom('fit-viewport', 'auto');
  }

  const button = (label, title, onclick, extra = {}) =>
    el('button', { type: 'button', title, onclick, ...extra }, label);
  const toolbar = el('div', { class: 'rf-toolbar' },
    el('span', { class: 'rf-kind' }, flow.kind === 'SMS' ? 'SMS flow' : 'Call flow'), name, version, dirtyMark,
    el('span', { class: 'rf-spacer' }),
    button('\u21B6', 'Undo', () => commandStack.undo(), { id: 'rf-undo' }),
    button('\u21B7', 'Redo', () => commandStack.redo(), { id: 'rf-redo' }),
    button('+', 'Zoom in', () => canvas.zoom(canvas.zoom() * 1.2), { id: 'rf-zoom-in' }),
    button('\u2212', 'Zoom out', () => canvas.zoom(canvas.zoom() / 1.2), { id: 'rf-zoom-out' }),
    button('Fit', 'Fit the flow', () => canvas.zoom('fit-viewport', 'auto'), { id: 'rf-fit' }),
    button('Test call', 'Call the saved flow in the sandbox', testCall, { id: 'rf-test-call' }),
    button('\u2714 Save Flow', 'Validate, save and deploy', save, { id: 'rf-save', class: 'rf-primary' }),
    button('Close', 'Back to the flows', () => { location.hash = '#/flows'; }, { id: 'rf-close', class: 'rf-secondary' }));

  main.replaceChildren(el('div', { class: 'rf-builder', 'data-flow-id': id, 'data-kind': flow.kind },
    toolbar, status, el('div', { class: 'rf-work' }, canvasBox, testBox), panel));

  await modeler.importXML(flow.bpmnXml);
  placeDiagram(canvas);
  savedIndex = commandStack._stackIdx;
  showProblems(flow.warnings || [], 'warning');
  window.ringflowBuilder = { modeler, highlight, save, flowId: id };

  const guard = ({ unloading } = {}) => {
    if (!isDirty()) {
      return true;
    }
    return unloading ? false : confirm('This flow has unsaved changes. Close without saving?');
  };
  guard.dispose = () => {
    testCallPanel?.unmount?.();
    modeler.destroy();
  };
  return guard;
}
