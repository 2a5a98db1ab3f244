// What the reader takes away from an answer: a calendar file (.ics, written by Python from the
// last answer), a CSV table of the years (financiering), and print (the stylesheet decides what
// prints). `c` is the mounted calculator (calculator.mjs); `c.last` is its answer, if any.
// The .ics takes an optional case label and can leave out the dates before today.

import { today } from "./format.mjs";
import { yearBlocks } from "./results.mjs";
import { callPython } from "./runtime.mjs";

export function download(filename, type, text) {
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

// The calendar's options stay on the device: the case label (kenmerk) has no name, is not in the
// form and so never in the address; "only from today" passes the reader's own today.
async function downloadIcs(c) {
  if (!c.last) return;
  const kenmerk = c.q("[data-ics-kenmerk]")?.value || "";
  const fromToday = c.q("[data-ics-vanaf]")?.checked ?? false;
  const status = c.q("[data-ics-status]");
  let text;
  try {
    const args = [JSON.stringify(c.last.response), c.base.href, kenmerk, fromToday ? today() : ""];
    text = await callPython("ics_json", args);
  } catch {
    c.broken();
    return;
  }
  const count = text.split("BEGIN:VEVENT").length - 1;
  if (count === 0) {
    if (status) {
      status.textContent = fromToday
        ? "Er zijn geen datums vanaf vandaag. Zet ‘Alleen datums vanaf vandaag’ uit om ook de datums die voorbij zijn in de agenda te zetten."
        : "Deze uitkomst heeft geen datums voor de agenda.";
    }
    return;
  }
  if (status) status.textContent = `Agendabestand gemaakt met ${count} ${count === 1 ? "datum" : "datums"}.`;
  download("inburgering-termijnen.ics", "text/calendar;charset=utf-8", text);
}

// One line a year and one for all years, separated by semicolons (as Dutch spreadsheets
// expect), with a byte order mark: the year, the inputs of that year, the amounts in euros.
function downloadCsv(c) {
  if (!c.last) return;
  const headers = [...c.root.querySelectorAll("thead [data-col]")]
    .filter((th) => th.dataset.kind === "money" || th.dataset.col === "jaar");
  const inputLabels = [...c.rows.template.querySelectorAll("[data-field]")].slice(1).map((field) => ({
    name: field.dataset.field,
    label: field.querySelector("label").childNodes[0].textContent.trim(),
  }));
  const { inputs, response } = c.last;
  const result = response.result || {};
  const quote = (value) => (/[;"\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value));
  const lines = [[headers[0].textContent, ...inputLabels.map((f) => f.label),
    ...headers.slice(1).map((th) => `${th.textContent} (EUR)`)]];
  yearBlocks(result).forEach((block, index) => {
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

export function wireExports(c) {
  c.q("[data-print]").addEventListener("click", () => window.print());
  c.q("[data-ics]")?.addEventListener("click", () => downloadIcs(c));
  c.q("[data-csv]")?.addEventListener("click", () => downloadCsv(c));
}
