// Run calc.run for every case inside real Pyodide under Node, offline, without micropip.
// Usage: node tests/pyodide/run_cases.mjs <calc wheel> <cases.json> [--stdlib ZIP] [--snapshot GZ]
// cases.json: [{"rekenhulp": ..., "invoer": {...}}, ...]; prints a JSON list of outputs.
// --stdlib: the standard library to start on (default: Pyodide's full one); --snapshot: start
// from the site's gzipped memory snapshot, as the browser's worker does (the wheel is then not
// installed: calc is already in the snapshot's heap).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { stdlib: { type: "string" }, snapshot: { type: "string" } },
});
const [wheelPath, casesPath] = positionals;
if (!wheelPath || !casesPath) {
  console.error("usage: node run_cases.mjs <wheel> <cases.json> [--stdlib ZIP] [--snapshot GZ]");
  process.exit(2);
}

const options = {
  indexURL: path.dirname(require.resolve("pyodide/package.json")) + path.sep,
  stdout: () => {},
  stderr: (line) => console.error(line),
};
if (values.stdlib) options.stdLibURL = path.resolve(values.stdlib);
if (values.snapshot) options._loadSnapshot = new Uint8Array(gunzipSync(await readFile(values.snapshot)));

const { loadPyodide } = await import(require.resolve("pyodide/pyodide.mjs"));
const pyodide = await loadPyodide(options);

if (!values.snapshot) {
  const wheel = await readFile(wheelPath);
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  pyodide.unpackArchive(new Uint8Array(wheel), "wheel", { extractDir: sitePackages });
}

pyodide.globals.set("cases_json", await readFile(casesPath, "utf-8"));
const output = pyodide.runPython(`
import json, sys
import calc
outputs = [json.loads(calc.run_json(c["rekenhulp"], json.dumps(c["invoer"])))
           for c in json.loads(cases_json)]
json.dumps({"python": sys.version, "outputs": outputs}, ensure_ascii=False)
`);
process.stdout.write(output);
