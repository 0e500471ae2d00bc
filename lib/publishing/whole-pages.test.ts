import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { isKeptWhole, refuseOtherMethods, WholePages, withoutScripts } from './whole-pages.mjs';

const page = [
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script><title>A check</title></head>',
  '<body><p>Text about &lt;script&gt; tags</p>',
  '<script type="application/ld+json">{"@type":"ClaimReview","x":"\\u003c/script>"}</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"payload"])</script>',
  '</body></html>',
].join('');

describe('a public page without its scripts', () => {
  it('keeps the markup, the stylesheet and the JSON-LD, and nothing that runs', () => {
    const html = withoutScripts(page);
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(html).not.toContain('as="script"');
    expect(html).toContain('<script type="application/ld+json">{"@type":"ClaimReview"');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain('<p>Text about &lt;script&gt; tags</p>');
  });

  it('is kept for the public addresses only', () => {
    for (const path of [
      '/',
      '/claims',
      '/claims/a-b',
      '/articles/x',
      '/comparisons/y',
      '/comparisons',
      '/report',
      '/embed/claims/z',
      '/corrections',
      '/corrections/feed.xml',
      '/claims/a-b/feed.xml',
      '/comparisons/y/feed.xml',
    ])
      expect(isKeptWhole(path), path).toBe(true);
    // /report/send takes the report form's POST: a route handler, never kept, never refused 405.
    for (const path of [
      '/review',
      '/claims/a/b',
      '/claims/UPPER',
      '/login',
      '/api/health',
      '/api/evidence/1',
      '/articles/x/feed.xml',
      '/claims/a/b/feed.xml',
      '/review/admin/corrections-policy',
      '/report/send',
    ])
      expect(isKeptWhole(path), path).toBe(false);
  });
});

describe('the whole-page store', () => {
  const entry = (size: number) => ({ body: Buffer.alloc(size), gzip: Buffer.alloc(0), etag: 'W/"x"', headers: {} });

  it('forgets everything when the public generation moves', () => {
    let generation = '1';
    const store = new WholePages({ generation: () => generation });
    store.set('http /claims/a', '1', entry(10));
    expect(store.get('http /claims/a')).toBeDefined();
    generation = '2';
    expect(store.get('http /claims/a')).toBeUndefined();
    // Rendered before the change, finished after it: not kept.
    store.set('http /claims/a', '1', entry(10));
    expect(store.get('http /claims/a')).toBeUndefined();
  });

  it('stays within its bound, dropping the least recently read first', () => {
    const store = new WholePages({ maxBytes: 400, generation: () => '0' });
    for (const key of ['a', 'b', 'c', 'd']) store.set(key, '0', entry(100));
    store.get('a');
    store.set('e', '0', entry(100));
    expect([...store.entries.keys()]).toEqual(['c', 'd', 'a', 'e']);
    expect(store.bytes).toBe(400);
    store.set('huge', '0', entry(101)); // over a quarter of the bound: never kept
    expect(store.get('huge')).toBeUndefined();
  });

  it('keeps the pages readers read when a flood of made-up queries arrives', () => {
    const store = new WholePages({ maxBytes: 1000, generation: () => '0' });
    expect(store.maxQueryBytes).toBe(250);
    for (const slug of ['a', 'b', 'c']) store.set(`http /claims/${slug}`, '0', entry(100));
    for (let i = 0; i < 1000; i++) store.set(`http /claims?q=${i}`, '0', entry(50));
    for (const slug of ['a', 'b', 'c']) expect(store.get(`http /claims/${slug}`), slug).toBeDefined();
    expect(store.bytes).toBe(300);
    // The queries keep the most recent within their own, smaller budget.
    expect(store.queryBytes).toBe(250);
    expect([...store.queryEntries.keys()]).toEqual([995, 996, 997, 998, 999].map((i) => `http /claims?q=${i}`));
    expect(store.get('http /claims?q=999')).toBeDefined();
    expect(store.get('http /claims?q=0')).toBeUndefined();
  });

  it('keeps nothing for other methods or while the database is down; the client router asks for the plain page', () => {
    let reachable = true;
    const store = new WholePages({ generation: () => '0', databaseReachable: () => reachable });
    const req = (method: string, url: string, headers = {}) => ({ method, url, headers });
    expect(store.keyOf(req('GET', '/claims?page=2'))).toBe('http /claims?page=2');
    expect(store.keyOf(req('GET', '/claims', { 'x-forwarded-proto': 'https' }))).toBe('https /claims');
    expect(store.keyOf(req('POST', '/claims'))).toBeNull();
    // Public pages carry no client router: its requests are answered as the plain page.
    expect(store.keyOf(req('GET', '/claims', { rsc: '1' }))).toBe('http /claims');
    expect(store.keyOf(req('GET', '/claims?_rsc=abc'))).toBe('http /claims');
    expect(store.keyOf(req('GET', '/claims?page=2&_rsc=abc'))).toBe('http /claims?page=2');
    reachable = false;
    expect(store.keyOf(req('GET', '/claims'))).toBeNull();
  });
});

describe('served from the store', () => {
  let server: http.Server | undefined;
  afterEach(() => server?.close());

  it('renders once, then answers from memory, gzip or not, and 304 by ETag', async () => {
    let renders = 0;
    let generation = '1';
    const store = new WholePages({ generation: () => generation });
    server = http.createServer((req, res) => {
      if (store.serve(req, res)) return;
      store.capture(req, res);
      renders++;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('x-request-id', 'first');
      res.setHeader('Cache-Control', 'private, no-store');
      // As Next streams it: in pieces, one of them bytes.
      res.write(page.slice(0, 100));
      res.write(new TextEncoder().encode(page.slice(100, 300)));
      res.end(`${page.slice(300)}<!-- ${renders} -->`);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) =>
        http
          .get(`${base}${path}`, { headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () =>
              resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
            );
          })
          .on('error', reject),
      );

    const first = await get('/claims/a');
    expect(first.status).toBe(200);
    expect(first.body.toString()).toBe(`${withoutScripts(page)}<!-- 1 -->`);
    expect(first.headers['cache-control']).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60');
    const etag = first.headers.etag!;

    const zipped = await get('/claims/a', { 'Accept-Encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toBe(first.body.toString());
    expect(zipped.headers.etag).toBe(etag);
    expect(zipped.headers['x-request-id']).not.toBe('first');
    expect(renders).toBe(1);

    const again = await get('/claims/a', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toHaveLength(0);

    // Next's client-router request: the same page, from memory, not a redirect or a payload.
    for (const [path, headers] of [
      ['/claims/a', { RSC: '1' }],
      ['/claims/a?_rsc=x1', { RSC: '1', 'Next-Router-State-Tree': '%5B%5D' }],
    ] as const) {
      const router = await get(path, headers);
      expect(router.status, path).toBe(200);
      expect(router.body.toString(), path).toBe(first.body.toString());
    }
    expect(renders).toBe(1);

    generation = '2';
    const changed = await get('/claims/a', { 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(renders).toBe(2);
  });

  it('hands Next a client-router request as the plain page', async () => {
    const seen: string[] = [];
    const store = new WholePages({ generation: () => '0' });
    server = http.createServer((req, res) => {
      if (store.serve(req, res)) return;
      store.capture(req, res);
      seen.push(`${req.url} rsc=${req.headers.rsc ?? '-'}`);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(page);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const answer = await fetch(`${base}/claims?kind=casualty&_rsc=x1`, { headers: { RSC: '1' } });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe(withoutScripts(page));
    expect(seen).toEqual(['/claims?kind=casualty rsc=-']);
  });

  it('answers 405 to a public page asked with another method than GET or HEAD', async () => {
    let handled = 0;
    server = http.createServer((req, res) => {
      if (refuseOtherMethods(req, res)) return;
      handled++;
      res.end('next');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const [method, path] of [
      ['POST', '/claims/a'],
      ['PUT', '/'],
      ['DELETE', '/articles/x'],
    ]) {
      const answer = await fetch(`${base}${path}`, { method, body: method === 'DELETE' ? undefined : 'x=1' });
      expect(answer.status, `${method} ${path}`).toBe(405);
      expect(answer.headers.get('allow'), `${method} ${path}`).toBe('GET, HEAD');
    }
    expect(handled).toBe(0);
    // Other addresses, and reading, go on to Next.
    expect((await fetch(`${base}/claims/a`)).status).toBe(200);
    expect((await fetch(`${base}/api/v1/claims`, { method: 'POST' })).status).toBe(200);
    expect((await fetch(`${base}/review/claims/a`, { method: 'POST' })).status).toBe(200);
    expect(handled).toBe(3);
  });

  it('renders once for a crowd that arrives together', async () => {
    let renders = 0;
    const store = new WholePages({ generation: () => '0' });
    server = http.createServer(async (req, res) => {
      if (await store.serveOrWait(req, res)) return;
      store.capture(req, res);
      renders++;
      res.writeHead(200, ['Content-Type', 'text/html', 'X-Rendered', 'once']);
      setTimeout(() => res.end(page), 100);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/claims/a`;
    const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(url)));
    expect(new Set(await Promise.all(answers.map((r) => r.text())))).toEqual(new Set([withoutScripts(page)]));
    expect(answers.every((r) => r.headers.get('x-rendered') === 'once')).toBe(true);
    expect(renders).toBe(1);
  });
});
