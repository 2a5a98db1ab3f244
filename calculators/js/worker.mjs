// The calculators' Python, off the main thread: one module worker per browser tab.
//
// Starts the self-hosted Pyodide (its directory is the `pyodide` query parameter of this
// worker's URL) in one of two ways:
// - from the memory snapshot (`snapshot`, gzipped, made at build time by
//   src/sitebuild/snapshot.mjs):
//   Python's heap right after `import calc` and a calculation of each calculator, so there is
//   nothing to import and no wheel to fetch. Used when it arrives in time (on a slow line its
//   bytes cost more than it saves: snapshot-fetch.mjs), loads, and answers a self-check;
// - otherwise the normal way: Pyodide starts on the standard library `stdlib`, and the `calc`
//   wheel (`wheel`) is unpacked into site-packages (no micropip, no other host) and imported.
// Then it answers requests:
//   in:  {id, fn: "run_json" | "ics_json" | "caseload_json" | "caseload_ics_json", args: [...]}
//   out: {id, ok: true, value: "<JSON or text from calc>"} | {id, ok: false, error}
// and announces {type: "ready", ms, start: "snapshot" | "normal", why, timeline} or
// {type: "failed", error} once (`why`: why there was no snapshot; `timeline`: when each step
// of the start ended).
//
// `_loadSnapshot` is Pyodide's private API: the version is pinned, and any failure of the
// snapshot (missing, corrupt, another build or wheel, no answer) ends in the normal start.

import { checkShape, fetchSnapshot, keepForNextVisit } from "./snapshot-fetch.mjs";

const params = new URL(self.location.href).searchParams;
const pyodideDir = params.get("pyodide");
const wheelUrl = params.get("wheel");
const stdlibUrl = params.get("stdlib") || `${pyodideDir}python_stdlib.zip`;
const snapshotUrl = params.get("snapshot") || "";
const ALLOWED = new Set(["run_json", "ics_json", "caseload_json", "caseload_ics_json"]);

const SNAPSHOT_START_MS = 20_000; // a snapshot that has not started Python by then never will
const CHECK_INPUT = '{"start_inburgeringsplicht": "2016-03-01"}';

// Both ways of starting need Pyodide's wasm compiled and its JavaScript: start both now, while
// the snapshot downloads. (Pyodide imports the same module; the wasm is handed to it below.)
const timeline = {}; // when each step of the start ended, in ms since the worker started
const reached = (step) => {
  timeline[step] = Math.round(performance.now());
};
const wasmUrl = new URL(`${pyodideDir}pyodide.asm.wasm`).href;
const compiled = WebAssembly.compileStreaming(fetch(wasmUrl));
compiled.then(() => reached("wasm compiled"), () => {}); // a failure is reported by load()
import(`${pyodideDir}pyodide.asm.mjs`).catch(() => {});

/** loadPyodide(options), on the wasm module compiled above. Pyodide 314's loader fetches
 * indexURL + "pyodide.asm.wasm" and compiles it with WebAssembly.instantiateStreaming: while it
 * runs, that fetch gets an empty answer and that call the module (one download, one compile).
 * Rejects when the wasm cannot be had (Pyodide itself would wait forever). */
async function load(loadPyodide, options) {
  const { fetch } = self;
  const { instantiateStreaming } = WebAssembly;
  self.fetch = (input, init) =>
    String(input) === wasmUrl ? Promise.resolve(new Response(null)) : fetch(input, init);
  WebAssembly.instantiateStreaming = async (_response, imports) => {
    const module = await compiled;
    return { module, instance: await WebAssembly.instantiate(module, imports) };
  };
  try {
    const never = new Promise(() => {});
    return await Promise.race([loadPyodide(options), compiled.then(() => never)]);
  } finally {
    self.fetch = fetch;
    WebAssembly.instantiateStreaming = instantiateStreaming;
  }
}

async function startFromSnapshot(loadPyodide) {
  const snapshot = await fetchSnapshot(snapshotUrl);
  checkShape(snapshot);
  reached("snapshot unpacked");
  let timer = 0;
  const stuck = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error("snapshot: no start")), SNAPSHOT_START_MS);
  });
  const loading = load(loadPyodide, {
    indexURL: pyodideDir,
    stdLibURL: stdlibUrl,
    packages: [],
    _loadSnapshot: snapshot,
  });
  const pyodide = await Promise.race([loading, stuck]).finally(() => clearTimeout(timer));
  reached("python started");
  // The snapshot's Python must be of this wheel (it names its digest) and must answer.
  const digest = new URL(wheelUrl).searchParams.get("v");
  if (pyodide.globals.get("__rekenhulp_wheel__") !== digest) {
    throw new Error("snapshot: made from another wheel");
  }
  const calc = pyodide.pyimport("calc");
  const answer = JSON.parse(calc.run_json("termijnen", CHECK_INPUT));
  if (answer.ok !== true) throw new Error("snapshot: no answer to the self-check");
  reached("self-check answered");
  return calc;
}

async function startNormally(loadPyodide) {
  // Fetch the wheel while Pyodide starts: both are needed, neither waits for the other.
  const wheel = fetch(wheelUrl).then((response) => {
    if (!response.ok) throw new Error(`wheel: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  wheel.catch(() => {}); // reported below, once
  let sitePackages = null;
  const pyodide = await load(loadPyodide, {
    indexURL: pyodideDir,
    stdLibURL: stdlibUrl,
    packages: [],
    fsInit: async (_fs, info) => {
      sitePackages = info.sitePackages;
    },
  });
  reached("python started");
  pyodide.unpackArchive(await wheel, "wheel", sitePackages ? { extractDir: sitePackages } : {});
  const calc = pyodide.pyimport("calc");
  reached("calc imported");
  return calc;
}

// While the snapshot is tried, a failure inside Pyodide's loader that surfaces as an unhandled
// rejection (see below) ends that try; afterwards, it is a failed start.
let phase = "snapshot";
let abandonSnapshot = () => {};

async function boot() {
  const started = performance.now();
  const { loadPyodide } = await import(`${pyodideDir}pyodide.mjs`);
  let calc = null;
  let why = "no snapshot";
  if (snapshotUrl) {
    const abandoned = new Promise((_, reject) => {
      abandonSnapshot = reject;
    });
    try {
      calc = await Promise.race([startFromSnapshot(loadPyodide), abandoned]);
    } catch (error) {
      why = describe(error);
    }
  }
  phase = "normal";
  const start = calc ? "snapshot" : "normal";
  calc ??= await startNormally(loadPyodide);
  if (start === "normal" && why.startsWith("slow line")) keepForNextVisit(snapshotUrl);
  const functions = {};
  for (const name of ALLOWED) functions[name] = calc[name]; // undefined when calc lacks it
  why = start === "snapshot" ? "" : why;
  return { functions, ms: performance.now() - started, start, why };
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
  if (phase === "snapshot") abandonSnapshot(event.reason);
  else report({ type: "failed", error: describe(event.reason) });
});

const ready = boot();

ready.then(
  ({ ms, start, why }) => report({ type: "ready", ms, start, why, timeline }),
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
