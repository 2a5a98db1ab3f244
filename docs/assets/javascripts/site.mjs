// The site's one global module (mkdocs.yml, extra_javascript), loaded on every page. Through
// Material's `document$` (instant navigation swaps pages without reloading this module) it looks
// for calculators on the page, and only where there is one does it import their glue
// (assets/rekenhulpen/calculator.mjs and its modules) and mount them: a text page loads no
// calculator code, no worker and no Pyodide file.

const CALCULATORS = "../rekenhulpen/calculator.mjs";
const STYLESHEET_WAIT_MS = 3000;

// Python's state as the tests and the bench read it: until a calculator page loads the runtime
// (runtime.mjs, which replaces this), no worker has been created.
window.__rekenhulp ??= { state: "idle", created: 0 };

let glue = null; // the import of calculator.mjs, once per visit

// The calculators' stylesheet is in the head of calculator pages only (hooks/rekenhulpen.py).
// After instant navigation Material has only just added it: mount once it applies.
function stylesheet() {
  const link = document.getElementById("rekenhulp-style");
  if (!link || link.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener("load", resolve, { once: true });
    link.addEventListener("error", resolve, { once: true });
    setTimeout(resolve, STYLESHEET_WAIT_MS); // never keep a calculator from mounting
  });
}

function mountCalculators() {
  const roots = [...document.querySelectorAll("[data-rekenhulp]:not([data-mounted])")];
  if (roots.length === 0) return;
  for (const root of roots) root.dataset.mounted = "true";
  glue ??= import(CALCULATORS);
  Promise.all([glue, stylesheet()]).then(
    ([{ mount }]) => {
      for (const root of roots) if (root.isConnected) mount(root);
    },
    () => {
      // Not loaded (offline?): the page stays as it is; the next page tries again.
      glue = null;
      for (const root of roots) delete root.dataset.mounted;
    },
  );
}

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(() => mountCalculators());
} else {
  mountCalculators(); // without Material's instant navigation (or before it is there)
}
