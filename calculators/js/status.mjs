// The state of Python (runtime.mjs) as the reader sees it: loading, slow, ready or failed.

export function showStatus(c, { state, reason, slow }) {
  const status = c.q("[data-status]");
  const loading = c.q("[data-loading]");
  c.q("[data-failed]").hidden = state !== "failed";
  if (state === "failed") {
    c.q("[data-failed-reason]").textContent = reason;
    loading.textContent = "";
    status.classList.remove("rekenhulp__status--ready");
  } else if (state === "ready") {
    loading.textContent = "De rekenhulp is klaar voor gebruik.";
    status.classList.add("rekenhulp__status--ready");
  } else {
    loading.textContent = slow
      ? "Rekenhulp wordt geladen… Dit duurt langer dan gewoonlijk."
      : "Rekenhulp wordt geladen…";
    status.classList.remove("rekenhulp__status--ready");
  }
}
