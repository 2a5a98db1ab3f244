// The form's fields and the address. Reads what the reader typed, by the kind the markup gives
// (data-kind="int" | "date"; checkboxes and choices as they are), and keeps the inputs in the
// URL under their own names, so a calculation can be shared. `rows` is a Rows (rows.mjs) for a
// calculator with a row a year, else null.

export function controls(scope) {
  return [...scope.querySelectorAll("input[name], select[name]")];
}

export function hasInput(form) {
  return controls(form).some((c) => c.type !== "checkbox" && c.value.trim() !== "");
}

// Typed dates: ISO (2016-03-01) as is; Dutch order (1-3-2016, 1/3/2016, 1.3.2016) to ISO.
// Anything else goes to Python as typed, which answers with a Dutch message.
export function normaliseDate(text) {
  let m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  return text;
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

/** Only the calculator's inputs go in the address, under their own names. */
export function writeUrl(form, rows) {
  const params = rows ? rowParams(rows) : fieldParams(form);
  const query = params.toString();
  const url = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) {
    history.replaceState(history.state, "", url);
  }
}

/** Fills the form from the address; true when the address held any of its fields. */
export function readUrl(form, rows) {
  const params = new URLSearchParams(location.search);
  const fieldNames = [...new Set([...form.elements].map((e) => e.name).filter(Boolean))];
  const names = fieldNames.filter((name) => params.has(name));
  if (names.length === 0) return false;
  const set = (control, value) => {
    if (control.type === "checkbox") control.checked = ["true", "on", "ja", "1"].includes(value.toLowerCase());
    else control.value = value;
  };
  if (rows) {
    const count = Math.max(...names.map((name) => params.getAll(name).length));
    while (rows.all().length < count) rows.add();
    rows.all().forEach((row, index) => {
      for (const control of controls(row)) {
        const value = params.getAll(control.name)[index];
        if (value !== undefined) set(control, value);
      }
    });
  } else {
    for (const control of controls(form)) {
      if (params.has(control.name)) set(control, params.get(control.name));
    }
  }
  return true;
}
