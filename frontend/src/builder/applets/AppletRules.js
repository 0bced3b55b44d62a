import { APPLETS, appletType } from './catalog.js';
import { nextOutcome } from './model.js';

const PRIORITY = 1500;

/**
 * What may be drawn: dropping an applet on an applet means "replace it" (AppletReplace asks first);
 * arrows leave an applet only while it has outcomes left (one way out for simple applets, none after Hangup).
 */
export default function AppletRules(eventBus) {
  const rule = (action, fn) => eventBus.on('commandStack.' + action + '.canExecute', PRIORITY,
    event => fn(event.context));

  rule('shape.create', context => canReplace(context.shape, context.target));
  rule('connection.create', context => canLeave(context.source, context.target));
  rule('connection.reconnect', context =>
    context.source === context.connection.source ? undefined : canLeave(context.source, context.target));
}

AppletRules.$inject = [ 'eventBus' ];

/** true when the dropped shape is an applet landing on another applet; undefined leaves it to the BPMN rules. */
export function canReplace(shape, target) {
  return appletType(shape) && appletType(target) ? true : undefined;
}

/** false when no (further) arrow may leave the source; undefined leaves it to the BPMN rules. */
export function canLeave(source, target) {
  const type = appletType(source);
  if (!type || target === source) {
    return target === source ? false : undefined;
  }
  const applet = APPLETS[type];
  if (applet.final) {
    return false;
  }
  const outgoing = (source.outgoing || []).filter(connection => connection.type === 'bpmn:SequenceFlow');
  if (applet.outcomes.length === 0) {
    return outgoing.length === 0 ? undefined : false;
  }
  return nextOutcome(type, source.businessObject) ? undefined : false;
}
