// The calculators' Python runtime, as seen from the page: ONE module worker (worker.mjs) for
// the whole visit. Imported by calculator.mjs when a page has a calculator; module instances
// live as long as the document, so this state survives Material's instant navigation and every
// calculator page shares the one worker. On a calculator page opened directly, boot.js has
// already started the worker from the head: it is adopted here.

const BOOT_TIMEOUT_MS = 60_000;
const SLOW_BOOT_MS = 10_000;
const CALL_TIMEOUT_MS = 15_000;

// --- The worker: created once, on the first calculator page ----------------------------------

export const runtime = {
  worker: null,
  state: "idle", // idle | booting | ready | failed
  reason: "",
  slow: false,
  created: 0, // worker creations (read by the tests: instant navigation must not add one)
  start: null, // how Python started: {how: "snapshot" | "normal", ms, why, timeline} (tests, bench)
  pending: new Map(),
  nextId: 1,
  config: null,
  timers: [],
  views: new Set(), // mounted calculators, told about state changes
};
window.__rekenhulp = runtime;

function notify() {
  for (const view of [...runtime.views]) {
    if (!view.root.isConnected) runtime.views.delete(view);
    else view.onState();
  }
}

function fail(reason) {
  if (runtime.state === "failed") return;
  runtime.state = "failed";
  runtime.reason = reason;
  runtime.timers.forEach(clearTimeout);
  if (runtime.worker) runtime.worker.terminate();
  runtime.worker = null;
  for (const { reject } of runtime.pending.values()) reject(new Error(reason));
  runtime.pending.clear();
  notify();
}

export function startWorker(config) {
  if (runtime.worker || runtime.state === "booting" || runtime.state === "ready") return;
  runtime.config = config;
  runtime.state = "booting";
  runtime.slow = false;
  runtime.reason = "";
  notify();
  if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
    fail("Deze browser kan de rekenhulp niet uitvoeren (geen WebAssembly of Web Workers).");
    return;
  }
  let worker = adoptEarlyWorker(config);
  const early = worker ? window.__rekenhulpEarly : null;
  if (!worker) {
    try {
      worker = new Worker(workerUrl(config), { type: "module" });
    } catch {
      fail("Deze browser kan de rekenhulp niet starten.");
      return;
    }
    performance.mark("rekenhulp:worker-created");
  }
  runtime.worker = worker;
  runtime.created += 1;
  const onMessage = (event) => {
    const message = event.data || {};
    if (message.type === "ready") {
      runtime.timers.forEach(clearTimeout);
      runtime.state = "ready";
      const { start: how, ms, why, timeline } = message;
      runtime.start = { how, ms, why, timeline };
      armPending();
      performance.mark("rekenhulp:ready");
      notify();
    } else if (message.type === "failed") {
      fail("Python kon niet worden gestart.");
    } else if (runtime.pending.has(message.id)) {
      const call = runtime.pending.get(message.id);
      runtime.pending.delete(message.id);
      clearTimeout(call.timer);
      if (message.ok) call.resolve(message.value);
      else call.reject(new Error(message.error));
    }
  };
  const onError = (event) => {
    event.preventDefault(); // handled here: shown to the reader, not as a console error
    fail("De rekenhulp kon niet worden gestart.");
  };
  worker.addEventListener("message", onMessage);
  worker.addEventListener("error", onError);
  runtime.timers = [
    setTimeout(() => {
      runtime.slow = true;
      notify();
    }, SLOW_BOOT_MS),
    setTimeout(() => fail("Het laden duurde te lang."), BOOT_TIMEOUT_MS),
  ];
  if (early) {
    // What the early worker said before this module ran (boot.js kept it).
    early.errors.forEach(onError);
    early.messages.forEach(onMessage);
    early.messages = [];
    early.errors = [];
  }
}

// The worker that boot.js started from the head of this page, if any and not yet taken.
function adoptEarlyWorker(config) {
  const early = window.__rekenhulpEarly;
  if (!early || early.adopted || !early.worker || early.config.worker !== config.worker) {
    return null;
  }
  early.adopted = true;
  return early.worker;
}

// Calls made while Python was booting: their timeout starts now.
function armPending() {
  for (const call of runtime.pending.values()) {
    call.arm?.();
    call.arm = null;
  }
}

// Try again the normal way: if the snapshot was what failed (it could hang), not again.
export function retry() {
  if (runtime.state !== "failed" || !runtime.config) return;
  runtime.state = "idle";
  startWorker({ ...runtime.config, snapshot: "" });
}

export function callPython(fn, args) {
  if (runtime.state === "failed" || !runtime.worker) {
    return Promise.reject(new Error(runtime.reason || "not running"));
  }
  return new Promise((resolve, reject) => {
    const id = runtime.nextId++;
    // The timeout only starts counting once Python is up: a slow boot has its own limit.
    const call = { resolve, reject, timer: 0 };
    runtime.pending.set(id, call);
    runtime.worker.postMessage({ id, fn, args });
    const arm = () => {
      call.timer = setTimeout(() => {
        if (runtime.pending.delete(id)) reject(new Error("timeout"));
      }, CALL_TIMEOUT_MS);
    };
    if (runtime.state === "ready") arm();
    else call.arm = arm;
  });
}

const RUNTIME_FILES = ["pyodide", "wheel", "stdlib", "snapshot"];

/** The worker's and the runtime's URLs from data-worker, data-pyodide, data-wheel,
 * data-stdlib and data-snapshot (empty when the build made no snapshot). */
export function configFrom(dataset) {
  const absolute = (url) => (url ? new URL(url, location.href).href : "");
  const config = { worker: absolute(dataset.worker) };
  for (const key of RUNTIME_FILES) config[key] = absolute(dataset[key]);
  return config;
}

/** The worker's URL: the runtime's URLs go in its query string (worker.mjs reads them). */
function workerUrl(config) {
  const url = new URL(config.worker);
  for (const key of RUNTIME_FILES) url.searchParams.set(key, config[key]);
  return url;
}

// On a calculator page opened directly, the head carries
// <script id="rekenhulp-boot" src="boot.js" data-worker data-pyodide ...>, which has
// already started the worker: adopt it now.
const boot = document.getElementById("rekenhulp-boot");
if (boot) startWorker(configFrom(boot.dataset));
