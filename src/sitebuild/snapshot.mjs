// Build step, called by src/sitebuild/runtime.py: the calculators' Python as a memory snapshot, and the
// reduced standard library it runs on.
//
//   node src/sitebuild/snapshot.mjs PYODIDE_DIR WHEEL WHEEL_DIGEST OUT_DIR
//
// 1. Boots the site's Pyodide (node_modules/pyodide) with its full standard library, installs the
//    calc wheel, imports every module of calc and runs every calculator once (WARM_UP below).
//    The standard-library files Python has then imported are the reduced standard library,
//    written to OUT_DIR/stdlib.zip: Pyodide's own start needs them, and calc what it imports.
// 2. Boots Pyodide again, on the reduced library, with `_makeSnapshot`; installs the wheel, runs
//    the same warm-up (so no import is left for the reader), zeroes the heap's free memory (so
//    the snapshot compresses) and writes `makeMemorySnapshot()` gzipped to OUT_DIR/snapshot.gz.
//
// Prints one JSON line: the files' sizes. `_makeSnapshot`, `makeMemorySnapshot` and
// `_loadSnapshot` are Pyodide's private API: the version is pinned (package-lock.json) and the
// worker falls back to a normal start when a snapshot does not load (calculators/js/worker.mjs).

import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

const [pyodideDir, wheelPath, wheelDigest, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error("usage: node src/sitebuild/snapshot.mjs PYODIDE_DIR WHEEL WHEEL_DIGEST OUT_DIR");
  process.exit(2);
}
const indexURL = path.resolve(pyodideDir) + path.sep;
const { loadPyodide } = await import(path.join(indexURL, "pyodide.mjs"));

// Every module of calc imported, the parameter files read (they are cached: the worker has no
// wheel on disk after a snapshot), and each calculator run under both laws, once with bad input.
const WARM_UP = `
import importlib, json, pkgutil
import calc
from calc.parameters import alle_parameters
from calc.taalniveaus import alle_taalniveaus

for module in pkgutil.walk_packages(calc.__path__, "calc."):
    importlib.import_module(module.name)
alle_parameters()
alle_taalniveaus()
from calc.rekenhulpen import REGISTER

# Each calculator's examples (one per law with rules: calc/rekenhulpen/<name>/__init__.py), and
# bad input once.
SAMPLES = [(name, inputs) for name, b in REGISTER.items() for inputs in b.voorbeelden]
for name, inputs in SAMPLES:
    assert json.loads(calc.run_json(name, json.dumps(inputs)))["ok"], (name, inputs)
assert not json.loads(calc.run_json("termijnen", '{"start_inburgeringsplicht": "2017-02-30"}'))["ok"]
calc.ics_json(calc.run_json("termijnen", json.dumps(SAMPLES[0][1])), "https://example.org/")
`;

async function boot(options) {
  const pyodide = await loadPyodide({ indexURL, packages: [], stdout: () => {}, ...options });
  // unpackArchive needs a Uint8Array: a Node Buffer is not accepted.
  const wheel = new Uint8Array(await readFile(wheelPath));
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  pyodide.unpackArchive(wheel, "wheel", { extractDir: sitePackages });
  pyodide.runPython(WARM_UP);
  return pyodide;
}

// 1. The reduced standard library: the files of the modules imported by now.
const full = await boot({});
const stdlib = full.runPython(`
import sys, zipfile
archive = next(p for p in sys.path if p.endswith(".zip"))
used = {
    m.__file__[len(archive) + 1:]
    for m in list(sys.modules.values())
    if (getattr(m, "__file__", None) or "").startswith(archive + "/")
}
with zipfile.ZipFile(archive) as source, zipfile.ZipFile("/tmp/stdlib.zip", "w") as out:
    for info in source.infolist():  # the archive's order; directories too (packages)
        if info.filename in used or info.filename.endswith("/"):
            out.writestr(info, source.read(info))
len(used)
`);
const reduced = full.FS.readFile("/tmp/stdlib.zip");
await mkdir(outDir, { recursive: true });
const stdlibPath = path.join(outDir, "stdlib.zip");
await writeFile(stdlibPath, reduced);

// 2. The snapshot, made on the reduced library (the worker loads it with that library).
const pyodide = await boot({ stdLibURL: stdlibPath, _makeSnapshot: true });
pyodide.runPython(`
import gc
__rekenhulp_wheel__ = ${JSON.stringify(wheelDigest)}
gc.collect()
`);
zeroFreeMemory(pyodide._module);
const snapshot = pyodide.makeMemorySnapshot();
const packed = gzipSync(snapshot, { level: 9 });
await writeFile(path.join(outDir, "snapshot.gz"), packed);
console.log(
  JSON.stringify({
    stdlib_modules: stdlib,
    stdlib_bytes: reduced.length,
    snapshot_bytes: snapshot.length,
    snapshot_gzip_bytes: packed.length,
  }),
);

// Free heap memory still holds what was freed (the first run's garbage): fill it with zeros, so
// that it compresses to almost nothing. Allocates every free block with calloc (which zeroes
// it) under a footprint limit, so that the heap does not grow, then frees them again.
function zeroFreeMemory(module) {
  const limit = module._malloc_footprint();
  module._malloc_set_footprint_limit(limit);
  const held = [];
  try {
    for (let size = 1 << 24; size >= 8; ) {
      const block = module._calloc(1, size);
      if (block) held.push(block);
      else size >>= 1;
    }
  } finally {
    for (const block of held) module._free(block);
    module._malloc_set_footprint_limit(-1 >>> 0);
  }
}
