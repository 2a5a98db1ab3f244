// Browser glue of the calculators (rekenhulpen). One module for the whole site, loaded on every
// page; it mounts the calculators it finds through Material's `document$` (instant navigation
// swaps pages without reloading this module) and does nothing on other pages: no worker, no
// Pyodide file. One calculator is wired by calculator.mjs.

import { mount } from "./calculator.mjs";

function mountAll() {
  for (const root of document.querySelectorAll("[data-rekenhulp]:not([data-mounted])")) {
    root.dataset.mounted = "true";
    mount(root);
  }
}

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(() => mountAll());
} else {
  mountAll(); // without Material's instant navigation (or before it is there)
}
