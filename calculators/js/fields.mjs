// The form's fields and the address. Reads what the reader typed, by the kind the markup gives
// (data-kind="int" | "date"; checkboxes and choices as they are), and keeps the inputs in the
// address's fragment under their own names, so a calculation can be shared without what was
// typed ever reaching a server. `rows` is a Rows (rows.mjs) for a
// calculator with a row a year, else null.

export function controls(scope) {
  return [...scope.querySelectorAll("input[name], select[name]")];
}

export function hasInput(form) {
  return controls(form).some((c) => c.type !== "checkbox" && c.value.trim() !== "");
}

// Typed dates, as people type them: ISO (2016-03-01), Dutch order with -, / or . (1-3-2016,
// 01-03-2016, 1/3/2016, 1.3.2016) and a Dutch month name or its abbreviation (1 maart 2016,
// 1 mrt. 2016, 1-MRT-2016), all to ISO by their shape: a day that does not exist (31-02-2023)
// goes to Python as 2023-02-31, which answers "geen bestaande datum" (errors.mjs puts back what
// was typed). Anything else goes to Python as typed, which answers with a Dutch message.
const MONTHS = [
  ["januari", "jan"], ["februari", "feb", "febr"], ["maart", "mrt", "mar"], ["april", "apr"],
  ["mei"], ["juni", "jun"], ["juli", "jul"], ["augustus", "aug"], ["september", "sep", "sept"],
  ["oktober", "okt", "oct"], ["november", "nov"], ["december", "dec"],
];
const MONTH = new Map(MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1])));

const iso = (year, month, day) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

export function normaliseDate(text) {
  const value = text.trim();
  let m = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})$/.exec(value);
  if (m) return iso(m[4], m[3], m[1]);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (m) return iso(m[1], m[2], m[3]);
  m = /^(\d{1,2})[\s-]*([a-z]+)\.?[\s-]*(\d{4})$/i.exec(value);
  if (m && MONTH.has(m[2].toLowerCase())) return iso(m[3], MONTH.get(m[2].toLowerCase()), m[1]);
  return value;
}

function valueOf(control) {
  if (control.type === "checkbox") return control.checked;
  const text = control.value.trim();
  if (text === "") return undefined;
  if (control.dataset.kind === "int") return /^-?\d+$/.test(text) ? Number.parseInt(text, 10) : text;
  if (control.dataset.kind === "date") return normaliseDate(text);
  return text;
}

function collect(scope) {
  const values = {};
  for (const control of controls(scope)) {
    const value = valueOf(control);
    if (value !== undefined) values[control.name] = value;
  }
  return values;
}

/** The inputs for calc.run: {field: value}, or {jaren: [{field: value}, ...]} with rows. */
export function readInputs(form, rows) {
  if (!rows) return collect(form);
  return { jaren: rows.all().map(collect) };
}

// Every field of every row, in order (a row's fields line up by their index); none at all
// when every field is empty.
function rowParams(rows) {
  const params = new URLSearchParams();
  for (const row of rows.all()) {
    for (const control of controls(row)) params.append(control.name, control.value.trim());
  }
  return [...params.values()].some((v) => v !== "") ? params : new URLSearchParams();
}

// The fields that are filled in, and the checkboxes that differ from their default.
function fieldParams(form) {
  const params = new URLSearchParams();
  for (const control of controls(form)) {
    if (control.type === "checkbox") {
      if (String(control.checked) !== control.dataset.default) params.set(control.name, String(control.checked));
    } else if (control.value.trim() !== "") {
      params.set(control.name, control.value.trim());
    }
  }
  return params;
}

// --- The address: the inputs live in its fragment (#…), which a browser never sends to a
// server. Links of the old form (?…, before issue 18) still open and are rewritten at once.

const fieldNames = (form) => [...new Set([...form.elements].map((e) => e.name).filter(Boolean))];

/** The form's fields in `part` ("?a=1" or "#a=1"), or null when it names none of them. */
function stateIn(form, part) {
  const params = new URLSearchParams(part.slice(1));
  return fieldNames(form).some((name) => params.has(name)) ? params : null;
}

/** The address of this calculation: the page with the inputs in its fragment. */
export function shareUrl(form, rows) {
  const params = rows ? rowParams(rows) : fieldParams(form);
  const url = new URL(location.href);
  for (const name of fieldNames(form)) url.searchParams.delete(name);
  url.hash = params.toString();
  return url.href.replace(/#$/, "");
}

// Material's navigation.tracking puts the heading in view in the fragment while the reader
// scrolls (history.replaceState), also right after an instant navigation, before the new page's
// calculator has read its address. On a calculator's page that would drop the inputs from the
// address (the calculator would open empty; a reload or a bookmark would lose them): a fragment
// that carries inputs (a=1; a heading's anchor has no "=") stays, unless the glue changes it.
const carriesInputs = (hash) => hash.includes("=");
let replaceState = null; // the browser's own
function guardFragment() {
  if (history.replaceState.rekenhulp) return;
  replaceState = history.replaceState;
  const guarded = function (state, unused, url) {
    if (url != null && carriesInputs(location.hash)) {
      const next = new URL(url, location.href);
      if (next.pathname === location.pathname && !carriesInputs(next.hash)) {
        next.hash = location.hash;
        return replaceState.call(this, state, unused, next.href);
      }
    }
    return replaceState.call(this, state, unused, url);
  };
  guarded.rekenhulp = true;
  history.replaceState = guarded;
}

let written = null; // the fragment the glue wrote last

/** Puts the inputs in the fragment (and takes them out of the query, the old form). */
export function writeUrl(form, rows) {
  guardFragment();
  const url = new URL(shareUrl(form, rows));
  written = url.hash;
  if (!url.hash && !stateIn(form, location.hash)) url.hash = location.hash; // a heading's anchor
  if (url.href !== location.href) replaceState.call(history, history.state, "", url.href);
}

function set(control, value) {
  if (control.type === "checkbox") control.checked = ["true", "on", "ja", "1"].includes(value.toLowerCase());
  else control.value = value;
}

/**
 * Fills the form from the address (the fragment, else the old query); true when the address
 * held any of its fields. Fields the address does not name are emptied (a checkbox to its
 * default), and rows follow its count: the form shows that calculation only.
 */
export function readUrl(form, rows) {
  const params = stateIn(form, location.hash) || stateIn(form, location.search);
  if (!params) return false;
  const value = (control, index = 0) => params.getAll(control.name)[index];
  const reset = (control) => set(control, control.type === "checkbox" ? control.dataset.default : "");
  if (rows) {
    const count = Math.max(1, ...fieldNames(form).map((name) => params.getAll(name).length));
    rows.setCount(count);
    rows.all().forEach((row, index) => {
      for (const control of controls(row)) {
        const v = value(control, index);
        if (v === undefined) reset(control);
        else set(control, v);
      }
    });
  } else {
    for (const control of controls(form)) {
      const v = value(control);
      if (v === undefined) reset(control);
      else set(control, v);
    }
  }
  return true;
}

/** A shared address opened in this tab while the page is open (only the fragment changes). */
export function onAddressChange(form, changed) {
  const listener = () => {
    if (!form.isConnected) window.removeEventListener("hashchange", listener);
    else if (written !== location.hash && stateIn(form, location.hash)) changed();
  };
  window.addEventListener("hashchange", listener);
}
