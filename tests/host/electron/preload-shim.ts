/**
 * Wraps the real, built preload for injection into the page as an init script:
 * it runs before any page script, in the top frame only (as Electron runs
 * preloads), with a `require` that offers only `electron`, as in a sandbox.
 * contextBridge defines frozen globals; ipcRenderer.invoke goes through the
 * host's binding, which the shim then hides from the page.
 */
export function preloadInitScript(preloadSource: string): string {
  return `(() => {
  if (window.top !== window) return;
  const hostInvoke = window.__kioskHostInvoke;
  delete window.__kioskHostInvoke;
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
  Object.defineProperty(window, '__kioskHostDeliver', {
    value: (channel, args) => { for (const listener of listeners.get(channel) ?? []) listener({}, ...args); },
    enumerable: false, configurable: false, writable: false,
  });
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
