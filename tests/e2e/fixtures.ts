import { expect, type Browser, type Page } from '@playwright/test';
import { demoUsers } from '@/prisma/seed/users';
import type { Role } from '@/lib/generated/prisma/enums';

// Signs in through the real form and credentials endpoint, as a person would.
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function loginAs(page: Page, role: Role) {
  const user = demoUsers.find((u) => u.role === role)!;
  await signIn(page, user.email, user.password);
  // A cold server's first sign-in (argon2, the database opening) can take a while on a busy machine.
  await expect(page.getByRole('heading', { name: 'Review desk' })).toBeVisible({ timeout: 20_000 });
  return user;
}

/** An admin creates a fresh account through the users page; returns its credentials. */
export async function createAccount(browser: Browser, role: Role = 'reviewer') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, 'admin');
  await page.goto('/review/admin/users');
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const account = { email: `test-${unique}@example.org`, name: `Test ${unique}`, password: `pw-${unique}-long` };
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Create user' }) });
  await form.getByLabel('Email').fill(account.email);
  await form.getByLabel('Name').fill(account.name);
  await form.getByLabel('Role').selectOption(role);
  await form.getByLabel('A password I set now').check();
  await form.getByLabel('Initial password').fill(account.password);
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByRole('status')).toContainText(`Created ${account.name}`);
  return { ...account, adminPage: page, close: () => context.close() };
}
