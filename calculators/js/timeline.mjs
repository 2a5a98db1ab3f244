// The overview's timeline (issue 20): every date of one person on a line, the peildatum marked,
// past dates grey, the next one emphasised; and the same dates as a table, which is the
// timeline's text alternative and what print shows. Built with DOM calls: no inline script,
// no style attribute (the page's Content Security Policy allows neither).

import { formatDate } from "./format.mjs";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 360; // viewBox units (a phone's width): the drawing scales to the column
const HEIGHT = 64;
const MARGIN = 16;
const LINE = 36;

function svg(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

const day = (iso) => Date.parse(`${iso}T00:00:00Z`);

/** The drawing: a line from the first to the last date, a dot per date, the peildatum a bar. */
function drawing(events, peildatum, next, tableId) {
  const days = [...events.map((e) => day(e.datum)), day(peildatum)];
  const first = Math.min(...days);
  const span = Math.max(...days) - first || 1;
  const x = (iso) => MARGIN + ((day(iso) - first) / span) * (WIDTH - 2 * MARGIN);
  const figure = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: "rekenhulp__timeline-drawing",
    role: "img",
    "aria-describedby": tableId,
    focusable: "false",
  });
  const from = formatDate(events[0].datum);
  const to = formatDate(events[events.length - 1].datum);
  figure.append(svg("title", {}, `Tijdlijn: ${events.length} datums van ${from} tot ${to}; de tabel eronder geeft ze.`));
  figure.append(svg("line", { x1: MARGIN, x2: WIDTH - MARGIN, y1: LINE, y2: LINE, class: "rekenhulp__timeline-axis" }));
  const years = new Set(events.map((e) => e.datum.slice(0, 4)));
  years.add(peildatum.slice(0, 4));
  for (const year of [...years].sort()) {
    const at = x(`${year}-01-01`);
    if (at < MARGIN || at > WIDTH - MARGIN) continue;
    figure.append(svg("line", { x1: at, x2: at, y1: LINE - 4, y2: LINE + 4, class: "rekenhulp__timeline-tick" }));
    figure.append(svg("text", { x: at, y: HEIGHT - 6, "text-anchor": "middle", class: "rekenhulp__timeline-year" }, year));
  }
  const now = x(peildatum);
  figure.append(svg("line", { x1: now, x2: now, y1: 16, y2: LINE + 8, class: "rekenhulp__timeline-now" }));
  const anchor = now > WIDTH / 2 ? "end" : "start";
  figure.append(svg("text", { x: now, y: 12, "text-anchor": anchor, class: "rekenhulp__timeline-year" }, "peildatum"));
  for (const event of events) {
    const state = event === next ? "next" : event.voorbij ? "past" : "future";
    figure.append(svg("circle", { cx: x(event.datum), cy: LINE, r: state === "next" ? 7 : 5, class: `rekenhulp__timeline-dot rekenhulp__timeline-dot--${state}` }));
  }
  return figure;
}

/** The table: the date, what (and which calculator says it), and whether it is past, next or
 * to come. Three columns, so that it reads on a phone. */
function table(events, next, id) {
  const element = document.createElement("table");
  element.id = id;
  element.className = "rekenhulp__timeline-table";
  const caption = document.createElement("caption");
  caption.textContent = "Alle datums, in volgorde";
  const head = document.createElement("tr");
  for (const text of ["Datum", "Wat", "Stand"]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = text;
    head.append(th);
  }
  const thead = document.createElement("thead");
  thead.append(head);
  const body = document.createElement("tbody");
  for (const event of events) {
    const row = document.createElement("tr");
    row.className = event === next ? "rekenhulp__timeline-next" : event.voorbij ? "rekenhulp__timeline-past" : "";
    const stand = event === next ? "Eerstvolgende" : event.voorbij ? "Voorbij" : "Komt nog";
    const cells = [formatDate(event.datum), event.wat, stand].map((text) => {
      const td = document.createElement("td");
      td.textContent = text;
      return td;
    });
    const source = document.createElement("span");
    source.className = "rekenhulp__timeline-source";
    source.textContent = ` (${event.rekenhulp})`;
    cells[1].append(source);
    row.append(...cells);
    body.append(row);
  }
  element.append(caption, thead, body);
  return element;
}

let counter = 0;

/** Fill `element` with the timeline of `events` ([{datum, wat, rekenhulp, voorbij}]). */
export function fillTimeline(element, events, peildatum) {
  if (!events || events.length === 0) {
    element.textContent = "Geen datums: vul meer gegevens in.";
    return;
  }
  const next = events.find((e) => !e.voorbij);
  const id = `rekenhulp-tijdlijn-${(counter += 1)}`;
  element.replaceChildren(drawing(events, peildatum || events[0].datum, next, id), table(events, next, id));
}
