// The memory snapshot's bytes, for the worker (worker.mjs): the download, judged by the line
// as it arrives; the gunzip (DecompressionStream: GitHub Pages sends a .gz as it is); a check
// of its shape before Pyodide sees it; and, after a start without it, the download into the
// HTTP cache for the next visit.

// The snapshot (about 5.6 MB gzipped) saves Python's own start, the import of calc and the
// first calculation: 1.5 to 3 s of CPU on the development machine. When its download would
// take longer than that, the normal start (which needs fewer bytes) answers sooner: measured
// at 10 Mbit/s (README).
const SNAPSHOT_BUDGET_MS = 2000;
const SNAPSHOT_SAMPLE_MS = 200; // the line is judged from this long into the download

class SlowLine extends Error {}

/** The snapshot's bytes, or an error (HTTP, too slow for the line, not gzip). The line is
 * judged by the bytes as they arrive: they are read as fast as they come and queued for the
 * unpacking (which takes CPU, not the line's time), which runs beside. */
export async function fetchSnapshot(url) {
  const controller = new AbortController();
  const started = performance.now();
  const response = await fetch(url, { signal: controller.signal });
  if (!response.ok) throw new Error(`snapshot: HTTP ${response.status}`);
  const total = Number(response.headers.get("content-length")) || 0;
  // A server that sends it with a Content-Encoding has already had it unpacked by the browser.
  const unpacking = response.headers.has("content-encoding")
    ? new TransformStream()
    : new DecompressionStream("gzip");
  const unpacked = new Response(unpacking.readable).arrayBuffer();
  unpacked.catch(() => {}); // awaited below
  const queue = unpacking.writable.getWriter();
  const ignore = () => {}; // a write fails when the unpacking does: reported by `unpacked`
  let received = 0;
  const tooSlow = () => {
    const elapsed = performance.now() - started;
    const projected = received ? (elapsed * total) / received : Infinity;
    if (total && elapsed > SNAPSHOT_SAMPLE_MS && projected > SNAPSHOT_BUDGET_MS) {
      controller.abort(new SlowLine(`slow line: the snapshot needs ${Math.round(projected)} ms`));
    }
  };
  const timer = setInterval(tooSlow, SNAPSHOT_SAMPLE_MS / 2);
  try {
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      queue.write(chunk.value).catch(ignore);
      received += chunk.value.byteLength;
      tooSlow();
    }
    queue.close().catch(ignore);
  } catch (error) {
    queue.abort(error).catch(ignore);
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearInterval(timer);
  }
  return new Uint8Array(await unpacked);
}

/** Pyodide 314's snapshot layout: 32-bit words magic, heap offset, length of a JSON header,
 * 0, the build id (8 words), the JSON; then the heap, whole wasm pages of 64 KiB. Pyodide
 * hangs instead of failing on a heap smaller than its module needs: check the shape first. */
export function checkShape(snapshot) {
  const words = new Uint32Array(snapshot.buffer, 0, Math.min(12, snapshot.byteLength >> 2));
  const [, heapAt, jsonLength] = words;
  const shaped =
    words.length === 12 &&
    heapAt >= 48 + jsonLength &&
    heapAt < snapshot.byteLength &&
    (snapshot.byteLength - heapAt) % 65536 === 0;
  if (!shaped) throw new Error("snapshot: not a memory snapshot");
}

/** On a slow line, once Python answers: the snapshot into the HTTP cache, so that the next
 * visit starts from it (a reader who asked to save data is spared the bytes). */
export function keepForNextVisit(url) {
  if (self.navigator.connection?.saveData) return;
  fetch(url)
    .then((response) => response.body?.pipeTo(new WritableStream()))
    .catch(() => {});
}
