import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { loadDemoInput } from '@/prisma/seed/demo';
import { signInAs } from './public-helpers';

// A reader reports an error from a public page with JavaScript off; staff triage it in
// /review/reports. The test server trusts 127.0.0.1 as a proxy (tests/e2e/server.ts), so
// each reader here names its own address in X-Forwarded-For, as a reverse proxy would.
// Several readers and a member of staff per test, each page a request to a shared machine.
test.describe.configure({ timeout: 120_000 });
const { editorial } = loadDemoInput();
const claim = editorial.demo.publishClaims[0]!;
const run = Date.now().toString(36);
let lastOctet = Math.floor(Math.random() * 200);
const newAddress = () => `203.0.113.${++lastOctet % 254}`;

/** A reader with no JavaScript, at an address of its own. */
async function reader(browser: Browser) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { 'x-forwarded-for': newAddress() },
  });
  return context.newPage();
}

/** Fills in the report form at the foot of a public page and sends it. */
async function sendFrom(page: Page, fields: { message: string; link?: string; email?: string; bot?: string }) {
  const form = page.locator('form[action="/report/send"]');
  if (!(await form.isVisible())) await page.getByText('Report an error or suggest a claim to check').click();
  await form.getByLabel('What is wrong, or what should we check?').fill(fields.message);
  if (fields.link) await form.getByLabel('A link that shows it (optional)').fill(fields.link);
  if (fields.email) await form.getByLabel(/Your e-mail/).fill(fields.email);
  // Off screen and out of the tab order: only a bot would type here.
  if (fields.bot) await form.locator('input[name="homepage"]').fill(fields.bot, { force: true });
  await form.getByRole('button', { name: 'Send report' }).click();
}

const thanks = (page: Page) =>
  expect(page.getByRole('heading', { level: 1, name: 'Thank you: your report has reached our desk' })).toBeVisible();

test('a report sent from a claim page reaches the staff inbox; dismissing it deletes the e-mail', async ({
  browser,
}) => {
  const page = await reader(browser);
  await page.goto(`/claims/${claim}`);
  const message = `The count in this check is from another week (${run}).`;
  const email = `reader-${run}@example.net`;
  await sendFrom(page, { message, link: 'https://example.net/report', email });
  await thanks(page);
  // Back to where the reader was; the answer never repeats what was sent.
  await expect(page.locator('body')).not.toContainText(email);
  await page.getByRole('link', { name: 'Back to the page you were reading' }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim}$`));

  const staff = await (await browser.newContext()).newPage();
  await signInAs(staff, 'reviewer');
  await expect(staff.getByRole('link', { name: /Reports/ })).toBeVisible();
  await staff.getByRole('link', { name: /Reports/ }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Reports from readers' })).toBeVisible();
  const item = staff.getByTestId('report').filter({ hasText: message });
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('link', { name: `/claims/${claim}` })).toBeVisible();
  await expect(item.getByRole('link', { name: email })).toBeVisible();
  await expect(item.getByRole('link', { name: 'https://example.net/report' })).toBeVisible();
  expect((await new AxeBuilder({ page: staff }).analyze()).violations).toEqual([]);

  // A reason is required; then the report closes and its e-mail is gone from the desk.
  await item.getByRole('button', { name: 'Dismiss' }).click();
  await expect(item.getByLabel('Why dismiss it? (staff only)')).toBeFocused();
  await item.getByLabel('Why dismiss it? (staff only)').fill('The week is right: the figure covers both.');
  await item.getByRole('button', { name: 'Dismiss' }).click();
  // The inbox refreshes without it: a closed report is no longer listed.
  await expect(item).toHaveCount(0);
  await staff.reload();
  await expect(staff.getByText(message)).toHaveCount(0);
  await expect(staff.getByText(email)).toHaveCount(0);
});

test('a sixth report in an hour from one address is refused with a message', async ({ browser }) => {
  const page = await reader(browser);
  for (let i = 1; i <= 5; i++) {
    await page.goto(`/claims/${claim}`);
    await sendFrom(page, { message: `Report ${i} of a busy reader (${run}).` });
    await thanks(page);
  }
  await page.goto(`/claims/${claim}`);
  await sendFrom(page, { message: `Report 6 of a busy reader (${run}).` });
  await expect(page.getByRole('alert')).toContainText(
    'Your report was not sent: we take at most 5 reports an hour from one address. Please try again after',
  );
  // The form is there again, for the same page.
  await expect(page.locator('input[name="page"]')).toHaveValue(`/claims/${claim}`);

  // Another reader is not held back by this one.
  const other = await reader(browser);
  await other.goto(`/claims/${claim}`);
  await sendFrom(other, { message: `A reader elsewhere (${run}).` });
  await thanks(other);

  const staff = await (await browser.newContext()).newPage();
  await signInAs(staff, 'editor');
  await staff.goto('/review/reports');
  for (let i = 1; i <= 5; i++) await expect(staff.getByText(`Report ${i} of a busy reader (${run}).`)).toHaveCount(1);
  await expect(staff.getByText(`Report 6 of a busy reader (${run}).`)).toHaveCount(0);
});

test('a report whose hidden field a bot filled in is answered as sent and kept nowhere', async ({ browser }) => {
  const page = await reader(browser);
  await page.goto(`/articles/${editorial.articleSlug}`);
  const message = `Buy cheap watches (${run}).`;
  await sendFrom(page, { message, bot: 'http://spam.example' });
  await thanks(page);

  const staff = await (await browser.newContext()).newPage();
  await signInAs(staff, 'reviewer');
  await staff.goto('/review/reports');
  await expect(staff.getByRole('heading', { level: 1, name: 'Reports from readers' })).toBeVisible();
  await expect(staff.getByText(message)).toHaveCount(0);
});

test('the report form, on a page and on its own, and its answers pass axe', async ({ page }) => {
  // axe runs as a script in the page, so this reader has JavaScript (the pages have none).
  await page.goto(`/claims/${claim}`);
  await page.getByText('Report an error or suggest a claim to check').click();
  await expect(page.getByLabel('What is wrong, or what should we check?')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  for (const path of [
    `/report?page=/claims/${claim}`,
    `/report?page=/claims/${claim}&sent=1`,
    `/report?page=/claims/${claim}&refused=limit&after=12:30`,
    `/report?page=/claims/${claim}&refused=invalid&field=link`,
    '/report',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect((await new AxeBuilder({ page }).analyze()).violations, path).toEqual([]);
  }
});
