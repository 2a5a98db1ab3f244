// Which law's fields the form shows. A field marked data-wet="wi2013" or "wi2021" (from
// calculators/forms/) matters under that law only; the date field that decides the law
// (data-wet-veld on the calculator, e.g. the start of the inburgeringsplicht) picks it: from
// data-wi2021-vanaf the Wet inburgering 2021, before it the 2013 law. Without a valid date the
// 2013 fields show (the calculators then assume the 2013 law, as they say). A hidden field keeps
// what the reader typed; Python decides what counts.

import { normaliseDate } from "./fields.mjs";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function lawOf(root, form) {
  const control = form.elements.namedItem(root.dataset.wetVeld || "");
  if (!control || !("value" in control)) return null;
  const date = normaliseDate(control.value.trim());
  if (!ISO.test(date)) return null;
  return date >= root.dataset.wi2021Vanaf ? "wi2021" : "wi2013";
}

function update(root, form) {
  const law = lawOf(root, form);
  for (const field of root.querySelectorAll("[data-wet]")) {
    field.hidden = law === null ? field.dataset.wet !== "wi2013" : field.dataset.wet !== law;
  }
  root.dataset.wet = law || "";
}

/** Shows the fields of the law the date points to, now and whenever the date changes. */
export function wireWet(root, form) {
  if (!root.querySelector("[data-wet]")) return;
  const refresh = () => update(root, form);
  form.addEventListener("input", refresh);
  form.addEventListener("change", refresh);
  refresh();
}
