import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Role } from '@/lib/generated/prisma/enums';
import { demoUsers } from '@/prisma/seed/users';
import { signIn } from './fixtures';

// Shared by the public-page browser tests.

export async function jsonLdBlocks(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((t) => JSON.parse(t));
}

/** The body of a public answer, which must be a 200. */
export async function fetchText(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** loginAs, with a longer wait: a cold server's first sign-in can outlast the default. */
export async function signInAs(page: Page, role: Role) {
  const user = demoUsers.find((u) => u.role === role)!;
  await signIn(page, user.email, user.password);
  await expect(page.getByRole('heading', { name: 'Review desk' })).toBeVisible({ timeout: 20_000 });
}
