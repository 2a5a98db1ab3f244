// The site's one global module (mkdocs.yml, extra_javascript), loaded on every page. Through
// Material's `document$` (instant navigation swaps pages without reloading this module) it looks
// for calculators on the page, and only where there is one does it import their glue
// (assets/rekenhulpen/calculator.mjs and its modules) and mount them: a text page loads no
// calculator code, no worker and no Pyodide file. It also registers the service worker (sw.js,
// offline use) and tells it what the reader has seen, and gives the navigation drawer a menu
// button that a keyboard can reach (menu.mjs).

const CALCULATORS = "../rekenhulpen/calculator.mjs";
const OFFLINE_BUTTON = "./offline.mjs";
const MENU_BUTTON = "./menu.mjs";
const STYLESHEET_WAIT_MS = 3000;
const PYTHON_WAIT_MS = 20_000; // a calculator page registers the service worker by then

// --- Offline use: the service worker (written by src/sitebuild/offline.py at the site's root) ---------

// The site's root, from this module's own address (assets/javascripts/site.mjs): right on a
// page at any depth, and when the site lives under a sub-path (a GitHub Pages project site).
const SITE = new URL("../../", import.meta.url);

// The registration once its worker is active; null where there is none (no support, blocked).
// Registered after the page has loaded, and on a calculator page once Python is ready (or
// PYTHON_WAIT_MS later): what it keeps on install never competes with the page or its Python.
const serviceWorker = new Promise((resolve) => {
  if (!("serviceWorker" in navigator)) {
    resolve(null);
    return;
  }
  const register = () =>
    navigator.serviceWorker
      .register(new URL("sw.js", SITE), { scope: SITE.href, updateViaCache: "none" })
      .then(() => navigator.serviceWorker.ready)
      .then(resolve, () => resolve(null));
  const loaded = () =>
    document.querySelector("[data-rekenhulp]")
      ? whenPythonIsReady(register, PYTHON_WAIT_MS)
      : register();
  if (document.readyState === "complete") loaded();
  else window.addEventListener("load", loaded, { once: true });
});

function tellServiceWorker(message) {
  serviceWorker.then((registration) => registration?.active?.postMessage(message));
}

// Python is ready on this page (runtime.mjs marks it): only then does the service worker keep
// the runtime for offline use, so that it never competes with the first answer. With
// `timeoutMs`, `callback` runs then at the latest (Python may fail to start).
function whenPythonIsReady(callback, timeoutMs = 0) {
  if (window.__rekenhulp?.state === "ready") {
    callback();
    return;
  }
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    observer.disconnect();
    callback();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName("rekenhulp:ready").length > 0) once();
  });
  observer.observe({ type: "mark", buffered: true });
  if (timeoutMs) setTimeout(once, timeoutMs);
}

function offline() {
  // The page read (kept by the service worker if it did not see it load: the first visit).
  tellServiceWorker({ type: "page", url: location.href });
  const block = document.querySelector("[data-offline-opslaan]:not([data-mounted])");
  if (block) {
    block.dataset.mounted = "true";
    import(OFFLINE_BUTTON).then(
      ({ mount }) => mount(block, serviceWorker),
      () => delete block.dataset.mounted,
    );
  }
}

// Python's state as the tests and the bench read it: until a calculator page loads the runtime
// (runtime.mjs, which replaces this), no worker has been created.
window.__rekenhulp ??= { state: "idle", created: 0 };

let glue = null; // the import of calculator.mjs, once per visit

// The calculators' stylesheet is in the head of calculator pages only (src/sitebuild/calculators.py).
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
      // A calculator page was shown: keep every calculator for offline use.
      whenPythonIsReady(() => tellServiceWorker({ type: "runtime" }));
    },
    () => {
      // Not loaded (offline?): the page stays as it is; the next page tries again.
      glue = null;
      for (const root of roots) delete root.dataset.mounted;
    },
  );
}

// Imported, not a static import: the calculators' glue need not wait for it.
function menuButton() {
  import(MENU_BUTTON).then(
    ({ mountMenuButton }) => mountMenuButton(),
    () => {}, // not loaded (offline?): Material's menu label still opens the drawer
  );
}

function onPage() {
  menuButton();
  mountCalculators();
  offline();
}

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(() => onPage());
} else {
  onPage(); // without Material's instant navigation (or before it is there)
}
