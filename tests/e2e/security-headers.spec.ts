import { expect, test, type Page, type Request } from '@playwright/test';
import { demoUsers } from '@/prisma/seed/users';
import { loginAs } from './fixtures';

// The security headers of docs/decisions/005-security-headers.md on each kind of answer,
// pages that work under that policy, and cross-site posts refused before they write.

const published = '/claims/sohr-145-airstrikes';
const evil = 'https://evil.example';

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

function expectCommon(headers: Record<string, string>) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['strict-transport-security']).toBeUndefined(); // plain http here
  expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
}

/** A page's policy: scripts by this answer's nonce only, never framed. Returns the nonce. */
function expectPagePolicy(headers: Record<string, string>) {
  expectCommon(headers);
  const csp = headers['content-security-policy']!;
  const scripts = directive(csp, 'script-src')!;
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  expect(directive(csp, 'object-src')).toBe("object-src 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  return scripts.match(/'nonce-([A-Za-z0-9+/=]+)'/)![1]!;
}

/** Every executable script in the HTML carries the answer's nonce (JSON-LD is data, not script). */
function expectScriptsNonced(html: string, nonce: string) {
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((t) => !t.includes('ld+json'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
}

/** A public answer's policy: no script at all (docs/decisions/017), never framed. */
function expectScriptlessPolicy(headers: Record<string, string>) {
  expectCommon(headers);
  const csp = headers['content-security-policy']!;
  expect(directive(csp, 'script-src')).toBe("script-src 'none'");
  expect(csp).not.toContain('nonce');
  expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  expect(directive(csp, 'object-src')).toBe("object-src 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
}

test('a public page, the login page and the API answer with the security headers', async ({ request }) => {
  const first = await request.get(published);
  expect(first.status()).toBe(200);
  expectScriptlessPolicy(first.headers());
  // JSON-LD is data, not script; nothing else is left.
  const tags = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(tags).toEqual(['<script type="application/ld+json">']);
  // Served whole from memory the second time: the same page, a request id of its own.
  const again = await request.get(published);
  expectScriptlessPolicy(again.headers());
  expect(again.headers()['x-request-id']).not.toBe(first.headers()['x-request-id']);

  const login = await request.get('/login');
  expect(login.status()).toBe(200);
  const nonce = expectPagePolicy(login.headers());
  expectScriptsNonced(await login.text(), nonce);
  // A fresh nonce on each answer.
  expect(expectPagePolicy((await request.get('/login')).headers())).not.toBe(nonce);

  const api = await request.get('/api/v1/claims');
  expect(api.status()).toBe(200);
  expectScriptlessPolicy(api.headers());
});

test('a signed-in review page answers with the security headers', async ({ page }) => {
  await loginAs(page, 'editor');
  const response = (await page.goto('/review'))!;
  expect(response.status()).toBe(200);
  expectScriptsNonced(await response.text(), expectPagePolicy(response.headers()));
});

test('the embed may be framed by any site and runs no script', async ({ request }) => {
  const response = await request.get('/embed/claims/sohr-145-airstrikes');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expectCommon(headers);
  const csp = headers['content-security-policy']!;
  expect(directive(csp, 'frame-ancestors')).toBe('frame-ancestors *');
  expect(directive(csp, 'default-src')).toBe("default-src 'none'");
  expect(directive(csp, 'script-src')).toBeUndefined();
  expect(headers['x-frame-options']).toBeUndefined();
});

test('HSTS only when the reverse proxy reports https', async ({ request }) => {
  const https = await request.get(published, { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(https.headers()['strict-transport-security']).toBe('max-age=31536000');
  expect(https.headers()['content-security-policy']).toContain('upgrade-insecure-requests');
  const http = await request.get(published);
  expect(http.headers()['strict-transport-security']).toBeUndefined();
});

test('each answer carries a request id: the reverse proxy’s when it is harmless, else a new one', async ({
  request,
}) => {
  const kept = await request.get('/api/v1/claims', { headers: { 'X-Request-Id': 'lb-7f3a.42' } });
  expect(kept.headers()['x-request-id']).toBe('lb-7f3a.42');
  const replaced = await request.get('/api/v1/claims', { headers: { 'X-Request-Id': 'x" injected=1' } });
  expect(replaced.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  const a = (await request.get('/login')).headers()['x-request-id'];
  const b = (await request.get('/login')).headers()['x-request-id'];
  expect(a).not.toBe(b);
});

/** Records CSP violations the browser reports, from before any page script runs. */
async function watchViolations(page: Page) {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return async () => [
    ...console,
    ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
  ];
}

/** Next's inline scripts ran (they fill self.__next_f), so the nonce let them through. */
const hydrated = (page: Page) =>
  page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown }).__next_f));

test('public and workspace pages load and work with no CSP violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  for (const path of ['/', published, '/claims', '/articles/aleppo-john-kerry-calls-for-bombardment-of-city-to-end']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    // Public pages run no script: nothing to hydrate, nothing loaded, nothing refused.
    expect(await hydrated(page), path).toBe(false);
    expect(scripts, path).toEqual([]);
    expect(await violations(), path).toEqual([]);
  }
  await page.goto('/claims');
  await page.getByRole('searchbox').fill('Aleppo');
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/q=Aleppo/);
  expect(await violations()).toEqual([]);

  await loginAs(page, 'editor'); // a server action, then the review desk
  expect(await hydrated(page)).toBe(true);
  await page.goto('/review?view=all&q=Lavrov');
  await page.getByRole('link', { name: /Sergey Lavrov/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Sergey Lavrov/ })).toBeVisible();
  expect(await violations()).toEqual([]);
});

/** Lets the browser build a real request, keeps it, and stops it before it reaches the server. */
async function captureRequest(page: Page, pattern: string, act: () => Promise<void>) {
  let captured: Request | undefined;
  await page.route(pattern, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    captured = route.request();
    await route.abort();
  });
  await act();
  await expect.poll(() => captured).toBeDefined();
  await page.unroute(pattern);
  const headers = { ...captured!.headers() };
  for (const name of ['host', 'content-length', 'cookie']) delete headers[name];
  return { url: captured!.url(), headers, body: captured!.postDataBuffer()! };
}

test('a cross-site post to a server action is refused and writes nothing; the same post from our page works', async ({
  page,
  baseURL,
}) => {
  await loginAs(page, 'admin');
  await page.goto('/review/admin/users');
  const email = `csrf-${Date.now()}@example.org`;
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Create user' }) });
  const post = await captureRequest(page, '**/review/admin/users', async () => {
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Name').fill('Cross Site');
    await form.getByLabel('A password I set now').check();
    await form.getByLabel('Initial password').fill('pw-cross-site-long-enough');
    await form.getByRole('button', { name: 'Create user' }).click();
  });
  expect(post.headers['next-action']).toBeTruthy();

  const refused = await page.request.post(post.url, { headers: { ...post.headers, origin: evil }, data: post.body });
  expect(refused.status()).toBe(403);
  await page.goto('/review/admin/users');
  await expect(page.getByText(email)).toHaveCount(0);

  const accepted = await page.request.post(post.url, {
    headers: { ...post.headers, origin: new URL(baseURL!).origin },
    data: post.body,
  });
  expect(accepted.status()).toBe(200);
  await page.goto('/review/admin/users');
  await expect(page.getByText(email)).toHaveCount(1);
});

test('a cross-site evidence upload is refused and stores nothing; the same upload from our page works', async ({
  page,
  baseURL,
}) => {
  await loginAs(page, 'editor');
  await page.goto('/review?view=all&q=Lavrov');
  await page.getByRole('link', { name: /Sergey Lavrov/ }).click();
  const name = `csrf-${Date.now()}.txt`;
  const post = await captureRequest(page, '**/api/claims/*/evidence', async () => {
    await page.getByLabel(/^File/).setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from('a note\n') });
    await page.getByRole('button', { name: 'Attach file' }).click();
  });

  const refused = await page.request.post(post.url, { headers: { ...post.headers, origin: evil }, data: post.body });
  expect(refused.status()).toBe(403);
  const accepted = await page.request.post(post.url, {
    headers: { ...post.headers, origin: new URL(baseURL!).origin },
    data: post.body,
  });
  expect(accepted.status()).toBe(201);
  await page.reload();
  await expect(page.getByTestId('evidence').filter({ hasText: name })).toHaveCount(1);
});

test('cross-site posts to the sign-in routes are refused: no session is made or ended', async ({
  playwright,
  baseURL,
}) => {
  const user = demoUsers.find((u) => u.role === 'reviewer')!;
  const client = await playwright.request.newContext({ baseURL });
  const signIn = async (origin: string) => {
    const { csrfToken } = await (await client.get('/api/auth/csrf')).json();
    return client.post('/api/auth/callback/credentials', {
      headers: { origin },
      form: { csrfToken, email: user.email, password: user.password },
      maxRedirects: 0,
    });
  };
  const sessionUser = async () => (await (await client.get('/api/auth/session')).json())?.user?.email;

  expect((await signIn(evil)).status()).toBe(403);
  expect(await sessionUser()).toBeUndefined();
  expect((await signIn(new URL(baseURL!).origin)).status()).toBe(302);
  expect(await sessionUser()).toBe(user.email);

  const { csrfToken } = await (await client.get('/api/auth/csrf')).json();
  const signOut = (origin: string) =>
    client.post('/api/auth/signout', { headers: { origin }, form: { csrfToken }, maxRedirects: 0 });
  expect((await signOut(evil)).status()).toBe(403);
  expect(await sessionUser()).toBe(user.email);
  expect((await signOut(new URL(baseURL!).origin)).status()).toBe(302);
  expect(await sessionUser()).toBeUndefined();

  // Every other state-changing address refuses too, before any of its own checks.
  for (const path of ['/api/v1/claims', '/api/claims/any/evidence', '/login', '/review/admin/users']) {
    const response = await client.post(path, { headers: { origin: evil }, data: 'x' });
    expect(response.status(), path).toBe(403);
  }
  await client.dispose();
});
