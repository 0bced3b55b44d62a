import { APPLETS, appletType, delegateExpression } from './catalog.js';
import { outcomeOf, readOptions } from './model.js';

/**
 * Dropping an applet onto another replaces it in place, after a confirm: same id and position,
 * options of the same name carried over, and only the branches whose outcomes the new applet can produce kept.
 */
export default function AppletReplace(eventBus, commandStack, modeling, appletFactory, ringflow) {
  this._commandStack = commandStack;
  const confirm = (ringflow && ringflow.confirm) || (message => globalThis.confirm(message));

  // one command, so a single undo brings the old applet and its branches back
  class ReplaceHandler {
    preExecute(context) { replaceIn(context, modeling, appletFactory); }
    execute() { return []; }
    revert() { return []; }
  }
  commandStack.registerHandler('applet.replace', ReplaceHandler);

  eventBus.on('create.end', 1500, event => {
    const { shape, target, canExecute } = event.context;
    const type = appletType(shape);
    if (!canExecute || !type || !appletType(target)) {
      return;
    }
    // ask once the drop has finished, not in the middle of the mouse gesture
    setTimeout(() => {
      if (confirm('Replace "' + (target.businessObject.name || 'this applet') + '" with ' + APPLETS[type].label + '?')) {
        this.replace(target, type);
      }
    });
    return false;
  });
}

AppletReplace.$inject = [ 'eventBus', 'commandStack', 'modeling', 'appletFactory', 'config.ringflow' ];

AppletReplace.prototype.replace = function(element, type) {
  this._commandStack.execute('applet.replace', { element, type });
};

function replaceIn({ element, type }, modeling, appletFactory) {
  const applet = APPLETS[type];
  const old = readOptions(element.businessObject);
  const kept = {};
  for (const option of applet.options) {
    if (old[option.name]) {
      kept[option.name] = old[option.name];
    }
  }
  const fresh = appletFactory.createBusinessObject(type, kept);
  if (fresh.extensionElements) {
    fresh.extensionElements.$parent = element.businessObject;
  }
  modeling.updateProperties(element, {
    name: applet.label,
    'camunda:delegateExpression': delegateExpression(type),
    extensionElements: fresh.extensionElements
  });

  const outgoing = element.outgoing.filter(connection => connection.type === 'bpmn:SequenceFlow');
  const fits = new Set(applet.outcomes.map(outcome => outcome.value));
  let dropped = [];
  if (applet.final) {
    dropped = outgoing;
  } else if (applet.outcomes.length === 0) {
    const keep = outgoing.find(connection => !outcomeOf(connection.businessObject)) || outgoing[0];
    dropped = outgoing.filter(connection => connection !== keep);
    if (keep && outcomeOf(keep.businessObject)) {
      modeling.updateProperties(keep, { conditionExpression: undefined, name: undefined });
    }
  } else {
    dropped = outgoing.filter(connection => {
      const outcome = outcomeOf(connection.businessObject);
      return outcome && !fits.has(outcome);
    });
  }
  if (dropped.some(connection => connection.businessObject === element.businessObject.default)) {
    modeling.updateProperties(element, { default: undefined });
  }
  if (dropped.length) {
    modeling.removeElements(dropped);
  }
}
