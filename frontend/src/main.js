import './style.css';
import { logout, optional } from './api.js';
import { showFlows } from './flows/FlowsPage.js';
import { showBuilder } from './builder/BuilderPage.js';
import { showTestCall } from './testcall/TestCallPage.js';
import './sandboxBridge.js';

// Hash routes, so the server needs no fallback: #/flows, #/flows/12, #/numbers, #/test-call.
const main = document.getElementById('rf-main');
let leave = null; // the current screen's guard: returns false to stay (e.g. unsaved changes)

async function route() {
  const hash = location.hash || '#/flows';
  const builder = /^#\/flows\/(\d+)$/.exec(hash);
  const section = builder ? 'flows' : hash.replace('#/', '');
  document.querySelectorAll('[data-nav]').forEach(link => link.classList.toggle('active', link.dataset.nav === section));
  if (leave && leave.dispose) {
    leave.dispose();
  }
  leave = null;
  if (builder) {
    leave = await showBuilder(main, Number(builder[1]));
  } else if (section === 'test-call') {
    leave = await showTestCall(main);
  } else if (section === 'numbers') {
    await showFlows(main, { focus: 'numbers' });
  } else {
    await showFlows(main, {});
  }
}

let current = location.hash;
window.addEventListener('hashchange', () => {
  if (leave && leave() === false) {
    history.replaceState(null, '', current);
    return;
  }
  current = location.hash;
  route();
});
window.addEventListener('beforeunload', event => {
  if (leave && leave({ unloading: true }) === false) {
    event.preventDefault();
  }
});

document.getElementById('rf-logout').addEventListener('click', () => logout());

optional('/api/me', null).then(me => {
  document.getElementById('rf-me-name').textContent = me ? me.name + ' \u00B7 ' + me.role.toLowerCase() : '';
  // the sandbox's API is for admins only
  document.querySelector('[data-nav="test-call"]').hidden = !me || me.role !== 'ADMIN';
}).catch(() => {});

route();
