// The answer as the reader sees it: the result fields (or the table of years), the law that
// applies, the steps of "Hoe is dit berekend?" each with its source, and the warnings. Also the
// empty, invalid and broken states of the answer. `c` is the mounted calculator
// (calculator.mjs): its root, rows, base URL of the site and the words for the regimes.

import { formatDate, formatValue, keepAmountsTogether, today } from "./format.mjs";
import { fillTimeline } from "./timeline.mjs";

function hide(c, ...selectors) {
  for (const selector of selectors) c.q(selector).hidden = true;
}

/** The export buttons (.ics, CSV) work only while an answer is shown; a new state of the
 * answer clears what the last export said. */
export function setTools(c, enabled) {
  for (const button of c.root.querySelectorAll("[data-ics], [data-csv]")) button.disabled = !enabled;
  const status = c.q("[data-ics-status]");
  if (status) status.textContent = "";
}

/**
 * After "Bereken": the focus moves to the result's heading (tabindex="-1"), as GOV.UK does, and
 * the result is scrolled into view below Material's fixed header, unless all of it is in view.
 * Not while the reader types, nor on opening a shared address (calculator.mjs decides).
 */
export function focusResult(c) {
  const section = c.q(".rekenhulp__result");
  const heading = section?.querySelector("h2");
  if (!heading) return;
  heading.focus({ preventScroll: true });
  const header = document.querySelector(".md-header")?.getBoundingClientRect().bottom ?? 0;
  const top = Math.max(header, 0);
  const box = section.getBoundingClientRect();
  if (box.top >= top && box.bottom <= innerHeight) return;
  const y = heading.getBoundingClientRect().top - top - 8;
  window.scrollBy({ top: y, behavior: "instant" });
}

export function showEmpty(c) {
  c.q("[data-empty]").hidden = false;
  hide(c, "[data-stale]", "[data-answer]", "[data-explanation]", "[data-calculated]");
  setTools(c, false);
}

/** After showEmpty: the worker did not answer. */
export function showBroken(c) {
  c.q("[data-empty]").hidden = true;
  const stale = c.q("[data-stale]");
  stale.hidden = false;
  stale.textContent = "Er ging iets mis bij het rekenen. Probeer het opnieuw of laad de pagina opnieuw.";
}

/** The input has errors, `shown` of them on the page (errors.mjs): no answer. */
export function showInvalid(c, shown) {
  setTools(c, false);
  hide(c, "[data-answer]", "[data-explanation]", "[data-calculated]");
  // Errors not shown yet (fields still being typed): the neutral "fill in" text.
  c.q("[data-empty]").hidden = shown > 0;
  const stale = c.q("[data-stale]");
  stale.textContent = "Verbeter de invoer om een uitkomst te zien.";
  stale.hidden = shown === 0;
}

// A source of the site is written as its Markdown path ("deel-2/duo-lening.md#anchor"): the
// page's address relative to the site's base. Other addresses stay as they are.
function resolveHref(base, href) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  const [path, hash] = href.split("#");
  let page = path.replace(/^\/+/, "");
  if (page.endsWith("index.md")) page = page.slice(0, -"index.md".length);
  else if (page.endsWith(".md")) page = `${page.slice(0, -3)}/`;
  const url = new URL(page, base);
  if (hash) url.hash = hash;
  return url.href;
}

/** Steps and warnings: a text, or {text, source: {label, href}}, as list items. */
function explained(items, base) {
  return items.map((item) => {
    const li = document.createElement("li");
    li.append(keepAmountsTogether(typeof item === "string" ? item : item.text));
    const source = item.source;
    if (source) {
      const span = document.createElement("span");
      span.className = "rekenhulp__source";
      span.append(" (Bron: ");
      if (source.href) {
        const a = document.createElement("a");
        a.href = resolveHref(base, source.href);
        a.textContent = source.label || source.href;
        span.append(a);
      } else {
        span.append(source.label || "");
      }
      span.append(")");
      li.append(span);
    }
    return li;
  });
}

export function showResult(c, inputs, response) {
  const result = response.result || {};
  hide(c, "[data-empty]", "[data-stale]");
  // A table whose years fall under different laws names no one law above it.
  const laws = new Set(c.rows ? yearBlocks(result).map((block) => block.regime).filter(Boolean) : []);
  c.q("[data-regime]").textContent = laws.size > 1
    ? "Verschilt per jaar: zie de kolom ‘Wet’"
    : c.regimes[response.regime] || response.regime || "";
  if (c.rows) fillTable(c, inputs, result);
  else fillOutputs(c, result, response.regime, response.unknown || {});
  c.q("[data-answer]").hidden = false;
  c.q("[data-steps]").replaceChildren(...explained(response.steps || [], c.base));
  const warnings = response.warnings || [];
  c.q("[data-warnings]").replaceChildren(...explained(warnings, c.base));
  c.q("[data-warnings-block]").hidden = warnings.length === 0;
  c.q("[data-explanation]").hidden = false;
  const calculated = c.q("[data-calculated]");
  calculated.textContent = `Berekend op ${formatDate(today())} met de rekenhulp op ${location.href}`;
  calculated.hidden = false;
  setTools(c, true);
}

function fillValue(element, kind, value, words, result) {
  if (kind === "timeline") {
    fillTimeline(element, value, result.peildatum);
  } else if (kind === "list" || Array.isArray(value)) {
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

/** The visible label of field `name`, as the reader sees it ("Datum van het PIP"). */
function fieldLabel(c, name) {
  const field = c.root.querySelector(`[name="${CSS.escape(name)}"]`);
  const label = field?.id ? c.root.querySelector(`label[for="${CSS.escape(field.id)}"]`) : null;
  const text = (label?.firstChild?.textContent || label?.textContent || name).trim();
  return `‘${text}’`;
}

function wordsOf(element) {
  return element.dataset.words ? JSON.parse(element.dataset.words) : null;
}

// A result of one law only (data-wet from calculators/forms/) shows in an answer under that law.
// A result the rules could not give because a field was left empty says which field to fill in
// (`unknown` from the bridge: result key -> field names), never "Niet van toepassing".
function fillOutputs(c, result, regime, unknown) {
  const list = c.q("[data-outputs]");
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
    if ((value === null || value === undefined) && unknown[key]) {
      element.textContent = `Onbekend: vul ${unknown[key].map((name) => fieldLabel(c, name)).join(" en ")} in`;
    } else {
      fillValue(element, element.dataset.kind, value, wordsOf(element), result);
    }
    const output = element.closest("[data-output]");
    output.hidden = Boolean(output.dataset.wet) && output.dataset.wet !== regime;
  }
  for (const element of list.querySelectorAll("[data-result]")) {
    if (!(element.dataset.result in result)) element.closest("[data-output]").hidden = true;
  }
}

/** The result per year: `jaren` of a calculator with rows, else the result itself. */
export function yearBlocks(result) {
  return Array.isArray(result.jaren) ? result.jaren : [result];
}

function fillTable(c, inputs, result) {
  const columns = [...c.root.querySelectorAll("thead [data-col]")].map((th) => ({
    key: th.dataset.col,
    kind: th.dataset.kind,
    words: wordsOf(th),
  }));
  c.q("[data-table-body]").replaceChildren(...yearBlocks(result).map((block, index) => {
    const tr = document.createElement("tr");
    tr.dataset.year = String(index);
    columns.forEach(({ key, kind, words }, column) => {
      const cell = document.createElement(column === 0 ? "th" : "td");
      if (column === 0) cell.scope = "row";
      cell.dataset.result = key;
      cell.dataset.label = c.root.querySelectorAll("thead [data-col]")[column].textContent;
      const value = key === "jaar" ? block.jaar ?? inputs.jaren?.[index]?.jaar : block[key];
      cell.textContent = formatValue(kind, value, words);
      tr.append(cell);
    });
    return tr;
  }));
  const totals = Array.isArray(result.jaren) ? result : {};
  for (const cell of c.root.querySelectorAll("tfoot [data-result]")) {
    const value = totals[cell.dataset.result];
    cell.textContent = value === undefined ? "" : formatValue(cell.dataset.kind, value);
  }
}
