// Run calc.run for every case inside real Pyodide under Node, offline, without micropip.
// Usage: node tests/pyodide/run_cases.mjs <calc wheel> <cases.json>
// cases.json: [{"rekenhulp": ..., "invoer": {...}}, ...]; prints a JSON list of outputs.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const [wheelPath, casesPath] = process.argv.slice(2);
if (!wheelPath || !casesPath) {
  console.error("usage: node run_cases.mjs <wheel> <cases.json>");
  process.exit(2);
}

const { loadPyodide } = await import(require.resolve("pyodide/pyodide.mjs"));
const pyodide = await loadPyodide({
  indexURL: path.dirname(require.resolve("pyodide/package.json")) + path.sep,
  stdout: () => {},
  stderr: (line) => console.error(line),
});

const wheel = await readFile(wheelPath);
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
pyodide.unpackArchive(new Uint8Array(wheel), "wheel", { extractDir: sitePackages });

pyodide.globals.set("cases_json", await readFile(casesPath, "utf-8"));
const output = pyodide.runPython(`
import json, sys
import calc
outputs = [json.loads(calc.run_json(c["rekenhulp"], json.dumps(c["invoer"])))
           for c in json.loads(cases_json)]
json.dumps({"python": sys.version, "outputs": outputs}, ensure_ascii=False)
`);
process.stdout.write(output);
