import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoUsers } from '@/prisma/seed/users';
import { createAccount, loginAs, signIn } from './fixtures';

test.describe('signing in', () => {
  test('a reviewer and an editor see the desk but not user admin', async ({ page }) => {
    for (const role of ['reviewer', 'editor'] as const) {
      await page.context().clearCookies();
      await loginAs(page, role);
      await expect(page.getByRole('navigation', { name: 'Review desk' })).not.toContainText('Users');
      const response = await page.goto('/review/admin/users');
      expect(response?.status()).toBe(403);
      await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    }
  });

  test('an admin manages users, and the pages pass axe', async ({ page }) => {
    await loginAs(page, 'admin');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole('link', { name: 'Users' }).click();
    await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
    await expect(page.getByTestId('user-reviewer@example.org')).toContainText('Reviewer');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    // The last admin cannot be demoted.
    const me = page.getByTestId('user-admin@example.org');
    await me.getByLabel('Role of').selectOption('editor');
    await me.getByRole('button', { name: 'Save role' }).click();
    await expect(me.getByRole('alert')).toHaveText('The last active admin cannot be demoted.');
  });

  test('a wrong password is refused with a message, and the email stays in the form', async ({ page }) => {
    await signIn(page, 'editor@example.org', 'not-the-password');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Wrong email or password.');
    await expect(page.getByLabel('Email')).toHaveValue('editor@example.org');
  });

  test('six wrong passwords lock the account, and the message says so', async ({ page, browser }) => {
    const account = await createAccount(browser);
    for (let i = 0; i < 5; i++) await signIn(page, account.email, 'wrong-password-guess');
    await signIn(page, account.email, account.password);
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Too many failed sign-ins');
    await expect(page.getByRole('main').getByRole('alert')).toContainText('locked for 15 more minutes');
    await account.close();
  });

  test('signing out ends the session', async ({ page }) => {
    await loginAs(page, 'reviewer');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText('You have signed out.');
    await page.goto('/review');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Freview$/);
  });

  test('a user disabled by an admin is signed out on their next click', async ({ page, browser }) => {
    const account = await createAccount(browser);
    await signIn(page, account.email, account.password);
    await expect(page.getByRole('heading', { name: 'Review desk' })).toBeVisible();

    const row = account.adminPage.getByTestId(`user-${account.email}`);
    await account.adminPage.reload();
    await row.getByRole('button', { name: 'Disable' }).click();
    await expect(row.getByRole('status')).toHaveText('Disabled.');

    await page.getByRole('link', { name: 'Account' }).click();
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount/);
    await signIn(page, account.email, account.password);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'This account is disabled. Ask an admin to re-enable it.',
    );
    await account.close();
  });

  test('a user changes their password with the current one', async ({ page, browser }) => {
    const account = await createAccount(browser);
    await signIn(page, account.email, account.password);
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByLabel('Current password').fill('not-my-password');
    await page.getByLabel('New password').fill('a-brand-new-password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('This is not your current password.')).toBeVisible();

    await page.getByLabel('Current password').fill(account.password);
    await page.getByLabel('New password').fill('a-brand-new-password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText(
      'Your password has changed. Sign in with the new one.',
    );
    await signIn(page, account.email, 'a-brand-new-password');
    await expect(page.getByRole('heading', { name: 'Review desk' })).toBeVisible();
    await account.close();
  });
});

/** The id of a claim from the desk's list of all claims. */
async function claimOnDesk(page: Page) {
  await page.goto('/review?view=all');
  const href = await page.locator('a[href^="/review/claims/"]').first().getAttribute('href');
  return href!.split('/').at(-1)!;
}

/** A second browser holding a copy of this page's cookies, as someone who kept them would. */
async function copyOfCookies(page: Page, browser: Browser) {
  const context = await browser.newContext();
  await context.addCookies(await page.context().cookies());
  return context;
}

test.describe('sessions end for good (issue 13, finding 10)', () => {
  test('a session cookie kept from before signing out reads nothing afterwards', async ({ page, browser }) => {
    await loginAs(page, 'reviewer');
    const claimId = await claimOnDesk(page);
    const kept = await copyOfCookies(page, browser);
    expect((await kept.request.get(`/api/claims/${claimId}`)).status()).toBe(200);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText('You have signed out.');
    const after = await kept.request.get(`/api/claims/${claimId}`);
    expect(after.status()).toBe(401);
    expect(await after.json()).not.toHaveProperty('data');
    expect(await (await kept.request.get('/api/auth/session')).json()).toBeNull();
    const keptPage = await kept.newPage();
    await keptPage.goto('/review');
    await expect(keptPage).toHaveURL(/\/login\?callbackUrl=%2Freview$/);
    await kept.close();
  });

  test('disabling an account and enabling it again does not revive its old sessions', async ({ page, browser }) => {
    const account = await createAccount(browser);
    await signIn(page, account.email, account.password);
    await expect(page.getByRole('heading', { name: 'Review desk' })).toBeVisible();
    const claimId = await claimOnDesk(page);
    expect((await page.request.get(`/api/claims/${claimId}`)).status()).toBe(200);

    const row = account.adminPage.getByTestId(`user-${account.email}`);
    await account.adminPage.reload();
    await row.getByRole('button', { name: 'Disable' }).click();
    await expect(row.getByRole('status')).toHaveText('Disabled.');
    await row.getByRole('button', { name: 'Enable' }).click();
    await expect(row.getByRole('status')).toHaveText('Enabled.');

    expect((await page.request.get(`/api/claims/${claimId}`)).status()).toBe(401);
    await page.goto('/review');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Freview$/);
    // Signing in again works: the account is enabled.
    await signIn(page, account.email, account.password);
    await expect(page.getByRole('heading', { name: 'Review desk' })).toBeVisible();
    await account.close();
  });
});

test.describe('after signing in (issue 13, finding 5)', () => {
  const hostile = [
    '/%09/evil.example',
    '/%0a/evil.example',
    '/%0d%0aSet-Cookie:%20a=b',
    '//evil.example',
    '/%5C/evil.example',
    '%5C%5Cevil.example',
    'https://evil.example/',
    '/.//evil.example',
    'javascript:alert(1)',
  ];

  test('a signed-in visitor sent to /login goes only to a path on this site', async ({ page }) => {
    await loginAs(page, 'reviewer');
    for (const value of hostile) {
      const response = await page.request.get(`/login?callbackUrl=${value}`, { maxRedirects: 0 });
      expect(response.status(), value).toBe(307);
      expect(response.headers()['location'], value).toBe('/review');
    }
    const fine = await page.request.get('/login?callbackUrl=%2Freview%2Fcomparisons%3Fq%3Dx', { maxRedirects: 0 });
    expect(fine.headers()['location']).toBe('/review/comparisons?q=x');
  });

  test('signing in through the form with a hostile callback lands on the desk', async ({ page }) => {
    const user = demoUsers.find((u) => u.role === 'editor')!;
    await page.goto('/login?callbackUrl=/%09/evil.example');
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Review desk' })).toBeVisible({ timeout: 20_000 });
    expect(new URL(page.url()).pathname).toBe('/review');
  });
});

// Every page under app/review (and the account page), found on disk so a new page is walked too.
function staffPages(dir = 'app/review', route = '/review'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === 'page.tsx' ? [route] : [];
    const segment = entry.name.startsWith('[') ? 'some-id' : entry.name;
    return staffPages(path.join(dir, entry.name), `${route}/${segment}`);
  });
}

test('no page under /review, nor the account page, renders for an anonymous visitor', async ({ page }) => {
  const pages = [...staffPages(), '/account'];
  expect(pages).toEqual(expect.arrayContaining(['/review', '/review/admin/users', '/review/claims/some-id']));
  for (const path of pages) {
    await page.goto(path);
    await expect(page).toHaveURL(`/login?callbackUrl=${encodeURIComponent(path)}`);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  }
});
