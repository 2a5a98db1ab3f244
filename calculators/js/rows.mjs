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
      if (Number.isFinite(year)) row.querySelector("[name='jaar']").value = String(year + 1);
      row.querySelector("input").focus();
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
