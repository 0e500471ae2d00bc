import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loginAs } from './fixtures';

// The e2e database is shared by every spec of a run: this test's data carries its own tag.
const tag = `imp${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const body = [
  `Flood waters swept through Riverton on Tuesday, and roads were closed across the valley.`,
  'At least 12 people were killed in the flood, the mayor said. "We have never seen water rise this fast," said Mayor Ana Ruiz.',
  'According to the Red Cross, more than 300 families were displaced by the flood.',
].join('\n\n');

const proposal = (page: Page, text: string) => page.getByTestId('proposal').filter({ hasText: text });

async function accept(page: Page, text: string, statement: string) {
  const card = proposal(page, text);
  await card.getByLabel('Claim statement').fill(statement);
  await card.getByRole('button', { name: 'Accept claim' }).click();
  await expect(page.getByRole('link', { name: statement })).toBeVisible();
  await expect(proposal(page, text)).toHaveCount(0);
}

test('a reviewer imports an article, accepts two proposed claims, rejects one and finds them in the queue', async ({
  page,
}) => {
  await loginAs(page, 'reviewer');
  await page.getByRole('navigation', { name: 'Review desk' }).getByRole('link', { name: 'Import an article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import an article' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Nothing to import: told so, nothing written.
  await page.getByLabel('Title').fill(`Riverton flood ${tag}`);
  await page.getByLabel('Publisher').fill('The Test Times');
  await page.getByRole('button', { name: 'Import and find claims' }).click();
  await expect(page.getByText('Paste the article text or choose a file.').first()).toBeVisible();

  await page.getByLabel('Article text').fill(body);
  await page.getByRole('button', { name: 'Import and find claims' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Riverton flood ${tag}` })).toBeVisible();
  await expect(page.getByTestId('article-body')).toHaveText(body);
  await expect(page.getByTestId('article-body').locator('mark', { hasText: 'At least 12 people' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await accept(page, 'At least 12 people were killed in the flood', `12 killed in Riverton flood ${tag}`);
  await accept(page, 'more than 300 families were displaced', `300 families displaced ${tag}`);
  await proposal(page, 'We have never seen water rise this fast')
    .getByRole('button', { name: 'Reject proposal' })
    .click();
  await expect(proposal(page, 'We have never seen water rise this fast')).toHaveCount(0);
  await page.reload();
  await expect(proposal(page, 'We have never seen water rise this fast')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Claims (2)' })).toBeVisible();

  await page.goto(`/review?view=all&q=${tag}`);
  const rows = page.getByTestId('queue-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: `12 killed in Riverton flood ${tag}` })).toContainText('1 figures');
  await expect(rows.filter({ hasText: `300 families displaced ${tag}` })).toContainText('1 figures');
  await rows.getByRole('link', { name: `12 killed in Riverton flood ${tag}` }).click();
  await expect(page.getByRole('main').locator('mark')).toHaveText('At least 12 people were killed in the flood');
});

test('a reviewer selects text in the article and makes a claim of it by hand', async ({ page }) => {
  await loginAs(page, 'reviewer');
  await page.goto('/review/articles/new');
  await page.getByLabel('Title').fill(`Riverton roads ${tag}`);
  await page.getByLabel('Publisher').fill('The Test Times');
  await page.getByLabel('Article text').fill(body);
  await page.getByRole('button', { name: 'Import and find claims' }).click();
  const text = page.getByTestId('article-body');
  await expect(text).toHaveText(body);

  const wanted = 'roads were closed across the valley';
  await text.evaluate((root, needle) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error('text not found');
  }, wanted);
  const form = page.getByRole('region', { name: 'A claim from your selection' });
  await expect(form.locator('blockquote')).toHaveText(wanted);
  await form.getByLabel('Claim statement').fill(`Valley roads closed ${tag}`);
  await form.getByRole('button', { name: 'Accept claim' }).click();
  await expect(form.getByRole('status')).toContainText('Claim created.');
  await form.getByRole('link', { name: 'Open its workspace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Valley roads closed ${tag}` })).toBeVisible();
  await expect(page.getByRole('main').locator('mark')).toHaveText(wanted);
});

test('a long article’s proposals come twenty to a page, all of them highlighted in the text', async ({ page }) => {
  // A long article's page with every span marked and a form per proposal: axe takes long on a 2-core machine.
  test.slow();
  await loginAs(page, 'reviewer');
  await page.goto('/review/articles/new');
  await page.getByLabel('Title').fill(`Valley floods ${tag}`);
  await page.getByLabel('Publisher').fill('The Test Times');
  const lines = Array.from({ length: 45 }, (_, i) => `At least ${i + 2} people were killed in Town ${i}, police said.`);
  await page.getByLabel('Article text').fill(lines.join('\n\n'));
  await page.getByRole('button', { name: 'Import and find claims' }).click();
  await expect(page.getByRole('heading', { name: 'Proposed claims (45)' })).toBeVisible();
  await expect(page.getByTestId('proposal')).toHaveCount(20);
  await expect(page.getByTestId('article-body').locator('mark')).toHaveCount(45);
  const pages = page.getByRole('navigation', { name: 'Pages of proposals' });
  await expect(pages).toContainText('1–20 of 45');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await pages.getByRole('link', { name: 'Next proposals' }).click();
  await expect(pages).toContainText('21–40 of 45');
  await expect(page.getByRole('heading', { name: /^Proposal 21:/ })).toBeVisible();
  await pages.getByRole('link', { name: 'Next proposals' }).click();
  await expect(pages).toContainText('41–45 of 45');
  await expect(page.getByTestId('proposal')).toHaveCount(5);
  await expect(pages.getByRole('link', { name: 'Next proposals' })).toHaveCount(0);
  await pages.getByRole('link', { name: 'Previous proposals' }).click();
  await expect(pages).toContainText('21–40 of 45');
});
