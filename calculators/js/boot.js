// Starts the calculators' Python worker from the top of a calculator page's head.
//
// A small classic script, not a module: it runs as soon as it arrives, before Material's
// bundle (a parser-blocking script of ~140 ms) takes the main thread, so Pyodide's files load
// and compile while the page itself is still being built. runtime.mjs adopts this worker
// (window.__rekenhulpEarly) with the messages it sent in the meantime; on pages reached by
// instant navigation there is no such script and runtime.mjs starts the worker itself.
(function () {
  "use strict";
  var tag = document.currentScript;
  if (!tag || window.__rekenhulpEarly) return;
  if (typeof Worker !== "function" || typeof WebAssembly !== "object") return;
  var absolute = function (url) {
    return new URL(url, location.href).href;
  };
  // As configFrom() and workerUrl() in runtime.mjs (this script cannot import them).
  var config = { worker: absolute(tag.dataset.worker) };
  var url = new URL(config.worker);
  ["pyodide", "wheel", "stdlib", "snapshot"].forEach(function (key) {
    config[key] = tag.dataset[key] ? absolute(tag.dataset[key]) : "";
    url.searchParams.set(key, config[key]);
  });
  var early = { config: config, worker: null, adopted: false, messages: [], errors: [] };
  try {
    early.worker = new Worker(url, { type: "module" });
  } catch (error) {
    return; // runtime.mjs tries again and says so if it fails
  }
  performance.mark("rekenhulp:worker-created");
  early.worker.addEventListener("message", function (event) {
    if (!early.adopted) early.messages.push(event);
  });
  early.worker.addEventListener("error", function (event) {
    if (early.adopted) return;
    event.preventDefault(); // reported by runtime.mjs once it adopts the worker
    early.errors.push(event);
  });
  window.__rekenhulpEarly = early;
})();
