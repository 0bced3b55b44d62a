import AppletOptions from './AppletOptions.js';
import AppletProperties from './AppletProperties.js';

export default {
  __init__: [ 'appletProperties' ],
  appletOptions: [ 'type', AppletOptions ],
  appletProperties: [ 'type', AppletProperties ]
};
