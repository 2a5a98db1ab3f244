// "Kopieer link": the address of this calculation (the page, with the inputs in its fragment,
// fields.mjs) to the clipboard, with a confirmation in a live region. Where the clipboard is not
// available (an older browser, a locked-down machine, a policy that refuses it), the address
// shows in a read-only field, selected, to copy by hand. `c` is the mounted calculator.

import { shareUrl } from "./fields.mjs";

function say(status, text) {
  // Emptied first, so that the same words are announced again on a second click.
  status.textContent = "";
  requestAnimationFrame(() => {
    status.textContent = text;
  });
}

function showByHand(c, url) {
  const fallback = c.q("[data-share-fallback]");
  const field = fallback.querySelector("input");
  field.value = url;
  fallback.hidden = false;
  field.focus();
  field.select();
}

async function copy(c) {
  const url = shareUrl(c.form, c.rows);
  const status = c.q("[data-share-status]");
  try {
    if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
    await navigator.clipboard.writeText(url);
  } catch {
    showByHand(c, url);
    say(status, "Kopiëren lukte niet. De link staat hieronder geselecteerd: kopieer hem zelf (Ctrl+C).");
    return;
  }
  c.q("[data-share-fallback]").hidden = true;
  say(status, "Link gekopieerd");
}

/** Wires the button; a new input makes an earlier confirmation and address out of date. */
export function wireShare(c) {
  const button = c.q("[data-share]");
  if (!button) return;
  button.addEventListener("click", () => copy(c));
  c.form.addEventListener("input", () => {
    c.q("[data-share-status]").textContent = "";
    c.q("[data-share-fallback]").hidden = true;
  });
}
