// The menu button on narrow screens. Material opens its navigation drawer with a <label> for a
// hidden checkbox (#__drawer): a pointer can use it, a keyboard cannot reach it, and it has no
// name for a screen reader. Its closed drawer used to be reachable by tabbing through links
// that cannot be seen; extra.css now skips the closed drawer's contents altogether, so this
// button is the keyboard's way in: a real <button> with a name and aria-expanded, put where
// the label was (the label stays for the page until this module runs). Enter or Space opens
// and closes the drawer, Escape closes it and gives the focus back to the button. The button
// works the checkbox, so Material's own handling (the overlay, closing on navigation) stays.
// Inside the open drawer, every level can be opened and left from the keyboard (levels()).

const NAME = "Navigatiemenu";
const NAV_ID = "navigatie";

function drawer() {
  return document.getElementById("__drawer");
}

function search() {
  return document.getElementById("__search");
}

// The navigation the button opens; instant navigation replaces it with every page.
function controlled(button) {
  const nav = primaryNav();
  if (!nav) return;
  nav.id ||= NAV_ID;
  button.setAttribute("aria-controls", nav.id);
}

function create(label, toggle) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = `${label.className} menu-knop`;
  button.setAttribute("aria-label", NAME);
  button.setAttribute("aria-expanded", String(toggle.checked));
  button.append(...[...label.children].map((icon) => icon.cloneNode(true)));
  button.addEventListener("click", () => toggle.click());
  toggle.addEventListener("change", () => {
    button.setAttribute("aria-expanded", String(toggle.checked));
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !toggle.checked || search()?.checked) return;
    toggle.click();
    button.focus();
  });
  label.before(button);
  label.hidden = true;
  return button;
}

const NARROW = matchMedia("(max-width: 76.234375em)"); // Material's breakpoint for the drawer

function primaryNav() {
  return document.querySelector(".md-sidebar--primary .md-nav--primary");
}

// Material gives the labels that open the top sections no tab stop (tabindex=""): on a wide
// screen the sections are always open. In the drawer of a narrow screen they are levels like
// the others, so there they take the focus.
function sectionOpeners(nav) {
  for (const label of nav.querySelectorAll('label.md-nav__link[tabindex=""], [data-opener]')) {
    label.dataset.opener = "";
    if (NARROW.matches) label.tabIndex = 0;
    else label.setAttribute("tabindex", "");
  }
}

NARROW.addEventListener("change", () => {
  const nav = primaryNav();
  if (nav) sectionOpeners(nav);
});

// An element's visible text (without the hidden words that `say` adds).
const text = (element) =>
  [...(element?.childNodes || [])]
    .filter((node) => !node.classList?.contains("visueel-verborgen"))
    .map((node) => node.textContent)
    .join("")
    .replace(/\s+/g, " ")
    .trim();

// Names for the labels that open and close a level. Material's arrow next to a section's link
// is an empty <label>: without a name a screen reader reads nothing. Each opener is named after
// its level ("Open het menu ‘Wet inburgering 2021’"; a label with text keeps it in its name,
// WCAG 2.5.3), a level's title says that it goes back, and the level's <nav> is named after
// the section (Material names it by the opener, which now says "Open …"). A <label> may not
// carry aria-label (axe: aria-prohibited-attr), so the words go into its text, visually hidden.
function nameLevels(nav) {
  for (const toggle of nav.querySelectorAll(".md-nav__toggle[id]")) {
    const item = toggle.parentElement;
    const level = item.querySelector(":scope > nav");
    const opener = item.querySelector(
      `:scope > label[for="${toggle.id}"], :scope > .md-nav__container > label[for="${toggle.id}"]`,
    );
    if (!level || !opener) continue;
    const title = level.querySelector(":scope > label.md-nav__title");
    if (toggle.id === "__toc") {
      say(opener, "Open de inhoud van ‘", "’");
    } else {
      const name = text(opener) || text(opener.parentElement.querySelector(":scope > a")) || text(title);
      say(opener, text(opener) ? "Open het menu ‘" : `Open het menu ‘${name}’`, text(opener) ? "’" : "");
      level.removeAttribute("aria-labelledby");
      level.setAttribute("aria-label", name);
    }
    if (text(title)) say(title, "Terug uit het menu ‘", "’");
  }
}

// Hidden words around a label's own text, once (instant navigation keeps the drawer).
function say(label, before, after) {
  if (label.querySelector(":scope > .visueel-verborgen")) return;
  // The label's own text without the markup's line breaks around it: ‘De factsheet’, not ‘ De …’.
  const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) node.data = node.data.trim();
  const hidden = (words) => Object.assign(document.createElement("span"), {
    className: "visueel-verborgen",
    textContent: words,
  });
  label.prepend(hidden(before));
  if (after) label.append(hidden(after));
}

// The levels of the open drawer. Material opens a level with Enter on its label, but the title
// of a level, which goes back up, and the label of the page's table of contents do not take
// the focus; now they do (Material's Enter handler clicks a focused label). A level that opens
// (from the keyboard or by a click) takes the focus on its title, which names it, so the focus
// is not left on a label that is now out of sight, or on <body>; the next Tab reaches its first
// link. Going back up, the focus moves from the level that closes (now hidden, extra.css) to
// the link or label that opened it.
function levels() {
  const nav = primaryNav();
  if (!nav || nav.dataset.levels) return;
  nav.dataset.levels = "true";
  const labels = "label.md-nav__title:not([for='__drawer']), label.md-nav__link[for='__toc']";
  for (const label of nav.querySelectorAll(labels)) label.tabIndex = 0;
  sectionOpeners(nav);
  nameLevels(nav);
  nav.addEventListener("change", (event) => {
    const toggle = event.target;
    const item = toggle.parentElement;
    if (!toggle.matches(".md-nav__toggle")) return;
    if (toggle.checked) {
      // Without scrolling: the level is still sliding in, and focusing it would scroll the
      // drawer sideways by a level's width.
      const title = item.querySelector(":scope > nav > label.md-nav__title");
      if (NARROW.matches) title?.focus({ preventScroll: true });
      return;
    }
    if (!item.contains(document.activeElement)) return;
    const opener = item.querySelector(
      `:scope > label[for="${toggle.id}"], :scope > .md-nav__container > label[tabindex="0"], ` +
        ":scope > .md-nav__container > a",
    );
    opener?.focus();
  });
}

let button = null;

// Called for every page (site.mjs, through document$): the header stays across instant
// navigation, so the button is made once; what it controls is found again.
export function mountMenuButton() {
  const toggle = drawer();
  if (!toggle) return;
  if (!button?.isConnected) {
    const label = document.querySelector(".md-header label.md-header__button[for='__drawer']");
    if (!label) return;
    button = create(label, toggle);
  }
  controlled(button);
  levels();
}
