// The site's service worker: the calculators and the pages already read keep working without
// a connection. Written to the site's root as sw.js by src/sitebuild/offline.py, which puts the build's
// list of files in MANIFEST below. Registered by assets/javascripts/site.mjs.
//
// - One cache per build, named after the build's hash; a cache holds nothing but files of
//   its own build: every file is checked against the SHA-256 in MANIFEST before it is kept.
// - On install, the site's CSS/JS, the home page, the offline page and the search are kept
//   ("shell"). The runtime (Pyodide, the wheel, the calculators' glue and every calculator
//   page) only once Python answered on a calculator page or the reader asked for it
//   ("runtime"). Other pages as they are read ("page").
// - Keeping the runtime never competes with a page that is starting Python: it waits until no
//   page is booting and nothing was loaded for a moment ("idle" below), stops a download when a
//   page starts, and takes a file the browser already has from its HTTP cache (a versioned
//   file: what the page itself fetched). A runtime file that passes through on its way to a
//   page is kept from that response, once idle.
// - A new build installs a new worker: it fills a new cache (taking unchanged files from the
//   old one, downloading the rest; the runtime too if the old cache had it), takes over, and
//   deletes the old cache. Until it is complete the old worker and cache stay, whole.
// - Online, pages and unversioned files come from the network (so a new deploy is seen at
//   once, with its own files); versioned files (Pyodide's, the wheel's ?v=, Material's hashed
//   names) come from the cache. Offline, everything of this build comes from the cache; a page
//   that is not there gets the offline page.
//
// Every URL is derived from the registration's scope: the site may live under a sub-path.

"use strict";

// This build's files, written here by src/sitebuild/offline.py: {build, files: [{u: URL relative to
// the site's root, h: SHA-256, n: bytes, t: "shell" | "runtime" | "page", k: "immutable" if
// the URL changes with the content, title and calculator for pages, offline for the page}]}.
const MANIFEST = { build: "source", files: [] };

const SCOPE = self.registration.scope; // ends in "/"
// Other sites may share the origin (GitHub Pages project sites): touch only caches of this one.
const PREFIX = `offline ${new URL(SCOPE).pathname} `;
const CACHE = PREFIX + MANIFEST.build;
const RUNTIME_COMPLETE = new URL("__offline__/runtime", SCOPE).href; // a marker, never fetched

const FILES = MANIFEST.files.map((file) => ({ ...file, url: new URL(file.u, SCOPE).href }));
const BY_PATH = new Map(FILES.map((file) => [withoutQuery(file.url), file]));
const OFFLINE_PAGE = FILES.find((file) => file.offline);
const tier = (name) => FILES.filter((file) => file.t === name);

function withoutQuery(url) {
  const u = new URL(url);
  u.search = "";
  u.hash = "";
  return u.href;
}

/** The file of this build that `url` asks for, or null. Pages and files without a version
 * are found whatever the query (a shared calculation, the worker's parameters); a versioned
 * file only with its own query (another ?v= is another build's). */
function fileFor(url) {
  const file = BY_PATH.get(withoutQuery(url));
  if (!file) return null;
  const query = new URL(file.url).search;
  if (query && new URL(url).search !== query) return null;
  return file;
}

// --- Checking and keeping files -------------------------------------------------------------

async function sha256(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", buffer));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A response to keep: the checked body and the one header that matters (the type). */
function keepable(body, response) {
  const type = response.headers.get("content-type");
  return new Response(body, { status: 200, headers: type ? { "content-type": type } : {} });
}

// --- Idle: no page is starting ---------------------------------------------------------------

const QUIET_MS = 2000; // nothing loaded for this long after a page or a runtime file
const BOOT_MAX_MS = 30_000; // a page that never says Python is ready stops counting then
const booting = new Map(); // client id -> {until, seen}: calculator pages starting Python
let lastActivity = 0;
let eager = false; // the reader asked ("offline beschikbaar maken"): no quiet wait
let pause = new AbortController(); // aborted when a page starts: a download stops

/** A page is loading (a navigation, a runtime file): the runtime's download stops and waits.
 * `client`: a calculator page being opened, booting until it says Python is ready. */
function busy(client) {
  lastActivity = Date.now();
  if (client) booting.set(client, { until: lastActivity + BOOT_MAX_MS, seen: false });
  pause.abort();
  pause = new AbortController();
}

async function stillBooting() {
  for (const [id, boot] of booting) {
    const client = await self.clients.get(id);
    if (client) boot.seen = true;
    if (Date.now() > boot.until || (boot.seen && !client)) booting.delete(id);
  }
  return booting.size > 0;
}

/** Resolves, with a signal that aborts when a page starts, once no page is starting. */
async function idle() {
  for (;;) {
    const wait = eager ? 0 : lastActivity + QUIET_MS - Date.now();
    if (wait <= 0 && !(await stillBooting())) return pause.signal;
    await new Promise((resolve) => setTimeout(resolve, Math.max(wait, 250)));
  }
}

/** Downloads `file`, reporting bytes; rejects unless it is the file of this build. A
 * versioned file may come from the HTTP cache (the page fetched it); anything else, and a
 * versioned file that is not this build's there, is revalidated. */
async function download(file, onBytes = () => {}, signal = undefined) {
  if (file.k === "immutable") {
    try {
      return await fetchChecked(file, onBytes, signal, "force-cache");
    } catch (error) {
      if (signal?.aborted) throw error;
    }
  }
  return fetchChecked(file, onBytes, signal, "no-cache");
}

async function fetchChecked(file, onBytes, signal, mode) {
  const init = { cache: mode, credentials: "same-origin", signal };
  const response = await fetch(file.url, init);
  if (!response.ok) throw new Error(`${file.u}: HTTP ${response.status}`);
  const chunks = [];
  let length = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
    onBytes(value.length);
  }
  const body = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  if ((await sha256(body)) !== file.h) throw new Error(`${file.u}: not of this build`);
  return keepable(body, response);
}

/** The same file from an older cache of this site, if it did not change. */
async function fromOlderCache(file, older) {
  for (const cache of older) {
    const response = await cache.match(file.url);
    if (!response) continue;
    const body = await response.arrayBuffer();
    if ((await sha256(body)) === file.h) return keepable(body, response);
  }
  return null;
}

async function olderCaches() {
  const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CACHE);
  return Promise.all(names.map((name) => caches.open(name)));
}

/** Puts every one of `files` in this build's cache: from an older cache when unchanged, else
 * downloaded. `progress(bytes)` is told how many bytes are there. With `politely`, each file
 * waits until no page is starting, and a download a page interrupts starts again after. */
async function fill(files, older, progress = () => {}, politely = false) {
  const cache = await caches.open(CACHE);
  let done = 0;
  for (const file of files) {
    for (;;) {
      const signal = politely ? await idle() : undefined;
      await keeping.get(file.url); // the same file passing through to a page
      let partial = 0;
      try {
        if (!(await cache.match(file.url))) {
          const kept = await fromOlderCache(file, older);
          const count = (bytes) => progress(done + (partial += bytes));
          await cache.put(file.url, kept || (await download(file, count, signal)));
        }
        break;
      } catch (error) {
        if (!signal?.aborted) throw error; // a page started: this file again, once idle
      }
    }
    done += file.n;
    progress(done);
  }
}

const keeping = new Map(); // URL -> the keeping of a response that passed through

/** Keeps a response of the network if it is the file of this build (a page read, a file of
 * the runtime fetched by a calculator page); a newer deploy's file is not kept. A runtime
 * file is read and checked only once no page is starting. */
function keep(file, response) {
  const job = (async () => {
    if (file.t === "runtime") await idle();
    const cache = await caches.open(CACHE);
    if (await cache.match(file.url)) return;
    const body = await response.arrayBuffer();
    if ((await sha256(body)) === file.h) await cache.put(file.url, keepable(body, response));
  })()
    .catch(() => {}) // not kept: the fill downloads it
    .finally(() => {
      if (keeping.get(file.url) === job) keeping.delete(file.url);
    });
  keeping.set(file.url, job);
  return job;
}

async function hasRuntime(cache) {
  return Boolean(await cache.match(RUNTIME_COMPLETE));
}

// --- The runtime for offline use ------------------------------------------------------------

const RUNTIME = tier("runtime");
const RUNTIME_BYTES = RUNTIME.reduce((sum, file) => sum + file.n, 0);
let runtimeJob = null;
const listeners = new Set(); // MessagePorts of pages that follow the progress

function tell(message) {
  for (const port of listeners) port.postMessage(message);
}

function keepRuntime(older = []) {
  runtimeJob ??= (async () => {
    const cache = await caches.open(CACHE);
    if (await hasRuntime(cache)) return;
    let told = 0;
    const progress = (done) => {
      if (Math.abs(done - told) >= RUNTIME_BYTES / 100 || done === RUNTIME_BYTES) {
        told = done;
        tell({ type: "progress", done, total: RUNTIME_BYTES });
      }
    };
    await fill(RUNTIME, older, progress, true);
    await cache.put(RUNTIME_COMPLETE, new Response("complete"));
  })()
    .then(
      () => tell({ type: "done", total: RUNTIME_BYTES }),
      (error) => {
        tell({ type: "failed", error: String(error && error.message ? error.message : error) });
        throw error;
      },
    )
    .finally(() => {
      runtimeJob = null;
      listeners.clear();
    });
  return runtimeJob;
}

// --- Life cycle -------------------------------------------------------------------------------

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const older = await olderCaches();
      await fill(tier("shell"), older);
      // A reader who had the calculators offline keeps them: the new runtime, now.
      const hadRuntime = await Promise.all(older.map(hasRuntime));
      if (hadRuntime.some(Boolean)) await keepRuntime(older);
      // Pages already read that did not change stay available.
      const cache = await caches.open(CACHE);
      for (const file of tier("page")) {
        if (await cache.match(file.url)) continue;
        const kept = await fromOlderCache(file, older);
        if (kept) await cache.put(file.url, kept);
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// --- Answering requests -----------------------------------------------------------------------

/** The cached response for `request`, under the request's own URL (a shared calculation's
 * query, the worker's parameters: the page and the worker read them from their address). */
async function cached(file, request) {
  const cache = await caches.open(CACHE);
  const response = await cache.match(file.url);
  if (!response || request.url === file.url) return response;
  return new Response(response.body, { status: response.status, headers: response.headers });
}

async function networkFirst(event, file) {
  try {
    // Known to be offline: no request that can only fail.
    if (self.navigator.onLine === false) throw new TypeError("offline");
    const response = await fetch(event.request);
    if (file && response.ok) event.waitUntil(keep(file, response.clone()));
    return response;
  } catch (error) {
    const response = file && (await cached(file, event.request));
    if (response) return response;
    if (event.request.mode === "navigate") return offlinePage();
    throw error;
  }
}

async function cacheFirst(event, file) {
  const response = await cached(file, event.request);
  if (response) return response;
  const fresh = await fetch(event.request);
  if (fresh.ok) event.waitUntil(keep(file, fresh.clone()));
  return fresh;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  const file = fileFor(request.url);
  // A page loading, or a file of the runtime on its way to one: keeping the runtime waits.
  if (request.mode === "navigate") busy(file?.calculator ? event.resultingClientId : "");
  else if (file?.t === "runtime") busy("");
  if (request.mode === "navigate") event.respondWith(networkFirst(event, file));
  else if (!file) return; // not a file of this build: the network, as without this worker
  else if (file.k === "immutable") event.respondWith(cacheFirst(event, file));
  else event.respondWith(networkFirst(event, file));
});

// --- The offline page -------------------------------------------------------------------------

const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The offline page (offline.html, in the cache since install) with links to what is here:
 * the calculators and the pages already read, in the order of the site's navigation. */
async function offlinePage() {
  const cache = await caches.open(CACHE);
  const template = OFFLINE_PAGE && (await cache.match(OFFLINE_PAGE.url));
  if (!template) return Response.error();
  const here = new Set((await cache.keys()).map((request) => request.url));
  const pages = FILES.filter((file) => file.title && here.has(file.url));
  const lists = {
    rekenhulpen: pages.filter((file) => file.calculator),
    gelezen: pages.filter((file) => !file.calculator),
  };
  const item = (file) => `<li><a href="${escape(file.url)}">${escape(file.title)}</a></li>`;
  const html = (await template.text())
    // Its own links (stylesheets, home) are relative to the root, wherever it is shown.
    .replace("<!-- offline:base -->", `<base href="${escape(SCOPE)}">`)
    .replace(/<!-- offline:(\w+) -->([\s\S]*?)<!-- \/offline:\1 -->/g, (_, name, empty) =>
      lists[name]?.length ? `<ul>${lists[name].map(item).join("")}</ul>` : empty,
    );
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}

// --- Messages from the pages (site.mjs, offline.mjs) ----------------------------------------

async function status() {
  const cache = await caches.open(CACHE);
  const runtime = await hasRuntime(cache);
  return { type: "status", build: MANIFEST.build, runtime, total: RUNTIME_BYTES };
}

self.addEventListener("message", (event) => {
  const message = event.data || {};
  const port = event.ports[0];
  if (message.type === "status") {
    event.waitUntil(status().then((reply) => port?.postMessage(reply)));
  } else if (message.type === "runtime") {
    // Python answered on a calculator page (it no longer boots), or the reader asked (a
    // port for the progress): keep the runtime for offline use, once no page is starting.
    if (event.source?.id) booting.delete(event.source.id);
    if (port) {
      listeners.add(port);
      eager = true;
    }
    lastActivity = Date.now();
    event.waitUntil(keepRuntime().catch(() => {}));
  } else if (message.type === "page" && typeof message.url === "string") {
    // A page read before this worker controlled it (the first visit).
    const file = fileFor(message.url);
    if (file && file.title) {
      event.waitUntil(
        (async () => {
          const cache = await caches.open(CACHE);
          if (!(await cache.match(file.url))) await cache.put(file.url, await download(file));
        })().catch(() => {}), // not of this build (a newer deploy) or offline: not kept
      );
    }
  }
});
