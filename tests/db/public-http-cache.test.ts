import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeEach, describe, expect, it } from 'vitest';
import { setVerdict } from '@/lib/claims/verdict';
import { approveClaim, publishClaim, retractClaim, submitForReview } from '@/lib/claims/transitions';
import { apiClaim } from '@/lib/publishing/api';
import { getPublicClaim } from '@/lib/publishing/claim';
import { embedHtml } from '@/lib/publishing/embed';
import { cacheableAnswer, PUBLIC_CACHE_CONTROL, publicJson } from '@/lib/publishing/http';
import { claimUrls, purge } from '@/lib/publishing/purge';
import { site } from '@/lib/publishing/site';
import { createClaim, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// Readers' browsers and a CDN in front revalidate public answers by ETag: a repeated
// request costs a 304 while nothing changed, and a retraction is a new version at once.
beforeEach(resetDb);

async function publishedClaim() {
  const [claim, reviewer, editor] = [await createClaim(), await createUser('reviewer'), await createUser('editor')];
  const ids = { claimId: claim.id };
  let v = (await setVerdict({ ...ids, version: 1, verdictKey: 'verified', reason: 'Matches' }, reviewer)).version;
  v = (await submitForReview({ ...ids, version: v }, reviewer)).version;
  v = (await approveClaim({ ...ids, version: v }, editor)).version;
  v = (await publishClaim({ ...ids, version: v, reason: 'Second read' }, editor)).version;
  return { claim, editor, ids, version: v };
}

const ask = (etag?: string) =>
  new Request('http://localhost/api/v1/claims/x', { headers: etag ? { 'If-None-Match': etag } : {} });

describe('public answers by ETag', () => {
  it('answers a repeated request with 304, and a retraction with the new version', async () => {
    const { claim, editor, ids, version } = await publishedClaim();
    const answer = async (etag?: string) =>
      publicJson(ask(etag), { data: apiClaim((await getPublicClaim(claim.slug))!, site) });

    const first = await answer();
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);

    const again = await answer(etag);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    // A CDN sends the strong form, or several tags at once.
    expect((await answer(`"other", ${etag.slice(2)}`)).status).toBe(304);

    await retractClaim({ ...ids, version, reason: 'Misread', publicNote: 'Retracted: misread.' }, editor);
    const retracted = await answer(etag);
    expect(retracted.status).toBe(200);
    expect(retracted.headers.get('etag')).not.toBe(etag);
    expect((await retracted.json()).data.status).toBe('retracted');
  });

  it('gives the embed card the same validation', async () => {
    const { claim } = await publishedClaim();
    const html = embedHtml((await getPublicClaim(claim.slug))!, site);
    const first = cacheableAnswer(new Request('http://localhost/embed'), html, { 'Content-Type': 'text/html' });
    const etag = first.headers.get('etag')!;
    const again = cacheableAnswer(
      new Request('http://localhost/embed', { headers: { 'If-None-Match': etag } }),
      html,
      {},
    );
    expect(again.status).toBe(304);
  });
});

describe('the CDN purge hook', () => {
  it('posts the absolute URLs that show a changed claim', async () => {
    const { claim } = await publishedClaim();
    const received: unknown[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ method: req.method, type: req.headers['content-type'], body: JSON.parse(body) });
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await purge(await claimUrls(claim.slug, claim.article.slug), `http://127.0.0.1:${port}/purge`);
    } finally {
      server.close();
    }
    expect(received).toHaveLength(1);
    const { urls } = (received[0] as { body: { urls: string[] } }).body;
    expect(received[0]).toMatchObject({ method: 'POST', type: 'application/json' });
    expect(urls).toContain(`${site.baseUrl}/claims/${claim.slug}`);
    expect(urls).toContain(`${site.baseUrl}/articles/${claim.article.slug}`);
    expect(urls).toContain(`${site.baseUrl}/api/v1/claims`);
    expect(urls).toContain(`${site.baseUrl}/claims/${claim.slug}/feed.xml`);
    expect(urls).toContain(`${site.baseUrl}/corrections`);
    expect(urls).toContain(`${site.baseUrl}/corrections/feed.xml`);
  });

  it('never fails the change when the CDN does not answer', async () => {
    await expect(purge(['/'], 'http://127.0.0.1:1/purge')).resolves.toBeUndefined();
  });
});
