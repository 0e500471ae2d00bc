import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadDemoInput } from '@/prisma/seed/demo';
import { signInAs } from './public-helpers';

// The public list of comparisons, read with JavaScript off: published ones (the demo's two),
// newest first, searchable by place and source through a GET form; a draft never.
const { labels, editorial } = loadDemoInput();
const question = (id: string) => labels.comparisons.find((c) => c.id === id)!.question;
const tenDays = question('aleppo-civilian-deaths-10-days');
const breakdown = question('sohr-breakdown');
const demoDraft = question('deaths-in-government-held-aleppo');
// No other browser test starts a comparison from this claim.
const hundreds = 'Hundreds of people were killed in Aleppo province over 10 days';

const listed = (page: Page) => page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 });

test('a reader finds published comparisons by place and source, and never a draft', async ({ browser }) => {
  test.setTimeout(90_000);
  // A reviewer starts a comparison of their own: a draft.
  const draft = `How many died in Aleppo province? (draft ${Date.now()})`;
  const reviewer = await (await browser.newContext()).newPage();
  await signInAs(reviewer, 'reviewer');
  await reviewer.goto(`/review?view=all&q=${encodeURIComponent(hundreds)}`);
  await reviewer.getByRole('link', { name: hundreds }).click();
  await reviewer.getByTestId('figure').first().locator('summary').click();
  const figure = reviewer.getByTestId('figure').first();
  await figure.getByRole('button', { name: 'Start the comparison' }).click();
  await expect(figure.getByText('Write the question the comparison answers.').first()).toBeVisible();
  await figure.getByLabel('The question the comparison answers').fill(draft);
  await figure.getByRole('button', { name: 'Start the comparison' }).click();
  await expect(reviewer.getByRole('heading', { level: 1, name: draft })).toBeVisible();

  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await reader.goto('/');
  await reader.getByRole('link', { name: /^All \d+ comparisons? of figures/ }).click();
  await expect(reader).toHaveURL(/\/comparisons$/);
  await expect(reader.getByRole('heading', { level: 1, name: 'All comparisons' })).toBeVisible();
  await expect(listed(reader).filter({ hasText: tenDays })).toHaveCount(1);
  await expect(listed(reader).filter({ hasText: breakdown })).toHaveCount(1);
  const body = await reader.locator('body').innerText();
  expect(body).not.toContain(draft);
  expect(body).not.toContain(demoDraft);

  // By place: words of a figure's place, through the form (a GET, so a link).
  await reader.getByLabel('Place').fill('province');
  await reader.getByRole('button', { name: 'Show comparisons' }).click();
  await expect(reader).toHaveURL(/\/comparisons\?place=province(&|$)/);
  await expect(reader.getByRole('status')).toHaveText(/^\d+ comparisons? match\.$/);
  await expect(listed(reader).filter({ hasText: tenDays })).toHaveCount(1);
  await expect(listed(reader).filter({ hasText: breakdown })).toHaveCount(0);
  expect(await reader.locator('body').innerText()).not.toContain(draft);

  // By source: the Observatory's figures are in both; the caption's activists in one.
  await reader.getByRole('link', { name: 'Clear filters' }).click();
  await reader.getByLabel('Source of a figure').selectOption({ label: 'Syrian Observatory for Human Rights' });
  await reader.getByRole('button', { name: 'Show comparisons' }).click();
  await expect(listed(reader).filter({ hasText: tenDays })).toHaveCount(1);
  await expect(listed(reader).filter({ hasText: breakdown })).toHaveCount(1);
  await reader.getByLabel('Place').fill('rebel-controlled');
  await reader.getByRole('button', { name: 'Show comparisons' }).click();
  await expect(listed(reader).filter({ hasText: breakdown })).toHaveCount(1);
  await expect(listed(reader).filter({ hasText: tenDays })).toHaveCount(0);

  // Nothing found says so; a bad filter says what is wrong.
  await reader.goto('/comparisons?place=nowhere-at-all');
  await expect(reader.getByRole('status')).toHaveText('No comparisons match these filters.');
  await reader.goto('/comparisons?source=Not%20a%20slug');
  await expect(reader.getByRole('alert')).toContainText('Not a source slug.');

  // Every public page's header leads to the list; an entry leads to its comparison.
  await reader.goto(`/claims`);
  await reader.getByRole('navigation', { name: 'Fact checks' }).getByRole('link', { name: 'All comparisons' }).click();
  await listed(reader).getByRole('link', { name: breakdown }).click();
  await expect(reader.getByRole('heading', { level: 1, name: breakdown })).toBeVisible();

  // The article whose figures they compare links them, and the list.
  await reader.goto(`/articles/${editorial.articleSlug}`);
  const section = reader.getByRole('region', { name: 'Comparisons with its figures' });
  await expect(section.getByRole('link', { name: tenDays })).toBeVisible();
  await expect(section.getByRole('link', { name: breakdown })).toBeVisible();
  await expect(section).not.toContainText(demoDraft);
  await section.getByRole('link', { name: 'All comparisons' }).click();
  await expect(reader.getByRole('heading', { level: 1, name: 'All comparisons' })).toBeVisible();
});

test('the comparison index, filtered or not, passes axe', async ({ page }) => {
  // axe runs as a script in the page, so this reader has JavaScript (the page has none).
  for (const path of ['/comparisons', '/comparisons?place=aleppo', '/comparisons?source=Not%20a%20slug']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'All comparisons' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations, path).toEqual([]);
  }
});

test('the API lists the same published comparisons, filtered and paged', async ({ request }) => {
  const all = await (await request.get('/api/v1/comparisons')).json();
  const questions = all.data.map((c: { question: string }) => c.question);
  expect(questions).toEqual(expect.arrayContaining([tenDays, breakdown]));
  expect(questions).not.toContain(demoDraft);
  expect(questions.join('\n')).not.toMatch(/\(draft \d+\)/);
  const dates = all.data.map((c: { publishedAt: string }) => c.publishedAt);
  expect(dates).toEqual([...dates].sort().reverse());

  const byPlace = await (await request.get('/api/v1/comparisons?place=province')).json();
  expect(byPlace.data.map((c: { question: string }) => c.question)).toContain(tenDays);
  expect(byPlace.data.map((c: { question: string }) => c.question)).not.toContain(breakdown);
  expect(byPlace.data.find((c: { question: string }) => c.question === tenDays)).toMatchObject({
    status: 'published',
    demo: true,
    places: expect.arrayContaining(['Aleppo province']),
    sources: expect.arrayContaining(['Al Jazeera']),
  });

  const first = await (await request.get('/api/v1/comparisons?perPage=1')).json();
  expect(first).toMatchObject({ page: 1, perPage: 1, total: all.total, totalPages: all.total });
  expect(first.links.next).toMatch(/\/api\/v1\/comparisons\?page=2&perPage=1$/);

  const bad = await request.get('/api/v1/comparisons?perPage=1000');
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.code).toBe('invalid_input');
});
