// One calculator on a page, imported by the site's module (assets/javascripts/site.mjs) only on
// pages that have one. It wires the parts, each in its own module: the fields and the address
// (fields.mjs, rows.mjs; wet.mjs shows the fields of the law that applies), Python in the worker
// (runtime.mjs), the answer (results.mjs, status.mjs), the errors (errors.mjs) and the exports
// (exports.mjs). The glue only routes:
// form fields in, `calc.run_json` out; the rules, the numbers and the steps come from Python.

import { clearErrors, showErrors, wireSummary } from "./errors.mjs";
import { wireExports } from "./exports.mjs";
import { hasInput, onAddressChange, readInputs, readUrl, writeUrl } from "./fields.mjs";
import { focusResult, showBroken, showEmpty, showInvalid, showResult } from "./results.mjs";
import { Rows } from "./rows.mjs";
import { callPython, configFrom, retry, runtime, startWorker } from "./runtime.mjs";
import { wireShare } from "./share.mjs";
import { showStatus } from "./status.mjs";
import { wireWet } from "./wet.mjs";

const DEBOUNCE_MS = 150;

class Calculator {
  constructor(root) {
    this.root = root;
    this.name = root.dataset.rekenhulp;
    this.q = (selector) => root.querySelector(selector);
    this.form = this.q("[data-form]");
    const rows = this.q("[data-rows]");
    this.rows = rows ? new Rows(rows) : null;
    this.regimes = JSON.parse(root.dataset.regimes || "{}");
    this.base = new URL(root.dataset.base, location.href);
    this.seq = 0; // the latest question; older answers are dropped
    this.timer = 0;
    this.submitted = false; // asked for an answer (or a shared address): show every error
    this.touched = new Set(); // ids of the fields the reader has left
    this.last = null; // the answer shown: {inputs, response}
    this.pendingCompute = false; // asked before Python was there: compute once it is
    this.firstResult = true;
  }

  mount() {
    this.q(".rekenhulp__body").hidden = false;
    this.form.addEventListener("input", () => this.schedule());
    this.form.addEventListener("change", (event) => {
      if (event.target.name) this.touched.add(event.target.id);
      this.schedule();
    });
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.submitted = true;
      this.compute("submit");
    });
    this.q("[data-retry]").addEventListener("click", () => retry());
    wireExports(this);
    wireSummary(this);
    this.rows?.wire(this.q("[data-add-row]"), () => this.schedule());
    runtime.views.add(this);
    if (readUrl(this.form, this.rows)) this.submitted = true; // a shared address: errors at once
    writeUrl(this.form, this.rows); // an old ?… address: its inputs move to the fragment at once
    onAddressChange(this.form, () => this.openShared());
    wireShare(this);
    wireWet(this.root, this.form);
    startWorker(configFrom(this.root.dataset));
    this.onState();
    if (hasInput(this.form)) this.compute("url");
  }

  /** A shared address opened while the page is open: that calculation, as on a page load. */
  openShared() {
    readUrl(this.form, this.rows);
    this.submitted = true;
    this.form.dispatchEvent(new Event("change")); // wet.mjs shows the fields of its law
    this.compute("url");
  }

  /** Called by runtime.mjs whenever Python's state changes. */
  onState() {
    showStatus(this, runtime);
    if (runtime.state === "ready" && this.pendingCompute) {
      this.pendingCompute = false;
      this.compute(this.submitted ? "url" : "live");
    }
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.compute("live"), DEBOUNCE_MS);
  }

  /** Asks Python for an answer; `mode` is "live" (typing), "submit" or "url" (shared address). */
  async compute(mode) {
    clearTimeout(this.timer);
    writeUrl(this.form, this.rows);
    const seq = ++this.seq;
    if (!hasInput(this.form) && mode === "live" && !this.submitted) {
      this.empty();
      return;
    }
    const inputs = readInputs(this.form, this.rows);
    if (runtime.state !== "ready" && runtime.state !== "booting") {
      this.pendingCompute = true;
      return;
    }
    const started = performance.now();
    let response;
    try {
      response = JSON.parse(await callPython("run_json", [this.name, JSON.stringify(inputs)]));
    } catch {
      if (runtime.state === "failed") {
        this.pendingCompute = true; // recomputed after "Opnieuw proberen"
        return;
      }
      if (seq === this.seq) this.broken();
      return;
    }
    if (seq !== this.seq) return; // a newer question is on its way
    this.show(inputs, response, mode);
    performance.measure("rekenhulp:compute", { start: started, end: performance.now() });
    if (this.firstResult) {
      this.firstResult = false;
      performance.mark("rekenhulp:first-result");
    }
  }

  show(inputs, response, mode) {
    if (response.ok) {
      this.last = { inputs, response };
      clearErrors(this);
      showResult(this, inputs, response);
      if (mode === "submit") focusResult(this); // after "Bereken" only, not while typing
    } else {
      this.last = null;
      const options = { mode, submitted: this.submitted, touched: this.touched };
      showInvalid(this, showErrors(this, response.errors || [], options));
    }
  }

  empty() {
    this.last = null;
    clearErrors(this);
    showEmpty(this);
  }

  /** Python did not answer. */
  broken() {
    this.empty();
    showBroken(this);
  }
}

/** Mounts the calculator whose markup (calculators/templates/rekenhulp.html) is `root`; the
 * caseload (calculators/templates/caseload.html) has its own module. */
export function mount(root) {
  if (root.dataset.rekenhulp === "caseload") {
    import("./caseload.mjs").then(({ mountCaseload }) => mountCaseload(root));
    return;
  }
  new Calculator(root).mount();
}
