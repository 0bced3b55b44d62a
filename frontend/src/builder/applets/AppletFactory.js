import { APPLETS, delegateExpression } from './catalog.js';

/** Makes new applet shapes exactly as the applet contract wants them: a service task with its default options. */
export default function AppletFactory(bpmnFactory, elementFactory) {
  this._bpmnFactory = bpmnFactory;
  this._elementFactory = elementFactory;
}

AppletFactory.$inject = [ 'bpmnFactory', 'elementFactory' ];

/** A service task for the applet, with its default options overridden by the given ones. */
AppletFactory.prototype.createBusinessObject = function(type, options = {}) {
  const applet = APPLETS[type];
  const values = { ...applet.defaults, ...options };
  const bo = this._bpmnFactory.create('bpmn:ServiceTask', { name: applet.label });
  bo.set('camunda:delegateExpression', delegateExpression(type));
  const parameters = Object.entries(values).map(([ name, value ]) =>
    this._bpmnFactory.create('camunda:InputParameter', { name, value }));
  if (parameters.length) {
    const inputOutput = this._bpmnFactory.create('camunda:InputOutput', { inputParameters: parameters });
    bo.extensionElements = this._bpmnFactory.create('bpmn:ExtensionElements', { values: [ inputOutput ] });
    inputOutput.$parent = bo.extensionElements;
    bo.extensionElements.$parent = bo;
  }
  return bo;
};

AppletFactory.prototype.createApplet = function(type) {
  return this._elementFactory.createShape({
    type: 'bpmn:ServiceTask',
    businessObject: this.createBusinessObject(type)
  });
};

AppletFactory.prototype.createEnd = function() {
  return this._elementFactory.createShape({ type: 'bpmn:EndEvent' });
};
