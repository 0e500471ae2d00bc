import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loginAs } from './fixtures';
import { tabTo } from './keyboard';

// An imported article on a busy day (issue 19): the text stays in view, a highlighted span
// leads to its proposal and back, several proposals are accepted at once, and a claim is
// made from the text, and the workspace's tabs used, with the keyboard alone.

const tag = `prop${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const body = [
  'Flood waters swept through Riverton on Tuesday, and roads were closed across the valley.',
  'At least 12 people were killed in the flood, the mayor said.',
  'According to the Red Cross, more than 300 families were displaced by the flood.',
  'Police said 40 people were injured when a bridge collapsed in Hill Town.',
  'The army said at least 7 soldiers were killed in the north.',
].join('\n\n');

const axe = async (page: Page) => expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
const proposal = (page: Page, text: string) => page.getByTestId('proposal').filter({ hasText: text });
const mark = (page: Page, text: string) => page.getByTestId('article-body').locator('mark', { hasText: text });

/** Imports an article through the form (setup, not the flow under test). */
async function importArticle(page: Page, title: string, text = body) {
  await page.goto('/review/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Publisher').fill('The Test Times');
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Import and find claims' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('three proposals accepted at once are each created with their figures and span; an emptied one is refused', async ({
  page,
}) => {
  // A long article's page with every span marked and a form per proposal: axe takes long on a 2-core machine.
  test.slow();
  await loginAs(page, 'reviewer');
  await importArticle(page, `Riverton batch ${tag}`);
  const chosen = [
    ['At least 12 people were killed in the flood', `12 killed in Riverton ${tag}`],
    ['more than 300 families were displaced', `300 families displaced ${tag}`],
    ['40 people were injured', `40 injured at Hill Town bridge ${tag}`],
  ] as const;
  for (const [text, statement] of chosen) {
    await proposal(page, text).getByLabel('Claim statement').fill(statement);
    await proposal(page, text)
      .getByRole('checkbox', { name: /^Select for “Accept selected”/ })
      .check();
  }
  const bridgeSpan = await proposal(page, '40 people were injured').locator('blockquote').textContent();
  const emptied = proposal(page, '7 soldiers');
  await emptied.getByLabel('Claim statement').fill('');
  await emptied.getByRole('checkbox', { name: /^Select for “Accept selected”/ }).check();
  await expect(page.getByTestId('batch-count')).toHaveText('4 selected.');
  await page.getByRole('button', { name: 'Accept selected' }).click();

  await expect(page.getByRole('status').filter({ hasText: '3 created, 1 refused.' })).toBeVisible();
  const results = page.getByTestId('accept-result');
  await expect(results).toHaveCount(4);
  for (const [, statement] of chosen) {
    await expect(results.filter({ hasText: `${statement}: Claim created.` }).getByRole('link')).toHaveText(statement);
  }
  await expect(results.filter({ hasText: 'Refused' })).toContainText('Write the claim in one line.');
  // Created ones leave the proposals; the refused one stays with its text.
  for (const [text] of chosen) await expect(proposal(page, text)).toHaveCount(0);
  await expect(proposal(page, '7 soldiers')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Claims (3)' })).toBeVisible();
  for (const [text] of chosen) await expect(mark(page, text)).toHaveAttribute('data-kind', 'claim');
  await axe(page);

  await page.goto(`/review?view=all&q=${tag}`);
  const rows = page.getByTestId('queue-row');
  await expect(rows).toHaveCount(3);
  for (const [, statement] of chosen) await expect(rows.filter({ hasText: statement })).toContainText('1 figures');
  await rows.getByRole('link', { name: chosen[2][1] }).click();
  await expect(page.getByRole('main').locator('mark')).toHaveText(bridgeSpan!);
  await expect(page.getByTestId('figure')).toHaveCount(1);
  await expect(page.getByTestId('figure').locator('summary')).toContainText('people injured');
});

test('a span click lands on its proposal, "Show in the article" comes back, and the text stays in view', async ({
  page,
}) => {
  // A long article's page with every span marked and a form per proposal: axe takes long on a 2-core machine.
  test.slow();
  await loginAs(page, 'reviewer');
  const lines = Array.from({ length: 25 }, (_, i) => `At least ${i + 2} people were killed in Town ${i}, police said.`);
  await importArticle(page, `Valley spans ${tag}`, lines.join('\n\n'));
  await expect(page.getByTestId('proposal')).toHaveCount(20);

  const span = 'At least 9 people were killed in Town 7';
  const card = proposal(page, span);
  await mark(page, span).click();
  await expect(card).toBeFocused();
  await expect(card).toBeInViewport();
  // The article stays on screen beside the proposals, however far down they are.
  await expect(page.getByTestId('article-body')).toBeInViewport();

  await card.getByRole('button', { name: /^Show in the article/ }).click();
  await expect(page.getByTestId('article-body')).toBeFocused();
  await expect(page.getByTestId('article-selection')).toHaveText(
    `Selected: “${span}”. This is proposal 8: Enter goes to it.`,
  );
  await page.keyboard.press('Enter');
  await expect(card).toBeFocused();
  await axe(page);

  // A span whose proposal is listed on the next page opens that page at it.
  await mark(page, 'At least 24 people were killed in Town 22').click();
  await expect(page.getByRole('navigation', { name: 'Pages of proposals' })).toContainText('21–25 of 25');
  await expect(proposal(page, 'At least 24 people were killed in Town 22')).toBeFocused();
});

test('a claim is made from the text with the keyboard alone', async ({ page }) => {
  // A long article's page with every span marked and a form per proposal: axe takes long on a 2-core machine.
  test.slow();
  await loginAs(page, 'reviewer');
  await importArticle(page, `Riverton keys ${tag}`);
  const text = page.getByTestId('article-body');
  const said = page.getByTestId('article-selection');

  await tabTo(page, text);
  await page.keyboard.press('ArrowRight');
  await expect(said).toHaveText(
    'Selected: “Flood waters swept through Riverton on Tuesday”. Enter makes a claim of it.',
  );
  await page.keyboard.press('Shift+ArrowRight');
  for (const _word of ['valley', 'the', 'across']) await page.keyboard.press('Control+Shift+ArrowLeft');
  const wanted = 'Flood waters swept through Riverton on Tuesday, and roads were closed';
  await expect(said).toHaveText(`Selected: “${wanted}”. Enter makes a claim of it.`);
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(wanted);
  await axe(page);
  await page.keyboard.press('Enter');

  const form = page.getByRole('region', { name: 'A claim from your selection' });
  await expect(form.locator('blockquote')).toHaveText(wanted);
  const statement = form.getByLabel('Claim statement');
  await expect(statement).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(`Riverton roads closed ${tag}`);
  await tabTo(page, form.getByRole('button', { name: 'Accept claim' }));
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status')).toContainText('Claim created.');
  await axe(page);

  await tabTo(page, form.getByRole('link', { name: 'Open its workspace' }), 'Tab', 300);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Riverton roads closed ${tag}` })).toBeVisible();
  await expect(page.getByRole('main').locator('mark')).toHaveText(wanted);
});

test("the claim workspace's tabs are reached and switched with the keyboard", async ({ page }) => {
  await loginAs(page, 'reviewer');
  await importArticle(page, `Riverton tabs ${tag}`);
  const card = proposal(page, 'At least 12 people were killed in the flood');
  await card.getByLabel('Claim statement').fill(`Tabs claim ${tag}`);
  await card.getByRole('button', { name: 'Accept claim' }).click();
  await page.getByRole('link', { name: `Tabs claim ${tag}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Tabs claim ${tag}` })).toBeVisible();

  const tabs = page.getByRole('tablist', { name: 'Evidence, comments and history' });
  await tabTo(page, tabs.getByRole('tab', { name: /^Evidence/ }), 'Tab', 300);
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: /^Comments/ })).toBeFocused();
  await expect(tabs.getByRole('tab', { name: /^Comments/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: /^Comments/ })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  const history = tabs.getByRole('tab', { name: 'History' });
  await expect(history).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'History' })).toBeVisible();
  // Tab leaves the tab list for the chosen panel, whose history lists the claim's creation.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel', { name: 'History' })).toBeFocused();
  // Radix moves focus on the task after the key press, so each press waits for the focus
  // it gave (two presses inside one task both start from the same tab).
  await page.keyboard.press('Shift+Tab');
  await expect(history).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.getByRole('tab', { name: /^Comments/ })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.getByRole('tab', { name: /^Evidence/ })).toBeFocused();
  await expect(tabs.getByRole('tab', { name: /^Evidence/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('Attach a link');
  await axe(page);
});
