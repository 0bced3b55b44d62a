// Minimal stand-ins for bpmn-js services and model objects, enough to drive the applet modules in Node.
import { delegateExpression } from '../src/builder/applets/catalog.js';

export function businessObject($type, props = {}) {
  const bo = { $type, ...props };
  bo.get = name => bo[name.replace('camunda:', '')];
  bo.set = (name, value) => { bo[name.replace('camunda:', '')] = value; };
  return bo;
}

export function applet(type, id = 'Task_' + type) {
  const bo = businessObject('bpmn:ServiceTask', { id, name: type, delegateExpression: delegateExpression(type), outgoing: [] });
  return { id, type: 'bpmn:ServiceTask', businessObject: bo, outgoing: [], incoming: [] };
}

export function event(type, id) {
  return { id, type, businessObject: businessObject(type, { id, outgoing: [] }), outgoing: [], incoming: [] };
}

/** Connects two elements the way bpmn-js would after a connection.create (condition optional). */
export function connect(source, target, condition) {
  const bo = businessObject('bpmn:SequenceFlow', {
    id: 'Flow_' + source.outgoing.length + '_' + source.id,
    conditionExpression: condition ? { body: condition } : undefined
  });
  const connection = { id: bo.id, type: 'bpmn:SequenceFlow', businessObject: bo, source, target };
  source.outgoing.push(connection);
  source.businessObject.outgoing.push(bo);
  return connection;
}

export function eventBus() {
  const listeners = {};
  return {
    listeners,
    on(events, priority, fn) {
      fn = typeof priority === 'function' ? priority : fn;
      for (const name of [].concat(events)) {
        (listeners[name] ||= []).push(fn);
      }
    },
    fire(name, payload) {
      return (listeners[name] || []).map(fn => fn(payload)).find(result => result !== undefined);
    }
  };
}

/** Records modeling calls and applies updateProperties to the business object, as bpmn-js would. */
export function modeling() {
  const calls = [];
  return {
    calls,
    updateProperties(element, props) {
      calls.push([ 'updateProperties', element.id, props ]);
      for (const [ name, value ] of Object.entries(props)) {
        element.businessObject.set(name, value);
      }
    },
    updateModdleProperties(element, target, props) {
      calls.push([ 'updateModdleProperties', element.id, props ]);
      Object.assign(target, props);
    },
    removeElements(elements) {
      calls.push([ 'removeElements', elements.map(element => element.id) ]);
    }
  };
}

export const bpmnFactory = {
  create(type, attrs = {}) {
    return businessObject(type, attrs);
  }
};
