// Which law's fields the form shows. A field marked data-wet="<code>" (from calculators/forms/)
// matters under that law only. The laws come from the page (data-wetten: each law's code and
// first day, oldest first, from calc/regimes.toml, the list Python uses); the date field that
// decides the law (data-wet-veld, e.g. the start of the inburgeringsplicht, plus
// data-wet-na-jaren years: jongeren's 18th birthday, as in Python) picks the last law that had
// started by then. Without a valid date the assumed law's fields show (data-wet-standaard: the
// calculators then assume it, as they say). A hidden field keeps what the reader typed; Python
// decides what counts.

import { normaliseDate } from "./fields.mjs";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date `years` later, as Python's calc.datums.verjaardag: 29 February to 1 March. */
export function yearsLater(isoDate, years) {
  const [, y, m, d] = ISO.exec(isoDate);
  const later = new Date(Date.UTC(Number(y) + years, Number(m) - 1, Number(d)));
  return later.toISOString().slice(0, 10);
}

/** The code of the law in force on `isoDate`: the last of `laws` ([{code, vanaf}], oldest
 * first; the first without vanaf) that had started by then. */
export function lawOn(laws, isoDate) {
  let found = null;
  for (const law of laws) {
    if (law.vanaf === null || law.vanaf <= isoDate) found = law.code;
  }
  if (found === null) throw new Error(`no law for ${isoDate}`);
  return found;
}

function lawOf(root, form, laws) {
  const control = form.elements.namedItem(root.dataset.wetVeld || "");
  if (!control || !("value" in control)) return null;
  const date = normaliseDate(control.value.trim());
  if (!ISO.test(date) || yearsLater(date, 0) !== date) return null; // no such day: 2023-02-31
  const years = Number(root.dataset.wetNaJaren || 0);
  return lawOn(laws, years ? yearsLater(date, years) : date);
}

function update(root, form, laws) {
  const law = lawOf(root, form, laws);
  const shown = law ?? root.dataset.wetStandaard;
  for (const field of root.querySelectorAll("[data-wet]")) {
    field.hidden = field.dataset.wet !== shown;
  }
  root.dataset.wet = law || "";
}

/** Shows the fields of the law the date points to, now and whenever the date changes. */
export function wireWet(root, form) {
  if (!root.querySelector("[data-wet]")) return;
  const laws = JSON.parse(root.dataset.wetten); // read once, not on every keystroke
  const refresh = () => update(root, form, laws);
  form.addEventListener("input", refresh);
  form.addEventListener("change", refresh);
  refresh();
}
