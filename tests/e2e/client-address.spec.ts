import fs from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { demoUsers } from '@/prisma/seed/users';
import { prepareInstall, startServer, type OwnServer } from './own-server';

// Issue 13, finding 11: X-Forwarded-For is believed only from the proxies an operator lists
// (TRUSTED_PROXIES). With none listed, the address that counts is the socket's, so a client
// inventing a new X-Forwarded-For for every guess is still one address. A server of its
// own, since the test locks its client address out.

/** Signs in through Auth.js's credentials endpoint; returns the code the sign-in form would show, or 'ok'. */
async function signInOverHttp(
  api: APIRequestContext,
  url: string,
  email: string,
  password: string,
  forwardedFor: string,
) {
  const { csrfToken } = (await (await api.get(`${url}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await api.post(`${url}/api/auth/callback/credentials`, {
    form: { email, password, csrfToken, callbackUrl: '/review' },
    headers: { origin: url, 'x-forwarded-for': forwardedFor },
    maxRedirects: 0,
  });
  const location = new URL(response.headers()['location'] ?? '', url);
  return location.pathname === '/login' ? (location.searchParams.get('code') ?? 'error').split(':')[0] : 'ok';
}

test.describe('the client address on a server of its own', () => {
  test.describe.configure({ timeout: 240_000 });
  let server: OwnServer | undefined;
  test.afterEach(async () => {
    if (server?.process.exitCode === null) server.process.kill('SIGKILL');
    if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  test('counts failed sign-ins by the socket address, whatever X-Forwarded-For a client invents', async ({
    playwright,
  }) => {
    const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 1 : undefined;
    server = await startServer(prepareInstall(), { port, env: { TRUSTED_PROXIES: '' } });
    const api = await playwright.request.newContext();
    const reviewer = demoUsers.find((u) => u.role === 'reviewer')!;
    expect(await signInOverHttp(api, server.url, reviewer.email, reviewer.password, '203.0.113.250')).toBe('ok');

    // Thirty guesses at made-up accounts, each claiming another address: one address all the same.
    const codes: string[] = [];
    for (let i = 0; i < 30; i++) {
      codes.push(await signInOverHttp(api, server.url, `guess-${i}@example.org`, 'wrong-guess', `198.51.100.${i}`));
    }
    expect(codes.slice(0, 29).every((code) => code === 'unauthenticated')).toBe(true);
    expect(codes[29]).toBe('locked');
    // So this address is locked for a real account too, whatever it claims to be.
    expect(await signInOverHttp(api, server.url, reviewer.email, reviewer.password, '192.0.2.1')).toBe('locked');
    // lib/auth/address.ts knows that serve.mjs appended the socket's address.
    expect(server.output()).not.toContain('not running under scripts/serve.mjs');
    await api.dispose();
  });

  test('behind a listed proxy, guesses from other clients do not lock the owner out', async ({ playwright }) => {
    const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 1 : undefined;
    // The test plays the proxy: it connects from 127.0.0.1 and names the client it forwards.
    server = await startServer(prepareInstall(), { port, env: { TRUSTED_PROXIES: '127.0.0.1, ::1' } });
    const api = await playwright.request.newContext();
    const reviewer = demoUsers.find((u) => u.role === 'reviewer')!;
    for (let i = 1; i <= 5; i++) {
      expect(await signInOverHttp(api, server.url, reviewer.email, 'wrong-guess', `203.0.113.${i}`)).toBe(
        'unauthenticated',
      );
    }
    expect(await signInOverHttp(api, server.url, reviewer.email, reviewer.password, '192.0.2.1')).toBe('ok');
    // The same guesses from one client do lock that client out of the account.
    for (let i = 0; i < 4; i++) await signInOverHttp(api, server.url, reviewer.email, 'wrong-guess', '203.0.113.9');
    expect(await signInOverHttp(api, server.url, reviewer.email, 'wrong-guess', '203.0.113.9')).toBe('locked');
    expect(await signInOverHttp(api, server.url, reviewer.email, reviewer.password, '203.0.113.9')).toBe('locked');
    await api.dispose();
  });
});
