// The calculators' Python, off the main thread: one module worker per browser tab.
//
// Boots the self-hosted Pyodide (its directory is the `pyodide` query parameter of this
// worker's URL), installs the `calc` wheel (the `wheel` parameter) by unpacking it into
// site-packages (no micropip, no other host), then answers requests:
//   in:  {id, fn: "run_json" | "ics_json", args: [string, ...]}
//   out: {id, ok: true, value: "<JSON or text from calc>"} | {id, ok: false, error}
// and announces {type: "ready", ms} or {type: "failed", error} once.

const params = new URL(self.location.href).searchParams;
const pyodideDir = params.get("pyodide");
const wheelUrl = params.get("wheel");
const ALLOWED = new Set(["run_json", "ics_json"]);

async function boot() {
  const started = performance.now();
  // Fetch the wheel while Pyodide starts: both are needed, neither waits for the other.
  const wheel = fetch(wheelUrl).then((response) => {
    if (!response.ok) throw new Error(`wheel: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  wheel.catch(() => {}); // reported below, once
  const { loadPyodide } = await import(`${pyodideDir}pyodide.mjs`);
  let sitePackages = null;
  const pyodide = await loadPyodide({
    indexURL: pyodideDir,
    packages: [],
    fsInit: async (_fs, info) => {
      sitePackages = info.sitePackages;
    },
  });
  pyodide.unpackArchive(await wheel, "wheel", sitePackages ? { extractDir: sitePackages } : {});
  const calc = pyodide.pyimport("calc");
  const functions = {};
  for (const name of ALLOWED) functions[name] = calc[name]; // undefined when calc lacks it
  return { functions, ms: performance.now() - started };
}

let settled = false;
const report = (message) => {
  if (settled) return;
  settled = true;
  self.postMessage(message);
};
const describe = (error) => String(error && error.message ? error.message : error);

// Some failures inside Pyodide's loader (a failed fetch of the .wasm) surface as an unhandled
// rejection while loadPyodide() never settles: during the boot, they count as a failed boot.
self.addEventListener("unhandledrejection", (event) => {
  if (settled) return;
  event.preventDefault();
  report({ type: "failed", error: describe(event.reason) });
});

const ready = boot();

ready.then(
  ({ ms }) => report({ type: "ready", ms }),
  (error) => report({ type: "failed", error: describe(error) }),
);

self.addEventListener("message", async (event) => {
  const { id, fn, args } = event.data || {};
  let runtime;
  try {
    runtime = await ready;
  } catch {
    return; // the page already knows: "failed" was posted
  }
  try {
    const f = ALLOWED.has(fn) ? runtime.functions[fn] : undefined;
    if (!f) throw new Error(`unknown function ${fn}`);
    const value = f(...args);
    self.postMessage({ id, ok: true, value: String(value) });
  } catch (error) {
    self.postMessage({ id, ok: false, error: String(error && error.message ? error.message : error) });
  }
});
