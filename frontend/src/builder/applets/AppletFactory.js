import { APPLETS, delegateExpression } from './catalog.js';

/** Makes new applet shapes exactly as the applet contract wants them: a service task with its default options. */
export default function AppletFactory(bpmnFactory, elementFactory, elementRegistry) {
  this._bpmnFactory = bpmnFactory;
  this._elementFactory = elementFactory;
  this._elementRegistry = elementRegistry;
}

AppletFactory.$inject = [ 'bpmnFactory', 'elementFactory', 'elementRegistry' ];

/** A readable id such as Task_RingGroup (then Task_RingGroup_2, ...), as the shipped flows have; none without a registry. */
AppletFactory.prototype.readableId = function(label) {
  if (!this._elementRegistry) {
    return undefined;
  }
  const base = 'Task_' + label.replace(/[^A-Za-z0-9]/g, '');
  let id = base;
  for (let n = 2; this._elementRegistry.get(id); n++) {
    id = base + '_' + n;
  }
  return id;
};

/** A service task for the applet, with its default options overridden by the given ones. */
AppletFactory.prototype.createBusinessObject = function(type, options = {}) {
  const applet = APPLETS[type];
  const values = { ...applet.defaults, ...options };
  const id = this.readableId(applet.label);
  const bo = this._bpmnFactory.create('bpmn:ServiceTask', id ? { id, name: applet.label } : { name: applet.label });
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
