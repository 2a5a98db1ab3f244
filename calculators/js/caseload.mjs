// A caseload from a CSV file (issue 20): the file is read in this page (FileReader), never sent
// anywhere; Python in the worker (calc.caseload) reads it as Dutch spreadsheets write it and
// computes every row's overview. This module only shows the answer: a table sorted by the next
// date that is due, rows with a fault first with a message per cell, a filter, a link that opens
// each row's overview (its inputs in the fragment) and the table as CSV.

import { download } from "./exports.mjs";
import { formatDate, formatValue, today } from "./format.mjs";
import { normaliseDate } from "./fields.mjs";
import { callPython, configFrom, retry, runtime, startWorker } from "./runtime.mjs";
import { showStatus } from "./status.mjs";

const COLUMNS = ["kenmerk", "eerstvolgende", "datum", "dagen", "wet", "regel"];

// The table's columns, as its head names them: on a phone each cell shows its column's name
// (data-label, as the table of years does).
const HEAD = ["Kenmerk", "Eerstvolgende", "Datum", "Dagen", "Wet", "Overzicht"];

function cell(text, column) {
  const td = document.createElement("td");
  td.textContent = text;
  td.dataset.label = HEAD[column];
  return td;
}

class Caseload {
  constructor(root) {
    this.root = root;
    this.q = (selector) => root.querySelector(selector);
    this.base = new URL(root.dataset.base, location.href);
    this.rows = [];
  }

  mount() {
    this.q(".rekenhulp__body").hidden = false;
    this.q("[data-retry]").addEventListener("click", () => retry());
    this.q("[data-caseload-file]").addEventListener("change", (event) => this.read(event.target.files[0]));
    this.q("[data-caseload-form]").addEventListener("submit", (event) => {
      event.preventDefault();
      this.compute();
    });
    this.q("[data-caseload-filter]").addEventListener("change", () => this.render());
    this.q("[data-caseload-csv]").addEventListener("click", () => this.exportCsv());
    this.q("[data-caseload-ics]").addEventListener("click", () => this.calendar());
    runtime.views.add(this);
    startWorker(configFrom(this.root.dataset));
    this.onState();
  }

  onState() {
    showStatus(this, runtime);
  }

  /** The chosen file into the text field (read here, in the page), then computed. */
  read(file) {
    if (!file) return;
    const reader = new FileReader();
    reader.addEventListener("load", () => {
      this.q("[data-caseload-text]").value = String(reader.result);
      this.compute();
    });
    reader.readAsText(file, "utf-8");
  }

  async compute() {
    const text = this.q("[data-caseload-text]").value;
    const typed = this.q("[data-caseload-peildatum]").value.trim();
    const peildatum = typed ? normaliseDate(typed) : "";
    let answer;
    try {
      answer = JSON.parse(await callPython("caseload_json", [text, peildatum]));
    } catch {
      this.fault(["De rekenhulp gaf geen antwoord. Probeer het opnieuw."]);
      return;
    }
    if (!answer.ok) {
      this.fault(answer.errors);
      return;
    }
    this.q("[data-caseload-errors]").hidden = true;
    this.rows = answer.rows;
    this.render();
    const result = this.q("[data-caseload-result]");
    result.hidden = false;
    result.querySelector("h2").focus();
  }

  fault(messages) {
    const box = this.q("[data-caseload-errors]");
    this.q("[data-caseload-error-list]").replaceChildren(...messages.map((m) => {
      const li = document.createElement("li");
      li.textContent = m;
      return li;
    }));
    this.q("[data-caseload-result]").hidden = true;
    box.hidden = false;
    box.focus();
  }

  shown() {
    const filter = this.q("[data-caseload-filter]").value;
    return this.rows.filter((row) => {
      if (filter === "alle") return true;
      if (filter === "fout") return !row.ok;
      if (!row.ok) return false;
      if (filter === "te-laat") return row.result.te_laat.length > 0;
      if (filter === "30" || filter === "90") {
        const left = row.result.dagen_tot_volgende;
        return left !== null && left <= Number(filter);
      }
      return row.regime === filter;
    });
  }

  render() {
    const rows = this.shown();
    const faults = this.rows.filter((row) => !row.ok).length;
    this.q("[data-caseload-summary]").textContent =
      `${this.rows.length} regels berekend, ${faults} met een fout; ${rows.length} getoond.`;
    this.q("[data-caseload-body]").replaceChildren(...rows.map((row) => this.line(row)));
  }

  line(row) {
    const tr = document.createElement("tr");
    const kenmerk = cell(row.kenmerk || `regel ${row.regel}`, 0);
    if (!row.ok) {
      tr.className = "caseload__fault";
      const problems = cell("", 1);
      problems.dataset.label = "Fout";
      problems.colSpan = 5;
      const list = document.createElement("ul");
      for (const error of row.errors) {
        const li = document.createElement("li");
        li.textContent = `Regel ${row.regel}, kolom ${error.field}: ${error.message}`;
        list.append(li);
      }
      problems.append(list);
      tr.append(kenmerk, problems);
      return tr;
    }
    const result = row.result;
    const link = document.createElement("a");
    link.href = new URL(`rekenhulpen/overzicht/#${new URLSearchParams(row.invoer)}`, this.base).href;
    link.textContent = "Open";
    link.setAttribute("aria-label", `Open het overzicht van ${row.kenmerk || `regel ${row.regel}`}`);
    const open = cell("", 5);
    open.append(link);
    tr.append(
      kenmerk,
      cell(result.volgende || "Geen datum meer", 1),
      cell(result.volgende_datum ? formatDate(result.volgende_datum) : "", 2),
      cell(result.dagen_tot_volgende === null ? "" : formatValue("days", result.dagen_tot_volgende), 3),
      cell(row.wet, 4),
      open,
    );
    return tr;
  }

  /** Every shown row's dates from today on in one calendar file, made in the worker. */
  async calendar() {
    const status = this.q("[data-caseload-ics-status]");
    const shown = { rows: this.shown() };
    let text;
    try {
      text = await callPython("caseload_ics_json", [JSON.stringify(shown), this.base.href, today()]);
    } catch {
      status.textContent = "De rekenhulp gaf geen antwoord. Probeer het opnieuw.";
      return;
    }
    const count = text.split("BEGIN:VEVENT").length - 1;
    status.textContent = count === 0
      ? "Er zijn geen datums vanaf vandaag in de getoonde regels."
      : `Agendabestand gemaakt met ${count} ${count === 1 ? "datum" : "datums"}.`;
    if (count > 0) download("caseload.ics", "text/calendar;charset=utf-8", text);
  }

  /** The table as CSV (semicolons, as a Dutch spreadsheet reads it), made in the page. */
  exportCsv() {
    const quote = (v) => `"${String(v ?? "").replaceAll('"', '""')}"`;
    const lines = [COLUMNS.join(";")];
    for (const row of this.shown()) {
      const r = row.result || {};
      const fault = row.ok ? "" : row.errors.map((e) => `${e.field}: ${e.message}`).join(" | ");
      lines.push([row.kenmerk, row.ok ? r.volgende : fault, r.volgende_datum, r.dagen_tot_volgende, row.wet, row.regel]
        .map(quote).join(";"));
    }
    download("caseload.csv", "text/csv;charset=utf-8", "\ufeff" + lines.join("\r\n") + "\r\n");
  }
}

export function mountCaseload(root) {
  new Caseload(root).mount();
}
