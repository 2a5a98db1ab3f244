// Errors of the input, as calc.run names them: the message beside its field (aria-invalid,
// aria-describedby) and, once the reader asks for an answer (or opens a shared address), a
// summary above the form with a link to each wrong field. `c` is the mounted calculator
// (calculator.mjs): its root, form and rows.

import { controls, normaliseDate } from "./fields.mjs";

/** The field an error names: "leeftijd", or "jaren[1].aantal_gehuisvest" for a row. */
function fieldFor(c, name) {
  const row = /^jaren\W+(\d+)\W+(\w+)$/.exec(name);
  if (row && c.rows) {
    const rowElement = c.rows.all()[Number(row[1])];
    return rowElement?.querySelector(`[name="${CSS.escape(row[2])}"]`) || null;
  }
  return c.form.querySelector(`[name="${CSS.escape(name)}"]`);
}

// Python echoes the date it was sent, in ISO ('2023-02-31'); the reader typed 31-02-2023 or
// 31 februari 2023: the message echoes what they typed.
function echoTyped(message, control) {
  if (control?.dataset.kind !== "date") return message;
  const typed = control.value.trim();
  const sent = normaliseDate(typed);
  return sent === typed ? message : message.replace(`'${sent}'`, `'${typed}'`);
}

function describedBy(control) {
  return (control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
}

/** Removes the errors from every field but those in `keep`; with none kept, the summary too. */
export function clearErrors(c, keep = new Set()) {
  for (const control of controls(c.form)) {
    if (keep.has(control)) continue;
    control.removeAttribute("aria-invalid");
    const wrapper = control.closest("[data-field]");
    wrapper.classList.remove("rekenhulp__field--error");
    const message = wrapper.querySelector(".rekenhulp__error");
    message.hidden = true;
    message.textContent = "";
    const described = describedBy(control).filter((id) => id !== message.id);
    if (described.length) control.setAttribute("aria-describedby", described.join(" "));
    else control.removeAttribute("aria-describedby");
  }
  if (keep.size === 0) c.q("[data-summary]").hidden = true;
}

/**
 * Shows `errors` ([{field, message}]). While the reader types (mode "live", nothing submitted)
 * only the fields they have left are marked, and the summary waits; on "submit" the focus moves
 * to the summary. Returns how many errors are shown.
 */
export function showErrors(c, errors, { mode, submitted, touched }) {
  const asked = submitted || mode !== "live";
  const visible = errors
    .map((error) => ({ ...error, control: fieldFor(c, error.field) }))
    .map((error) => ({ ...error, message: echoTyped(error.message, error.control) }))
    .filter((error) => asked || (error.control && touched.has(error.control.id)));
  clearErrors(c, new Set(visible.map((error) => error.control).filter(Boolean)));
  for (const { control, message } of visible) {
    if (!control) continue;
    const wrapper = control.closest("[data-field]");
    wrapper.classList.add("rekenhulp__field--error");
    const element = wrapper.querySelector(".rekenhulp__error");
    element.textContent = message;
    element.hidden = false;
    control.setAttribute("aria-invalid", "true");
    const described = describedBy(control);
    if (!described.includes(element.id)) control.setAttribute("aria-describedby", [element.id, ...described].join(" "));
  }
  if (asked) {
    const summary = c.q("[data-summary]");
    c.q("[data-summary-list]").replaceChildren(...visible.map(({ control, message }) => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = `#${control ? control.id : c.form.id || c.root.id}`;
      a.textContent = message;
      li.append(a);
      return li;
    }));
    summary.hidden = visible.length === 0;
    if (mode === "submit" && visible.length) summary.focus();
  }
  return visible.length;
}

/** A link in the summary puts the focus in its field. */
export function wireSummary(c) {
  c.q("[data-summary-list]").addEventListener("click", (event) => {
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
}
