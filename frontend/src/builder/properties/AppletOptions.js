import { inputOutput, inputParameter } from '../applets/model.js';

/**
 * Writes one applet option (a camunda:inputParameter) with a single modeling command, so each edit is one undo step.
 * An empty value removes the parameter: "not set" is what the validation on both sides understands.
 */
export default function AppletOptions(modeling, bpmnFactory) {
  this._modeling = modeling;
  this._bpmnFactory = bpmnFactory;
}

AppletOptions.$inject = [ 'modeling', 'bpmnFactory' ];

AppletOptions.prototype.set = function(element, name, value) {
  const modeling = this._modeling;
  const factory = this._bpmnFactory;
  const bo = element.businessObject;
  const text = value == null ? '' : String(value);
  const parameter = inputParameter(bo, name);
  const io = inputOutput(bo);

  if (parameter) {
    if (!text) {
      modeling.updateModdleProperties(element, io,
        { inputParameters: io.inputParameters.filter(other => other !== parameter) });
    } else if (parameter.value !== text) {
      modeling.updateModdleProperties(element, parameter, { value: text });
    }
    return;
  }
  if (!text) {
    return;
  }
  const fresh = factory.create('camunda:InputParameter', { name, value: text });
  if (io) {
    fresh.$parent = io;
    modeling.updateModdleProperties(element, io, { inputParameters: [ ...io.inputParameters, fresh ] });
  } else if (bo.extensionElements) {
    const created = factory.create('camunda:InputOutput', { inputParameters: [ fresh ] });
    created.$parent = bo.extensionElements;
    fresh.$parent = created;
    modeling.updateModdleProperties(element, bo.extensionElements, { values: [ ...(bo.extensionElements.values || []), created ] });
  } else {
    const created = factory.create('camunda:InputOutput', { inputParameters: [ fresh ] });
    const extensionElements = factory.create('bpmn:ExtensionElements', { values: [ created ] });
    created.$parent = extensionElements;
    fresh.$parent = created;
    extensionElements.$parent = bo;
    modeling.updateProperties(element, { extensionElements });
  }
};
