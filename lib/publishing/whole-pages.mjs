// Public answers kept whole, so that a reader's request costs what a static file costs
// (docs/decisions/017-public-pages-served-whole.md). scripts/serve.mjs asks this store
// before Next: a hit is written out from memory; a miss goes through Next (proxy.ts, the
// page, its cached data) and the answer is kept. Public pages lose every script on the
// way (they need none, and their policy is `script-src 'none'`); JSON-LD, a data block,
// stays. The store is emptied whenever the public generation moves (lib/publishing/
// changes.ts: a publication, correction or retraction here or on another app server), and
// holds at most maxBytes for plain addresses, and a smaller budget of its own for addresses
// with a query, so that a flood of made-up queries cannot push out the pages readers read;
// each drops its least recently read answer first.
//
// Plain JavaScript: serve.mjs loads it outside the app's bundle. It shares the process,
// and reads the generation and the database state the app keeps on globalThis.
import { createHash, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const GENERATION = Symbol.for('claim-tracker.public-generation');
const DATABASE_STATE = Symbol.for('claim-tracker.database-state');

/**
 * Readers' browsers ask again each time and get 304 while nothing changed; a shared cache
 * (a CDN) keeps an answer a minute and may serve it one more minute while it fetches anew,
 * so even without a purge (PURGE_URL) a retraction reaches every reader within two minutes.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=60';

/** @param {string | Uint8Array} body Weak: the server may compress the body, and a weak tag still matches then. */
export function etagOf(body) {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): `W/` is ignored on both sides, `*` matches any. */
export function matchesEtag(/** @type {string | null | undefined} */ ifNoneMatch, /** @type {string} */ etag) {
  if (!ifNoneMatch) return false;
  const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
  const ours = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === ours);
}

const SLUG = '[a-z0-9][a-z0-9-]{0,119}';
const PAGES = new RegExp(`^(?:/|/claims|/comparisons|/corrections|/report|/(?:claims|articles|comparisons)/${SLUG})$`);
const OTHER_ANSWERS = new RegExp(
  `^(?:/embed/claims/${SLUG}|/api/v1/claims(?:/${SLUG})?|/api/v1/comparisons|/feed\\.xml|/corrections/feed\\.xml|/(?:claims|comparisons)/${SLUG}/feed\\.xml)$`,
);

/** The public pages that ship no script: home, the claim and comparison lists, claim, article and comparison pages, corrections. */
export function isScriptlessPage(/** @type {string} */ pathname) {
  return PAGES.test(pathname);
}

/** Answers kept whole: those pages, the embed card, the public API and the feeds (the site's, the corrections', each check's). */
export function isKeptWhole(/** @type {string} */ pathname) {
  return PAGES.test(pathname) || OTHER_ANSWERS.test(pathname);
}

/**
 * The page as rendered, without its scripts: Next's runtime, its React payload and the
 * preloads for them. Data blocks (`type="application/ld+json"`) stay. Safe on React's
 * output: text and attributes are escaped, and inline scripts never contain `</script`.
 */
export function withoutScripts(/** @type {string} */ html) {
  return html
    .replace(/<script\b(?![^>]*\btype="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>/g, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g, '');
}

/**
 * Only GET and HEAD reach a public page. Next would render the page for any method (a POST
 * answers the page with 200, bypassing the store and carrying scripts its policy refuses);
 * the pages have no forms that post, so other methods get 405 here.
 */
export const PAGE_METHODS = 'GET, HEAD';

/**
 * Answers 405 with `Allow: GET, HEAD` for a public page asked with another method; true if it did.
 * @param {Request} req
 * @param {import('node:http').ServerResponse} res
 */
export function refuseOtherMethods(req, res) {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  if (!isScriptlessPage(new URL(req.url ?? '/', 'http://localhost').pathname)) return false;
  const body = 'Method not allowed: this page is read with GET.\n';
  res.writeHead(405, {
    allow: PAGE_METHODS,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
  return true;
}

/**
 * Headers and the query parameter of Next's client router. Nothing on a public address
 * needs them (its pages carry no router), so they change nothing: a request with them is
 * answered as the plain one, from the store. Passed to Next, `RSC: 1` would answer a 307 to
 * an `_rsc` address and then a React payload rendered per request, past the store.
 */
const ROUTER_HEADERS = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-url',
];

/** Per request, not per page: never kept. */
const PER_REQUEST = new Set(['x-request-id', 'set-cookie', 'date', 'connection', 'keep-alive', 'transfer-encoding']);
const NOT_MODIFIED_DROPS = new Set(['content-type', 'content-length', 'content-encoding']);
const SAFE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * @typedef {{ body: Buffer, gzip: Buffer, etag: string, headers: Record<string, string | string[]> }} Entry
 * @typedef {{ headers: Record<string, string | string[] | undefined>, method?: string, url?: string }} Request
 */

export class WholePages {
  /** @param {{ maxBytes?: number, maxQueryBytes?: number, generation?: () => string, databaseReachable?: () => boolean, notFoundUrl?: string }} [options] */
  constructor(options = {}) {
    /** For plain addresses (no query): the pages readers arrive at. */
    this.maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
    /** For addresses with a query (filters, search, paging): a budget of their own, so they never push out a plain one. */
    this.maxQueryBytes = options.maxQueryBytes ?? this.maxBytes / 4;
    /** An address of this server that no route answers: Next's whole not-found page. */
    this.notFoundUrl = options.notFoundUrl;
    const registry = /** @type {Record<symbol, any>} */ (globalThis);
    this.generation = options.generation ?? (() => String(registry[GENERATION] ?? '0'));
    this.databaseReachable = options.databaseReachable ?? (() => registry[DATABASE_STATE]?.reachable !== false);
    /** @type {Map<string, Entry>} Plain addresses, least recently read first. */
    this.entries = new Map();
    /** @type {Map<string, Entry>} Addresses with a query, least recently read first. */
    this.queryEntries = new Map();
    /** @type {Map<string, Promise<void>>} Renders under way, so that a crowd waits for one instead of starting fifty. */
    this.rendering = new Map();
    this.bytes = 0;
    this.queryBytes = 0;
    this.keptAt = this.generation();
  }

  /**
   * The key of a request whose answer may be kept, or null: GET and HEAD of a public
   * address. Next's client-router headers and `_rsc` do not count (capture() removes them
   * before Next sees the request). The scheme a reverse proxy reports is part of it, since
   * HSTS and `upgrade-insecure-requests` follow it.
   * @param {Request} req
   */
  keyOf(req) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null;
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!isKeptWhole(url.pathname)) return null;
    url.searchParams.delete('_rsc');
    // The database is down: Next (proxy.ts) answers 503 with the reason, as for every address.
    if (!this.databaseReachable()) return null;
    const proto = String(req.headers['x-forwarded-proto'] ?? 'http')
      .split(',')[0]
      .trim()
      .toLowerCase();
    return `${proto === 'https' ? 'https' : 'http'} ${url.pathname}${url.search}`;
  }

  /** @param {string} key */
  get(key) {
    this.#dropIfStale();
    const entries = this.#entriesOf(key);
    const entry = entries.get(key);
    if (!entry) return undefined;
    entries.delete(key); // most recently read last
    entries.set(key, entry);
    return entry;
  }

  /** Keys are `scheme path[?query]`; a query's answers live in their own, smaller budget. */
  #entriesOf(/** @type {string} */ key) {
    return key.includes('?') ? this.queryEntries : this.entries;
  }

  /** Keeps an answer rendered while the generation was still `generation`, unless it has moved since. */
  set(/** @type {string} */ key, /** @type {string} */ generation, /** @type {Entry} */ entry) {
    this.#dropIfStale();
    if (generation !== this.keptAt) return;
    const entries = this.#entriesOf(key);
    const max = entries === this.entries ? this.maxBytes : this.maxQueryBytes;
    const size = entry.body.length + entry.gzip.length;
    if (size > max / 4) return;
    const old = entries.get(key);
    if (old) this.#forget(key, old);
    entries.set(key, entry);
    this.#count(entries, size);
    for (const [oldest, value] of entries) {
      if ((entries === this.entries ? this.bytes : this.queryBytes) <= max) break;
      this.#forget(oldest, value);
    }
  }

  #forget(/** @type {string} */ key, /** @type {Entry} */ entry) {
    const entries = this.#entriesOf(key);
    entries.delete(key);
    this.#count(entries, -(entry.body.length + entry.gzip.length));
  }

  #count(/** @type {Map<string, Entry>} */ entries, /** @type {number} */ bytes) {
    if (entries === this.entries) this.bytes += bytes;
    else this.queryBytes += bytes;
  }

  #dropIfStale() {
    const now = this.generation();
    if (now === this.keptAt) return;
    this.entries.clear();
    this.queryEntries.clear();
    this.bytes = 0;
    this.queryBytes = 0;
    this.keptAt = now;
  }

  /**
   * Next answers notFound() in a page with an empty shell that its scripts fill in; without
   * them a reader would see a blank page. The not-found page Next renders for an unknown
   * address is whole, so that one is asked of this server (once per generation) instead.
   * @returns {Promise<Buffer | undefined>}
   */
  async notFoundPage() {
    if (!this.notFoundUrl) return undefined;
    const key = 'not-found';
    const generation = this.generation();
    const kept = this.get(key);
    if (kept) return kept.body;
    try {
      const answer = await fetch(this.notFoundUrl, { signal: AbortSignal.timeout(5_000) });
      const body = Buffer.from(withoutScripts(await answer.text()));
      if (answer.status !== 404 || isErrorShell(body)) return undefined;
      this.set(key, generation, { body, gzip: Buffer.alloc(0), etag: '', headers: {} });
      return body;
    } catch {
      return undefined;
    }
  }

  /**
   * Answers from memory when it can; true if it did.
   * @param {Request} req
   * @param {import('node:http').ServerResponse} res
   */
  serve(req, res) {
    const key = this.keyOf(req);
    const entry = key ? this.get(key) : undefined;
    if (!entry) return false;
    send(req, res, entry);
    return true;
  }

  /**
   * As serve(), after waiting for a render of the same address already under way (the first
   * readers after a publication): one render per change, however many readers arrive.
   * @param {Request} req
   * @param {import('node:http').ServerResponse} res
   */
  async serveOrWait(req, res) {
    if (this.serve(req, res)) return true;
    const key = this.keyOf(req);
    const rendering = key ? this.rendering.get(key) : undefined;
    if (!rendering) return false;
    await rendering;
    return this.serve(req, res);
  }

  /**
   * Lets Next answer a request that may be kept, catching its answer on the way: a page
   * loses its scripts, and a 200 without cookies is kept. Returns false when the request
   * is not one to keep (Next answers it untouched).
   * @param {Request} req
   * @param {import('node:http').ServerResponse} res
   */
  capture(req, res) {
    const key = this.keyOf(req);
    if (!key || req.method !== 'GET') return false;
    // Next renders the plain page for a client-router request too: the answer is the same.
    for (const name of ROUTER_HEADERS) delete req.headers[name];
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.searchParams.has('_rsc')) {
      url.searchParams.delete('_rsc');
      req.url = `${url.pathname}${url.search}`;
    }
    const generation = this.generation();
    /** @type {() => void} */
    let rendered = () => {};
    const promise = new Promise((resolve) => (rendered = () => resolve(undefined)));
    this.rendering.set(key, promise);
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      if (this.rendering.get(key) === promise) this.rendering.delete(key);
      rendered();
    };
    res.once('close', done);
    const ifNoneMatch = /** @type {string | undefined} */ (req.headers['if-none-match']);
    const acceptsGzip = acceptsGzipOf(req);
    // Next should send the whole body, uncompressed: it is rewritten, then compressed here once.
    delete req.headers['if-none-match'];
    delete req.headers['accept-encoding'];
    const { writeHead, write, end } = res;
    /** @type {Buffer[]} */
    const chunks = [];
    const bytes = (/** @type {any} */ chunk, /** @type {any} */ encoding) =>
      chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === 'string' ? encoding : 'utf8');
    res.writeHead = function (status, ...args) {
      this.statusCode = status;
      const headers = args.find((a) => a && typeof a === 'object');
      // An object of headers, or Node's flat [name, value, name, value, …] array.
      const pairs = Array.isArray(headers)
        ? headers.flatMap((v, i) => (i % 2 ? [] : [[v, headers[i + 1]]]))
        : Object.entries(headers ?? {});
      for (const [name, value] of pairs) this.setHeader(name, value);
      return this;
    };
    res.write = function (chunk, encoding, callback) {
      if (chunk) chunks.push(bytes(chunk, encoding));
      const cb = [encoding, callback].find((a) => typeof a === 'function');
      if (cb) process.nextTick(cb);
      return true;
    };
    res.end = (chunk, encoding, callback) => {
      if (chunk && typeof chunk !== 'function') chunks.push(bytes(chunk, encoding));
      Object.assign(res, { writeHead, write, end });
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      let body = Buffer.concat(chunks);
      const html = String(res.getHeader('content-type') ?? '').startsWith('text/html');
      if (html && isScriptlessPage(pathname)) body = Buffer.from(withoutScripts(body.toString('utf8')));
      res.removeHeader('content-length');
      const callbacks = [encoding, callback].filter((a) => typeof a === 'function');
      if (res.statusCode === 404 && html && isScriptlessPage(pathname) && isErrorShell(body)) {
        void this.notFoundPage().then((page) => {
          res.setHeader('content-length', (page ?? body).length);
          done();
          end.call(res, page ?? body, ...callbacks);
        });
        return res;
      }
      if (res.statusCode !== 200 || res.getHeader('set-cookie')) {
        res.setHeader('content-length', body.length);
        done();
        return end.call(res, body, ...callbacks);
      }
      const entry = {
        body,
        gzip: gzipSync(body),
        etag: etagOf(body),
        headers: keptHeaders(res),
      };
      this.set(key, generation, entry);
      done();
      send(
        { ...req, headers: { ...req.headers, 'if-none-match': ifNoneMatch, 'accept-encoding': acceptsGzip } },
        res,
        entry,
      );
      return res;
    };
    return true;
  }
}

const isErrorShell = (/** @type {Buffer} */ body) => body.includes('<html id="__next_error__"');

/** @param {Request} req */
function acceptsGzipOf(req) {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? 'gzip' : '';
}

/** @param {import('node:http').ServerResponse} res */
function keptHeaders(res) {
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value === undefined || PER_REQUEST.has(name)) continue;
    headers[name] = typeof value === 'number' ? String(value) : value;
  }
  headers['cache-control'] = PUBLIC_CACHE_CONTROL;
  return headers;
}

/**
 * @param {Request} req
 * @param {import('node:http').ServerResponse} res
 * @param {Entry} entry
 */
function send(req, res, entry) {
  const incoming = /** @type {string | undefined} */ (req.headers['x-request-id']);
  res.setHeader('x-request-id', incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID());
  const notModified = matchesEtag(/** @type {string | undefined} */ (req.headers['if-none-match']), entry.etag);
  for (const [name, value] of Object.entries(entry.headers)) {
    if (!(notModified && NOT_MODIFIED_DROPS.has(name))) res.setHeader(name, value);
  }
  res.setHeader('etag', entry.etag);
  if (notModified) {
    res.statusCode = 304;
    return res.end();
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? entry.gzip : entry.body;
  res.statusCode = 200;
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.setHeader('content-length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}
