// Browser glue of the calculators (rekenhulpen). One module for the whole site, loaded on every
// page; it mounts the calculators it finds through Material's `document$` (instant navigation
// swaps pages without reloading this module) and does nothing on other pages: no worker, no
// Pyodide file. Python runs in ONE module worker (worker.mjs) kept by runtime.mjs, whose state
// survives instant navigation. The glue only routes: form fields in, `calc.run_json` out; the
// rules, the numbers and the steps come from Python.

import { callPython, retry, runtime, startWorker } from "./runtime.mjs";

const DEBOUNCE_MS = 150;
const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
  "september", "oktober", "november", "december"];

// --- Formatting -------------------------------------------------------------------------------

function formatDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!match) return String(iso);
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

function groupThousands(n) {
  const sign = n < 0 ? "-" : "";
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function formatValue(kind, value, words) {
  if (value === null || value === undefined) return "Niet van toepassing";
  switch (kind) {
    case "date":
      return formatDate(value);
    case "money":
      return `€\u00a0${groupThousands(value)}`;
    case "bool":
      return value ? "Ja" : "Nee";
    case "days":
      if (value < 0) return `${groupThousands(-value)} dagen geleden verstreken`;
      return value === 1 ? "1 dag" : `${groupThousands(value)} dagen`;
    case "count":
      return groupThousands(value);
    case "year":
      return String(value);
    case "years":
      return value === 1 ? "1 jaar" : `${value} jaar`;
    case "words":
      return (words && words[value]) || String(value).replaceAll("_", " ");
    default:
      if (typeof value === "boolean") return value ? "Ja" : "Nee";
      if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
      return typeof value === "object" ? JSON.stringify(value) : String(value);
  }
}

function fillValue(element, kind, value, words) {
  if (kind === "list" || Array.isArray(value)) {
    const list = document.createElement("ul");
    for (const item of value || []) {
      const li = document.createElement("li");
      li.textContent = typeof item === "object" ? item.text ?? JSON.stringify(item) : String(item);
      list.append(li);
    }
    element.replaceChildren(list);
  } else {
    element.textContent = formatValue(kind, value, words);
  }
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

// Typed dates: ISO (2016-03-01) as is; Dutch order (1-3-2016, 1/3/2016, 1.3.2016) to ISO.
// Anything else goes to Python as typed, which answers with a Dutch message.
function normaliseDate(text) {
  let m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  return text;
}

function download(filename, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// --- One mounted calculator -------------------------------------------------------------------

/** "€ 18.960" never breaks between the sign and the amount. */
function keepAmountsTogether(text) {
  return String(text).replace(/€ (?=\d)/g, "€\u00a0");
}

class Calculator {
  constructor(root) {
    this.root = root;
    this.name = root.dataset.rekenhulp;
    this.q = (selector) => root.querySelector(selector);
    this.form = this.q("[data-form]");
    this.rows = this.q("[data-rows]");
    this.regimes = JSON.parse(root.dataset.regimes || "{}");
    this.base = new URL(root.dataset.base, location.href);
    this.seq = 0;
    this.timer = 0;
    this.submitted = false;
    this.touched = new Set();
    this.last = null; // {inputs, response}
    this.firstResult = true;
    this.fieldNames = [...new Set([...this.form.elements].map((e) => e.name).filter(Boolean))];
    if (this.rows) {
      this.rowTemplate = this.q("[data-row]").cloneNode(true);
    }
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
    this.q("[data-print]").addEventListener("click", () => window.print());
    this.q("[data-ics]")?.addEventListener("click", () => this.downloadIcs());
    this.q("[data-csv]")?.addEventListener("click", () => this.downloadCsv());
    this.q("[data-summary-list]").addEventListener("click", (event) => {
      const link = event.target.closest("a[href^='#']");
      if (!link) return;
      const target = document.getElementById(link.hash.slice(1));
      if (target) {
        // Handle the jump here, not in Material's instant navigation (which would move the
        // focus away from the field again).
        event.preventDefault();
        event.stopPropagation();
        target.focus();
        target.scrollIntoView({ block: "center" });
      }
    });
    if (this.rows) {
      this.q("[data-add-row]").addEventListener("click", () => {
        const row = this.addRow();
        const previous = row.previousElementSibling?.querySelector("[name='jaar']");
        const year = Number.parseInt(previous?.value, 10);
        if (Number.isFinite(year)) row.querySelector("[name='jaar']").value = String(year + 1);
        row.querySelector("input").focus();
        this.schedule();
      });
      this.rows.addEventListener("click", (event) => {
        const button = event.target.closest("[data-remove-row]");
        if (!button) return;
        button.closest("[data-row]").remove();
        this.renumberRows();
        this.q("[data-add-row]").focus();
        this.schedule();
      });
    }
    runtime.views.add(this);
    this.fillFromUrl();
    startWorker({
      worker: new URL(this.root.dataset.worker, location.href).href,
      pyodide: new URL(this.root.dataset.pyodide, location.href).href,
      wheel: new URL(this.root.dataset.wheel, location.href).href,
    });
    this.onState();
    if (this.hasInput()) this.compute("url");
  }

  // Status of the runtime, as the reader sees it.
  onState() {
    const status = this.q("[data-status]");
    const failed = this.q("[data-failed]");
    const loading = this.q("[data-loading]");
    failed.hidden = runtime.state !== "failed";
    if (runtime.state === "failed") {
      this.q("[data-failed-reason]").textContent = runtime.reason;
      loading.textContent = "";
      status.classList.remove("rekenhulp__status--ready");
    } else if (runtime.state === "ready") {
      loading.textContent = "De rekenhulp is klaar voor gebruik.";
      status.classList.add("rekenhulp__status--ready");
      for (const call of runtime.pending.values()) call.arm?.();
      if (this.pendingCompute) {
        this.pendingCompute = false;
        this.compute(this.submitted ? "url" : "live");
      }
    } else {
      loading.textContent = runtime.slow
        ? "Rekenhulp wordt geladen… Dit duurt langer dan gewoonlijk."
        : "Rekenhulp wordt geladen…";
      status.classList.remove("rekenhulp__status--ready");
    }
  }

  // --- rows (financiering) ---

  addRow() {
    const row = this.rowTemplate.cloneNode(true);
    for (const input of row.querySelectorAll("input, select")) input.value = "";
    this.rows.append(row);
    this.renumberRows();
    return row;
  }

  renumberRows() {
    const rows = [...this.rows.querySelectorAll("[data-row]")];
    rows.forEach((row, index) => {
      row.querySelector("[data-row-number]").textContent = String(index + 1);
      const remove = row.querySelector("[data-remove-row]");
      remove.hidden = rows.length === 1;
      remove.textContent = `Verwijder jaar ${index + 1}`;
      for (const element of row.querySelectorAll("[id]")) {
        element.id = element.id.replace(/^(rh-[a-z]+-)\d+-/, `$1${index}-`);
      }
      for (const element of row.querySelectorAll("[for], [aria-describedby]")) {
        if (element.htmlFor) element.htmlFor = element.htmlFor.replace(/^(rh-[a-z]+-)\d+-/, `$1${index}-`);
        const described = element.getAttribute("aria-describedby");
        if (described) {
          element.setAttribute("aria-describedby",
            described.replace(/(rh-[a-z]+-)\d+-/g, `$1${index}-`));
        }
      }
    });
  }

  // --- inputs ---

  controls(scope = this.form) {
    return [...scope.querySelectorAll("input[name], select[name]")];
  }

  hasInput() {
    return this.controls().some((c) => c.type !== "checkbox" && c.value.trim() !== "");
  }

  static value(control) {
    if (control.type === "checkbox") return control.checked;
    const text = control.value.trim();
    if (text === "") return undefined;
    if (control.dataset.kind === "int") return /^-?\d+$/.test(text) ? Number.parseInt(text, 10) : text;
    if (control.dataset.kind === "date") return normaliseDate(text);
    return text;
  }

  inputs() {
    const collect = (scope) => {
      const values = {};
      for (const control of this.controls(scope)) {
        const value = Calculator.value(control);
        if (value !== undefined) values[control.name] = value;
      }
      return values;
    };
    if (!this.rows) return collect(this.form);
    return { jaren: [...this.rows.querySelectorAll("[data-row]")].map(collect) };
  }

  // Only the calculator's inputs go in the address, under their own names.
  updateUrl() {
    const params = new URLSearchParams();
    if (this.rows) {
      for (const row of this.rows.querySelectorAll("[data-row]")) {
        for (const control of this.controls(row)) params.append(control.name, control.value.trim());
      }
      if ([...params.values()].every((v) => v === "")) params.forEach((_, k) => params.delete(k));
    } else {
      for (const control of this.controls()) {
        if (control.type === "checkbox") {
          if (String(control.checked) !== control.dataset.default) params.set(control.name, String(control.checked));
        } else if (control.value.trim() !== "") {
          params.set(control.name, control.value.trim());
        }
      }
    }
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      history.replaceState(history.state, "", url);
    }
  }

  fillFromUrl() {
    const params = new URLSearchParams(location.search);
    const names = this.fieldNames.filter((name) => params.has(name));
    if (names.length === 0) return;
    const set = (control, value) => {
      if (control.type === "checkbox") control.checked = ["true", "on", "ja", "1"].includes(value.toLowerCase());
      else control.value = value;
    };
    if (this.rows) {
      const count = Math.max(...names.map((name) => params.getAll(name).length));
      while (this.rows.querySelectorAll("[data-row]").length < count) this.addRow();
      [...this.rows.querySelectorAll("[data-row]")].forEach((row, index) => {
        for (const control of this.controls(row)) {
          const value = params.getAll(control.name)[index];
          if (value !== undefined) set(control, value);
        }
      });
    } else {
      for (const control of this.controls()) {
        if (params.has(control.name)) set(control, params.get(control.name));
      }
    }
    this.submitted = true; // a shared address shows its errors at once
  }

  // --- computing ---

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.compute("live"), DEBOUNCE_MS);
  }

  async compute(mode) {
    clearTimeout(this.timer);
    this.updateUrl();
    const seq = ++this.seq;
    if (!this.hasInput() && mode === "live" && !this.submitted) {
      this.showEmpty();
      return;
    }
    const inputs = this.inputs();
    if (runtime.state !== "ready" && runtime.state !== "booting") {
      this.pendingCompute = true;
      return;
    }
    const started = performance.now();
    let response;
    try {
      response = JSON.parse(await callPython("run_json", [this.name, JSON.stringify(inputs)]));
    } catch (error) {
      if (runtime.state === "failed") {
        this.pendingCompute = true; // recomputed after "Opnieuw proberen"
        return;
      }
      if (seq === this.seq) this.showBroken();
      return;
    }
    if (seq !== this.seq) return; // a newer question is on its way
    if (response.ok) this.showResult(inputs, response);
    else this.showErrors(response.errors || [], mode);
    performance.measure("rekenhulp:compute", { start: started, end: performance.now() });
    if (this.firstResult) {
      this.firstResult = false;
      performance.mark("rekenhulp:first-result");
    }
  }

  // --- showing ---

  setTools(enabled) {
    for (const button of this.root.querySelectorAll("[data-ics], [data-csv]")) button.disabled = !enabled;
  }

  showEmpty() {
    this.last = null;
    this.clearErrors();
    this.q("[data-empty]").hidden = false;
    this.q("[data-stale]").hidden = true;
    this.q("[data-answer]").hidden = true;
    this.q("[data-explanation]").hidden = true;
    this.q("[data-calculated]").hidden = true;
    this.setTools(false);
  }

  showBroken() {
    this.showEmpty();
    this.q("[data-empty]").hidden = true;
    const stale = this.q("[data-stale]");
    stale.hidden = false;
    stale.textContent = "Er ging iets mis bij het rekenen. Probeer het opnieuw of laad de pagina opnieuw.";
  }

  resolveHref(href) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href; // external: as is
    const [path, hash] = href.split("#");
    let page = path.replace(/^\/+/, "");
    if (page.endsWith("index.md")) page = page.slice(0, -"index.md".length);
    else if (page.endsWith(".md")) page = `${page.slice(0, -3)}/`;
    const url = new URL(page, this.base);
    if (hash) url.hash = hash;
    return url.href;
  }

  sourceNode(source) {
    if (!source) return null;
    const span = document.createElement("span");
    span.className = "rekenhulp__source";
    span.append(" (Bron: ");
    if (source.href) {
      const a = document.createElement("a");
      a.href = this.resolveHref(source.href);
      a.textContent = source.label || source.href;
      span.append(a);
    } else {
      span.append(source.label || "");
    }
    span.append(")");
    return span;
  }

  showResult(inputs, response) {
    this.last = { inputs, response };
    this.clearErrors();
    const result = response.result || {};
    this.q("[data-empty]").hidden = true;
    this.q("[data-stale]").hidden = true;
    this.q("[data-regime]").textContent = this.regimes[response.regime] || response.regime || "";
    if (this.rows) this.fillTable(inputs, result);
    else this.fillOutputs(result);
    this.q("[data-answer]").hidden = false;

    const steps = this.q("[data-steps]");
    steps.replaceChildren(...(response.steps || []).map((step) => {
      const li = document.createElement("li");
      li.append(keepAmountsTogether(typeof step === "string" ? step : step.text));
      const source = this.sourceNode(step.source);
      if (source) li.append(source);
      return li;
    }));
    const warnings = response.warnings || [];
    this.q("[data-warnings]").replaceChildren(...warnings.map((warning) => {
      const li = document.createElement("li");
      li.append(keepAmountsTogether(typeof warning === "string" ? warning : warning.text));
      const source = this.sourceNode(warning.source);
      if (source) li.append(source);
      return li;
    }));
    this.q("[data-warnings-block]").hidden = warnings.length === 0;
    this.q("[data-explanation]").hidden = false;
    const calculated = this.q("[data-calculated]");
    calculated.textContent = `Berekend op ${formatDate(today())} met de rekenhulp op ${location.href}`;
    calculated.hidden = false;
    this.setTools(true);
  }

  fillOutputs(result) {
    const list = this.q("[data-outputs]");
    for (const [key, value] of Object.entries(result)) {
      let element = list.querySelector(`[data-result="${CSS.escape(key)}"]`);
      if (!element) {
        // A key the page does not describe (yet): shown rather than dropped.
        const wrapper = document.createElement("div");
        wrapper.dataset.output = key;
        const dt = document.createElement("dt");
        dt.textContent = key.replaceAll("_", " ");
        element = document.createElement("dd");
        element.dataset.result = key;
        wrapper.append(dt, element);
        list.append(wrapper);
      }
      const words = element.dataset.words ? JSON.parse(element.dataset.words) : null;
      fillValue(element, element.dataset.kind, value, words);
      element.closest("[data-output]").hidden = false;
    }
    for (const element of list.querySelectorAll("[data-result]")) {
      if (!(element.dataset.result in result)) element.closest("[data-output]").hidden = true;
    }
  }

  yearBlocks(result) {
    return Array.isArray(result.jaren) ? result.jaren : [result];
  }

  fillTable(inputs, result) {
    const columns = [...this.root.querySelectorAll("thead [data-col]")].map((th) => ({
      key: th.dataset.col,
      kind: th.dataset.kind,
      words: th.dataset.words ? JSON.parse(th.dataset.words) : null,
    }));
    const body = this.q("[data-table-body]");
    body.replaceChildren(...this.yearBlocks(result).map((block, index) => {
      const tr = document.createElement("tr");
      tr.dataset.year = String(index);
      columns.forEach(({ key, kind, words }, column) => {
        const cell = document.createElement(column === 0 ? "th" : "td");
        if (column === 0) cell.scope = "row";
        cell.dataset.result = key;
        const value = key === "jaar" ? block.jaar ?? inputs.jaren?.[index]?.jaar : block[key];
        cell.textContent = formatValue(kind, value, words);
        tr.append(cell);
      });
      return tr;
    }));
    const totals = Array.isArray(result.jaren) ? result : {};
    for (const cell of this.root.querySelectorAll("tfoot [data-result]")) {
      const value = totals[cell.dataset.result];
      cell.textContent = value === undefined ? "" : formatValue(cell.dataset.kind, value);
    }
  }

  // --- errors ---

  fieldFor(name) {
    const row = /^jaren\W+(\d+)\W+(\w+)$/.exec(name);
    if (row && this.rows) {
      const rowElement = this.rows.querySelectorAll("[data-row]")[Number(row[1])];
      return rowElement?.querySelector(`[name="${CSS.escape(row[2])}"]`) || null;
    }
    return this.form.querySelector(`[name="${CSS.escape(name)}"]`);
  }

  clearErrors(keep = new Set()) {
    for (const control of this.controls()) {
      if (keep.has(control)) continue;
      control.removeAttribute("aria-invalid");
      const wrapper = control.closest("[data-field]");
      wrapper.classList.remove("rekenhulp__field--error");
      const message = wrapper.querySelector(".rekenhulp__error");
      message.hidden = true;
      message.textContent = "";
      const described = (control.getAttribute("aria-describedby") || "").split(" ")
        .filter((id) => id && id !== message.id);
      if (described.length) control.setAttribute("aria-describedby", described.join(" "));
      else control.removeAttribute("aria-describedby");
    }
    if (keep.size === 0) this.q("[data-summary]").hidden = true;
  }

  showErrors(errors, mode) {
    this.last = null;
    this.setTools(false);
    const visible = errors.map((error) => ({ ...error, control: this.fieldFor(error.field) }))
      .filter((error) => this.submitted || mode !== "live" || (error.control && this.touched.has(error.control.id)));
    const marked = new Set(visible.map((error) => error.control).filter(Boolean));
    this.clearErrors(marked);
    for (const { control, message } of visible) {
      if (!control) continue;
      const wrapper = control.closest("[data-field]");
      wrapper.classList.add("rekenhulp__field--error");
      const element = wrapper.querySelector(".rekenhulp__error");
      element.textContent = message;
      element.hidden = false;
      control.setAttribute("aria-invalid", "true");
      const described = (control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      if (!described.includes(element.id)) control.setAttribute("aria-describedby", [element.id, ...described].join(" "));
    }
    const summary = this.q("[data-summary]");
    if (this.submitted || mode !== "live") {
      this.q("[data-summary-list]").replaceChildren(...visible.map(({ control, message }) => {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = `#${control ? control.id : this.form.id || this.root.id}`;
        a.textContent = message;
        li.append(a);
        return li;
      }));
      summary.hidden = visible.length === 0;
      if (mode === "submit" && visible.length) summary.focus();
    }
    this.q("[data-answer]").hidden = true;
    this.q("[data-explanation]").hidden = true;
    this.q("[data-calculated]").hidden = true;
    // Errors not shown yet (fields still being typed): the neutral "fill in" text.
    this.q("[data-empty]").hidden = visible.length > 0;
    const stale = this.q("[data-stale]");
    stale.textContent = "Verbeter de invoer om een uitkomst te zien.";
    stale.hidden = visible.length === 0;
  }

  // --- downloads ---

  async downloadIcs() {
    if (!this.last) return;
    try {
      const text = await callPython("ics_json", [JSON.stringify(this.last.response), this.base.href]);
      download("inburgering-termijnen.ics", "text/calendar;charset=utf-8", text);
    } catch {
      this.showBroken();
    }
  }

  downloadCsv() {
    if (!this.last) return;
    const headers = [...this.root.querySelectorAll("thead [data-col]")]
      .filter((th) => th.dataset.kind === "money" || th.dataset.col === "jaar");
    const inputLabels = [...this.rowTemplate.querySelectorAll("[data-field]")].slice(1).map((field) => ({
      name: field.dataset.field,
      label: field.querySelector("label").childNodes[0].textContent.trim(),
    }));
    const { inputs, response } = this.last;
    const result = response.result || {};
    const quote = (value) => (/[;"\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value));
    const lines = [[headers[0].textContent, ...inputLabels.map((f) => f.label),
      ...headers.slice(1).map((th) => `${th.textContent} (EUR)`)]];
    this.yearBlocks(result).forEach((block, index) => {
      const given = inputs.jaren?.[index] || {};
      lines.push([block.jaar ?? given.jaar ?? "", ...inputLabels.map((f) => given[f.name] ?? ""),
        ...headers.slice(1).map((th) => block[th.dataset.col] ?? "")]);
    });
    if (Array.isArray(result.jaren)) {
      lines.push(["Alle jaren", ...inputLabels.map(() => ""),
        ...headers.slice(1).map((th) => result[th.dataset.col] ?? "")]);
    }
    const text = `\ufeff${lines.map((line) => line.map(quote).join(";")).join("\r\n")}\r\n`;
    download("financiering-inburgering.csv", "text/csv;charset=utf-8", text);
  }
}

// --- Mounting, on every page Material shows ----------------------------------------------------

function mountAll() {
  for (const root of document.querySelectorAll("[data-rekenhulp]:not([data-mounted])")) {
    root.dataset.mounted = "true";
    new Calculator(root).mount();
  }
}

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(() => mountAll());
} else {
  mountAll(); // without Material's instant navigation (or before it is there)
}
