import { appletType } from './catalog.js';
import { readOptions, unconnectedOutcomes, validateOptions } from './model.js';

/** Shows on the canvas what is still missing: outcomes no arrow leaves for, and applets with bad options. */
export default function AppletStatus(eventBus, elementRegistry, overlays, canvas) {
  const refresh = () => {
    overlays.remove({ type: 'rf-outcomes' });
    for (const element of elementRegistry.filter(element => element.type !== 'label' && appletType(element))) {
      const type = appletType(element);
      const open = unconnectedOutcomes(type, element.businessObject);
      if (open.length) {
        const html = document.createElement('div');
        html.className = 'rf-unconnected';
        html.title = 'No arrow leaves for these outcomes yet';
        html.textContent = 'not connected: ' + open.map(outcome => outcome.label).join(', ');
        overlays.add(element, 'rf-outcomes', { position: { top: element.height + 4, left: 0 }, html });
      }
      const invalid = validateOptions(type, readOptions(element.businessObject)).length > 0;
      if (invalid) {
        canvas.addMarker(element, 'rf-invalid');
      } else {
        canvas.removeMarker(element, 'rf-invalid');
      }
    }
  };
  eventBus.on([ 'import.done', 'commandStack.changed' ], refresh);
  this.refresh = refresh;
}

AppletStatus.$inject = [ 'eventBus', 'elementRegistry', 'overlays', 'canvas' ];
