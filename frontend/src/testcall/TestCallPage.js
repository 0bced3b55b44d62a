// "Test call" on its own (admins): call or text any Ringflow number through the sandbox and follow the
// transcript. The builder mounts the same screen beside the diagram, where it also highlights the applet.
import { api } from '../api.js';
import { testCallMount } from '../sandboxBridge.js';

export async function showTestCall(main) {
  main.replaceChildren();
  const page = document.createElement('section');
  page.className = 'rf-page rf-test-call-page';
  const title = document.createElement('h1');
  title.textContent = 'Test call';
  const intro = document.createElement('p');
  intro.className = 'rf-hint';
  intro.textContent = 'Place a call or send a text to one of your numbers, as a caller would, without a Twilio account. '
    + 'Its flow runs for real: what the caller hears, each applet and each Twilio callback appear below.';
  const panel = document.createElement('div');
  panel.className = 'rf-card';
  page.append(title, intro, panel);
  main.append(page);

  const mount = testCallMount();
  if (!mount) {
    panel.textContent = 'The sandbox is off on this server (ringflow.sandbox.enabled).';
    return null;
  }
  const numbers = await api('GET', '/api/numbers');
  const mounted = mount(panel, { numbers: numbers.map(n => ({ number: n.number, name: n.name })) });
  const leave = () => true;
  leave.dispose = () => mounted && mounted.unmount && mounted.unmount();
  return leave;
}
