// Where the builder's "Test call" finds the sandbox screen (src/sandbox/, its own folder and author):
// mountTestCall(element, { numbers, highlight(activityId) }) -> { unmount }.
// window.ringflowSandbox stays the seam, so a build without the sandbox (or a test) can put another one there.
import { mountTestCall } from './sandbox/index.js';

globalThis.ringflowSandbox ||= { mount: mountTestCall };

export function testCallMount() {
  return globalThis.ringflowSandbox && typeof globalThis.ringflowSandbox.mount === 'function'
    ? globalThis.ringflowSandbox.mount
    : null;
}
