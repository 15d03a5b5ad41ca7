/**
 * Wraps the real, built preload for injection into the page as an init script:
 * it runs before any page script, in the top frame only (as Electron runs
 * preloads), with a `require` that offers only `electron`, as in a sandbox.
 * contextBridge defines frozen globals. The host's bindings (invoke, the event
 * feed and key input) are taken into this closure and deleted from the page,
 * so page scripts can neither call main directly nor forge main's events: the
 * shim pulls main-to-page events from the host itself.
 *
 * Key presses are reported to the host as they happen, so main sees them as
 * `before-input-event`. The page still receives them (the host cannot hold a
 * key back until main has decided): see docs/electron-parity.md.
 */
export function preloadInitScript(preloadSource: string): string {
  return `(() => {
  if (window.top !== window) return;
  const hostInvoke = window.__kioskHostInvoke;
  const hostEvents = window.__kioskHostEvents;
  const hostInput = window.__kioskHostInput;
  delete window.__kioskHostInvoke;
  delete window.__kioskHostEvents;
  delete window.__kioskHostInput;
  const listeners = new Map();
  const deepFreeze = (value) => {
    if (value && typeof value === 'object' || typeof value === 'function') {
      Object.freeze(value);
      for (const key of Object.getOwnPropertyNames(value)) {
        const child = value[key];
        if (child && (typeof child === 'object' || typeof child === 'function') && !Object.isFrozen(child)) deepFreeze(child);
      }
    }
    return value;
  };
  const pull = () => hostEvents().then((batch) => {
    for (const [channel, args] of batch) for (const listener of [...(listeners.get(channel) ?? [])]) listener({}, ...args);
    pull();
  }, () => undefined);
  pull();
  const report = (type) => (event) => {
    hostInput({ type, key: event.key, code: event.code, shift: event.shiftKey, control: event.ctrlKey, alt: event.altKey, meta: event.metaKey, isAutoRepeat: event.repeat }).catch(() => undefined);
  };
  window.addEventListener('keydown', report('keyDown'), true);
  window.addEventListener('keyup', report('keyUp'), true);
  const ipcRenderer = {
    invoke: (channel, ...args) => hostInvoke(channel, args),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
    send() { throw new Error('test host: ipcRenderer.send is not supported'); },
  };
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: deepFreeze(api), enumerable: true, configurable: false, writable: false });
    },
  };
  const require = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error('module not found: ' + name + ' (a sandboxed preload can only require electron)');
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}
