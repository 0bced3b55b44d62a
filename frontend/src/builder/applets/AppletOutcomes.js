import { APPLETS, appletType, outcomeLabel } from './catalog.js';
import { conditionFor, nextOutcome } from './model.js';

/** A new arrow out of an applet stands for its next free outcome: condition ${outcome == 'x'} and a label. */
export default function AppletOutcomes(eventBus, modeling, bpmnFactory, selection) {
  this._modeling = modeling;
  this._bpmnFactory = bpmnFactory;

  // the new branch is selected, so the options panel offers the applet's outcomes for it right away
  eventBus.on('connect.end', 250, event => {
    const { connection, source } = event.context;
    const type = appletType(source);
    if (connection && type && APPLETS[type].outcomes.length) {
      selection.select(connection);
    }
  });

  eventBus.on('commandStack.connection.create.postExecuted', event => {
    const { connection, source } = event.context;
    const type = appletType(source);
    if (!type || connection.type !== 'bpmn:SequenceFlow' || connection.businessObject.conditionExpression) {
      return;
    }
    const outcome = nextOutcome(type, source.businessObject);
    if (outcome) {
      this.setOutcome(connection, outcome);
    }
  });
}

AppletOutcomes.$inject = [ 'eventBus', 'modeling', 'bpmnFactory', 'selection' ];

/** Make an arrow stand for one outcome of its applet, or with null for "otherwise" (the default flow). */
AppletOutcomes.prototype.setOutcome = function(connection, outcome) {
  const modeling = this._modeling;
  const source = connection.source;
  const type = appletType(source);
  if (outcome === null) {
    modeling.updateProperties(connection, { conditionExpression: undefined, name: 'Otherwise' });
    modeling.updateProperties(source, { default: connection.businessObject });
    return;
  }
  if (source.businessObject.default === connection.businessObject) {
    modeling.updateProperties(source, { default: undefined });
  }
  modeling.updateProperties(connection, {
    conditionExpression: this._bpmnFactory.create('bpmn:FormalExpression', { body: conditionFor(outcome) }),
    name: outcomeLabel(type, outcome)
  });
};
