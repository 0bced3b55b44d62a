import { APPLETS, appletsOfKind } from './catalog.js';

/** The palette holds applets only (those of the flow's kind) and End: nothing of raw BPMN. */
export default function AppletPalette(palette, create, appletFactory, ringflow) {
  this._create = create;
  this._appletFactory = appletFactory;
  this._kind = (ringflow && ringflow.kind) || 'CALL';
  palette.registerProvider(this);
}

AppletPalette.$inject = [ 'palette', 'create', 'appletFactory', 'config.ringflow' ];

AppletPalette.prototype.getPaletteEntries = function() {
  const create = this._create;
  const factory = this._appletFactory;
  const entries = {};

  for (const type of appletsOfKind(this._kind)) {
    const applet = APPLETS[type];
    const start = event => create.start(event, factory.createApplet(type));
    entries['create.applet-' + type] = {
      group: 'applets',
      html: entryHtml(applet.glyph, applet.label, 'rf-applet-' + type),
      title: 'Drag ' + applet.label + ' onto the flow',
      action: { dragstart: start, click: start }
    };
  }
  const startEnd = event => create.start(event, factory.createEnd());
  entries['create.end'] = {
    group: 'end',
    html: entryHtml('\u25C9', 'End', 'rf-end'),
    title: 'Drag End onto the flow',
    action: { dragstart: startEnd, click: startEnd }
  };
  return entries;
};

function entryHtml(glyph, label, className) {
  return '<div class="entry rf-entry ' + className + '" draggable="true">' +
    '<span class="rf-glyph">' + glyph + '</span><span class="rf-name">' + label + '</span></div>';
}
