// Rows of fields, one a year (financiering): add, remove, renumber. The first row in the markup
// is the template; the ids in a row carry its index (rh-NAME-INDEX-FIELD), and so do the labels'
// `for` and the fields' `aria-describedby`.

const INDEXED = /^(rh-[a-z]+-)\d+-/;
const INDEXED_ALL = /(rh-[a-z]+-)\d+-/g;

export class Rows {
  constructor(element) {
    this.element = element;
    this.template = element.querySelector("[data-row]").cloneNode(true);
  }

  all() {
    return [...this.element.querySelectorAll("[data-row]")];
  }

  add() {
    const row = this.template.cloneNode(true);
    for (const input of row.querySelectorAll("input, select")) input.value = "";
    this.element.append(row);
    this.renumber();
    return row;
  }

  /** Exactly `count` rows (at least one): rows are added at the end or removed from it. */
  setCount(count) {
    while (this.all().length < count) this.add();
    const rows = this.all();
    for (const row of rows.slice(Math.max(1, count))) row.remove();
    this.renumber();
  }

  renumber() {
    const rows = this.all();
    rows.forEach((row, index) => {
      row.querySelector("[data-row-number]").textContent = String(index + 1);
      const remove = row.querySelector("[data-remove-row]");
      remove.hidden = rows.length === 1;
      remove.textContent = `Verwijder jaar ${index + 1}`;
      for (const element of row.querySelectorAll("[id]")) {
        element.id = element.id.replace(INDEXED, `$1${index}-`);
      }
      for (const element of row.querySelectorAll("[for], [aria-describedby]")) {
        if (element.htmlFor) element.htmlFor = element.htmlFor.replace(INDEXED, `$1${index}-`);
        const described = element.getAttribute("aria-describedby");
        if (described) {
          element.setAttribute("aria-describedby", described.replace(INDEXED_ALL, `$1${index}-`));
        }
      }
    });
  }

  /** The "add a year" button and each row's "remove" button; `changed` runs after either. */
  wire(addButton, changed) {
    addButton.addEventListener("click", () => {
      const row = this.add();
      const previous = row.previousElementSibling?.querySelector("[name='jaar']");
      const year = Number.parseInt(previous?.value, 10);
      const field = row.querySelector("[name='jaar']") || row.querySelector("input");
      if (Number.isFinite(year)) field.value = String(year + 1);
      // The proposed year is selected: typing another year replaces it (as a field's own
      // text is when one tabs into it).
      field.focus();
      field.select();
      changed();
    });
    this.element.addEventListener("click", (event) => {
      const button = event.target.closest("[data-remove-row]");
      if (!button) return;
      button.closest("[data-row]").remove();
      this.renumber();
      addButton.focus();
      changed();
    });
  }
}
