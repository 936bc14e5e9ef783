// Preloaded into Prisma CLI processes (NODE_OPTIONS=--require). The WebAssembly schema engine leaves
// 10 s / 60 s timers running after its work is done, which keeps `migrate deploy` alive for a minute.
// Long timers never carry work we wait for here, so letting them not hold the process open is safe.
const wrap = (original) =>
  function patched(fn, ms, ...args) {
    const timer = original(fn, ms, ...args);
    if (typeof ms === 'number' && ms >= 5000 && timer && typeof timer.unref === 'function') timer.unref();
    return timer;
  };
globalThis.setTimeout = wrap(globalThis.setTimeout);
globalThis.setInterval = wrap(globalThis.setInterval);
