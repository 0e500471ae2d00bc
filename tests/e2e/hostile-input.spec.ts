import { expect, test } from '@playwright/test';
import { loginAs } from './fixtures';

// Issue 13, findings 7 and 8, against the built server with proxy.ts in front: the body
// limit Next applies there, and the pages that read free text from the address.

const MiB = 1024 * 1024;

test('a 20 MB evidence file is accepted and a 21 MB one refused with a message, never a 500', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await loginAs(page, 'reviewer');
  await page.goto('/review?view=all');
  const href = await page.locator('a[href^="/review/claims/"]').first().getAttribute('href');
  const claimId = href!.split(/[/?#]/)[3]!;
  const upload = (size: number) =>
    page.request.post(`/api/claims/${claimId}/evidence`, {
      headers: { origin: baseURL! },
      multipart: {
        stance: 'context',
        file: { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.alloc(size, 'a') },
      },
      timeout: 60_000,
    });
  const accepted = await upload(20 * MiB);
  expect(accepted.status()).toBe(201);
  const refused = await upload(21 * MiB);
  expect(refused.status()).toBe(413);
  expect(await refused.json()).toMatchObject({ message: 'Files can be at most 20 MB.' });
});

test('a signed-out upload is refused before its body matters', async ({ request, baseURL }) => {
  const answer = await request.post('/api/claims/anything/evidence', {
    headers: { origin: baseURL! },
    multipart: { file: { name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(12 * MiB, 'a') } },
  });
  expect(answer.status()).toBe(401);
});

test('U+0000 in a search answers with a message, not a 500', async ({ page, request }) => {
  const index = await request.get('/claims?q=%00');
  expect(index.status()).toBe(200);
  expect(await index.text()).toContain('These filters are not valid');
  const api = await request.get('/api/v1/claims?q=%00');
  expect(api.status()).toBe(422);
  expect((await request.get('/review/claims/%00')).status()).toBeLessThan(500);
  await loginAs(page, 'reviewer');
  expect((await page.goto('/review?q=%00'))!.status()).toBe(200);
  expect((await page.goto('/review/claims/%00'))!.status()).toBe(404);
  expect((await page.goto('/login?notice=__proto__'))!.status()).toBeLessThan(500);
});

test('a server action over 1 MB is refused with 413 and a message, not a 500', async ({ request, baseURL }) => {
  // Any action id will do: the size is refused before Next looks it up.
  const answer = await request.post('/account', {
    headers: { origin: baseURL!, 'next-action': '0'.repeat(42) },
    multipart: { '1_currentPassword': 'a'.repeat(2 * MiB) },
  });
  expect(answer.status()).toBe(413);
  expect(await answer.json()).toMatchObject({ message: 'This form is too large to send: at most 1 MB.' });
});
