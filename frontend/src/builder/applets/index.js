import AppletContextPad from './AppletContextPad.js';
import AppletFactory from './AppletFactory.js';
import AppletOutcomes from './AppletOutcomes.js';
import AppletPalette from './AppletPalette.js';
import AppletRenderer from './AppletRenderer.js';
import AppletReplace from './AppletReplace.js';
import AppletRules from './AppletRules.js';
import AppletStatus from './AppletStatus.js';

// Replaces bpmn-js's palette and context pad: a flow is drawn with applets, not with raw BPMN.
export default {
  __init__: [ 'paletteProvider', 'contextPadProvider', 'appletRenderer', 'appletRules', 'appletOutcomes',
    'appletReplace', 'appletStatus' ],
  appletFactory: [ 'type', AppletFactory ],
  paletteProvider: [ 'type', AppletPalette ],
  contextPadProvider: [ 'type', AppletContextPad ],
  appletRenderer: [ 'type', AppletRenderer ],
  appletRules: [ 'type', AppletRules ],
  appletOutcomes: [ 'type', AppletOutcomes ],
  appletReplace: [ 'type', AppletReplace ],
  appletStatus: [ 'type', AppletStatus ]
};
