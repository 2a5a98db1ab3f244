// "Rekenhulpen offline beschikbaar maken" on the calculators' overview (docs/rekenhulpen/index.md):
// asks the service worker (sw.js) to keep the calculators on this device now, and shows how far
// it is and how much it takes. Imported by site.mjs on a page with [data-offline-opslaan].
// Without an active service worker the block stays hidden: the page says what happens anyway.

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
const megabytes = (bytes) => `${(bytes / 1e6).toLocaleString("nl-NL", ONE_DECIMAL)} MB`;

/** Sends `message` to the active service worker; `onReply` gets every answer. */
function ask(registration, message, onReply) {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event) => onReply(event.data || {});
  registration.active.postMessage(message, [channel.port2]);
}

export async function mount(root, serviceWorker) {
  const registration = await serviceWorker;
  if (!registration?.active) return;
  const q = (selector) => root.querySelector(selector);
  const button = q("[data-offline-start]");
  const size = q("[data-offline-size]");
  const progress = q("[data-offline-progress]");
  const amount = q("[data-offline-amount]");
  const status = q("[data-offline-status]");

  const { runtime, total } = await new Promise((resolve) =>
    ask(registration, { type: "status" }, resolve),
  );
  if (!total) return; // nothing to keep (mkdocs serve)

  const stored = () => {
    button.hidden = true;
    progress.hidden = true;
    amount.hidden = true;
    size.textContent = "";
    status.textContent =
      `De rekenhulpen staan op dit apparaat (${megabytes(total)}). ` +
      "Ze werken ook zonder internetverbinding.";
  };

  const show = (done) => {
    progress.max = total;
    progress.value = done;
    const text = `${megabytes(done)} van ${megabytes(total)} opgeslagen`;
    progress.setAttribute("aria-valuetext", text);
    amount.textContent = text;
  };

  if (runtime) {
    stored();
  } else {
    size.textContent =
      `Daarvoor bewaart uw browser ${megabytes(total)} op dit apparaat: de Python-omgeving en ` +
      "de pagina’s van de rekenhulpen.";
    button.addEventListener("click", () => {
      button.disabled = true;
      progress.hidden = false;
      amount.hidden = false;
      show(0);
      status.textContent = "Bezig met opslaan…";
      ask(registration, { type: "runtime" }, (message) => {
        if (message.type === "progress") {
          show(message.done);
        } else if (message.type === "done") {
          stored();
        } else if (message.type === "failed") {
          button.disabled = false;
          progress.hidden = true;
          amount.hidden = true;
          status.textContent =
            "Het opslaan is niet gelukt. Controleer uw internetverbinding en probeer het opnieuw.";
        }
      });
    });
  }
  root.hidden = false;
}
