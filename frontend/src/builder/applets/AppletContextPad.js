import { APPLETS, appletType, appletsOfKind } from './catalog.js';

/** Next to an applet or the start: append any applet of the flow's kind, connect a branch, delete. */
export default function AppletContextPad(contextPad, modeling, appletFactory, autoPlace, create, connect, ringflow) {
  this._modeling = modeling;
  this._appletFactory = appletFactory;
  this._autoPlace = autoPlace;
  this._create = create;
  this._connect = connect;
  this._kind = (ringflow && ringflow.kind) || 'CALL';
  this._confirm = (ringflow && ringflow.confirm) || (message => globalThis.confirm(message));
  contextPad.registerProvider(this);
}

AppletContextPad.$inject = [
  'contextPad', 'modeling', 'appletFactory', 'autoPlace', 'create', 'connect', 'config.ringflow'
];

AppletContextPad.prototype.getContextPadEntries = function(element) {
  const modeling = this._modeling;
  const entries = {};
  const type = element.businessObject && element.businessObject.$type;
  const applet = appletType(element);
  const canContinue = type === 'bpmn:StartEvent' || (applet && !APPLETS[applet].final);

  if (canContinue) {
    for (const next of appletsOfKind(this._kind)) {
      entries['append.' + next] = this._append(APPLETS[next].glyph, 'Append ' + APPLETS[next].label,
        () => this._appletFactory.createApplet(next));
    }
    entries['append.end'] = this._append('\u25C9', 'Append End', () => this._appletFactory.createEnd());
    const startConnect = (event, source) => this._connect.start(event, source);
    entries['connect'] = {
      group: 'connect',
      className: 'bpmn-icon-connection-multi',
      title: 'Connect a branch',
      action: { click: startConnect, dragstart: startConnect }
    };
  }
  if (element.type !== 'label' && type !== 'bpmn:Process') {
    entries['delete'] = {
      group: 'edit',
      className: 'bpmn-icon-trash',
      title: 'Delete',
      action: { click: () => {
        const name = element.businessObject.name || 'this';
        if (!applet || this._confirm('Delete "' + name + '" from the flow?')) {
          modeling.removeElements([ element ]);
        }
      } }
    };
  }
  return entries;
};

AppletContextPad.prototype._append = function(glyph, title, makeShape) {
  const autoPlace = this._autoPlace;
  const create = this._create;
  return {
    group: 'append',
    html: '<div class="entry rf-pad-entry" draggable="true">' + glyph + '</div>',
    title,
    action: {
      click: (event, source) => autoPlace.append(source, makeShape()),
      dragstart: (event, source) => create.start(event, makeShape(), { source })
    }
  };
};
