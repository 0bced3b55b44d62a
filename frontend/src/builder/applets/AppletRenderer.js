import { APPLETS, appletType } from './catalog.js';

const PRIORITY = 1500;
const SVG = 'http://www.w3.org/2000/svg';

/** Applets look like what they are: the task box with the applet's icon and its plain name. */
export default function AppletRenderer(eventBus, bpmnRenderer) {
  eventBus.on('render.shape', PRIORITY, (event, context) => {
    const { element, gfx } = context;
    if (element.type === 'label' || !appletType(element)) {
      return;
    }
    return drawApplet(bpmnRenderer, gfx, element);
  });
}

AppletRenderer.$inject = [ 'eventBus', 'bpmnRenderer' ];

function drawApplet(bpmnRenderer, gfx, element) {
  const type = appletType(element);
  // drawn as a plain task (no service-task gear): the applet's own icon says what it is
  const shape = bpmnRenderer.handlers['bpmn:Task'](gfx, element);
  shape.classList.add('rf-applet-shape', 'rf-applet-' + type);
  const badge = document.createElementNS(SVG, 'g');
  badge.setAttribute('class', 'rf-applet-badge');
  badge.innerHTML =
    '<circle cx="15" cy="15" r="10"></circle>' +
    '<text x="15" y="19.5" text-anchor="middle">' + APPLETS[type].glyph + '</text>';
  gfx.appendChild(badge);
  return shape;
}
