// Where the builder's "Test call" finds the sandbox. The sandbox screen (src/sandbox/index.js, built separately)
// exports mountTestCall(element, { numbers, highlight(activityId) }); once it is on the branch, enable it with:
//
//   import { mountTestCall } from './sandbox/index.js';
//   window.ringflowSandbox = { mount: mountTestCall };
//
// Until then "Test call" explains that the sandbox is not available.
export function testCallMount() {
  return globalThis.ringflowSandbox && typeof globalThis.ringflowSandbox.mount === 'function'
    ? globalThis.ringflowSandbox.mount
    : null;
}
