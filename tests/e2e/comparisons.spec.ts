import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loginAs } from './fixtures';

// A reviewer builds a comparison from a claim's figure, adds a figure from another claim,
// gives our reading; an editor approves and another editor publishes; readers see it. A
// correction of it is prepared by one editor and published by another.
// SANA's claim holds two figures (6 killed, 40 injured); no other browser test uses it.
const sana = 'Rebel rockets killed 6 civilians and injured 40 in Aleppo, says SANA';
const main = (page: Page) => page.getByRole('main');

async function noAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

test('a comparison goes from a figure in the workspace to a published page with a second reader', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const question = `What did SANA say the rebel rockets did? (${Date.now()})`;
  const reviewer = await (await browser.newContext()).newPage();
  await loginAs(reviewer, 'reviewer');

  // From the claim workspace: compare this figure with others.
  await reviewer.goto(`/review?view=all&q=${encodeURIComponent('says SANA')}`);
  await reviewer.getByRole('link', { name: sana }).click();
  await reviewer.getByTestId('figure').first().locator('summary').click();
  const start = reviewer.getByTestId('figure').first();
  await start.getByRole('button', { name: 'Start the comparison' }).click();
  await expect(start.getByText('Write the question the comparison answers.').first()).toBeVisible();
  await start.getByLabel('The question the comparison answers').fill(question);
  await start.getByRole('button', { name: 'Start the comparison' }).click();
  await expect(reviewer.getByRole('heading', { level: 1, name: question })).toBeVisible();
  await expect(reviewer.getByTestId('comparison-member')).toHaveCount(1);

  // It cannot go for review yet, and says why.
  await expect(reviewer.getByRole('button', { name: 'Send for review' })).toBeDisabled();
  await expect(main(reviewer).getByText('Set our reading of the figures before sending')).toBeVisible();

  // Another figure, found by the words of its claim (the one already in is not offered).
  await reviewer.getByLabel(/^Find figures by/).fill('rebel rockets');
  await reviewer.getByRole('button', { name: 'Find' }).click();
  await expect(reviewer.getByRole('list', { name: 'Figures found' }).getByRole('listitem')).toHaveCount(1);
  await reviewer.getByRole('button', { name: /^Add SANA.*: 40 civilians injured/ }).click();
  await expect(reviewer.getByTestId('comparison-member')).toHaveCount(2);
  await expect(main(reviewer).getByRole('img', { name: /range on one scale/ })).toBeVisible();
  await expect(main(reviewer).getByText(/The automatic reading/)).toBeVisible();
  await noAxeViolations(reviewer);

  // Our reading, with a note; then off to review.
  await reviewer
    .getByLabel('Our reading of the figures')
    .selectOption({ label: 'They differ in scope: they count different things' });
  await reviewer
    .getByLabel('Note readers will see with the reading')
    .fill('One counts the dead, the other the injured, of the same attacks.');
  await reviewer.getByRole('button', { name: 'Save the reading' }).click();
  await expect(main(reviewer).getByText('Reading saved.')).toBeVisible();
  await reviewer.getByRole('button', { name: 'Send for review' }).click();
  await expect(reviewer.getByText('Comparisons · In review')).toBeVisible();
  await expect(reviewer.getByRole('button', { name: 'Approve' })).toBeDisabled();
  const url = reviewer.url().replace(/\?.*$/, '');

  // An editor approves and publishes (they did not set the reading).
  const editor = await (await browser.newContext()).newPage();
  await loginAs(editor, 'editor');
  await editor.goto('/review/comparisons?stage=in_review');
  await editor.getByRole('link', { name: question }).click();
  await expect(editor).toHaveURL(url);
  await editor.getByRole('button', { name: 'Approve' }).click();
  await expect(editor.getByText('Comparisons · Approved')).toBeVisible();
  await editor.getByRole('button', { name: 'Publish' }).click();
  await expect(editor.getByText('Comparisons · Published')).toBeVisible();
  const history = editor.getByTestId('history-event');
  await expect(history).toHaveCount(6);
  await expect(history.last()).toContainText('published it');

  // Readers see it, without JavaScript.
  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const publicPath = await editor.getByRole('link', { name: 'The public page' }).getAttribute('href');
  expect(publicPath).toMatch(/^\/comparisons\/what-did-sana-say/);
  await reader.goto(publicPath!);
  await expect(reader.getByRole('heading', { level: 1, name: question })).toBeVisible();
  await expect(reader.getByText('One counts the dead, the other the injured, of the same attacks.')).toBeVisible();
  await expect(reader.getByRole('img', { name: /range on one scale/ }).locator('g[data-kind]')).toHaveCount(2);

  // A correction takes two people: the editor prepares it and readers see nothing of it yet...
  const correctedNote = 'The injured were counted in a different attack.';
  const correctionNote = `Correction (${Date.now()}): the figures come from two attacks.`;
  await editor
    .getByLabel('Corrected reading (for a correction)')
    .selectOption({ label: 'In conflict: they cannot all be true' });
  await editor.getByLabel('Corrected note on the reading').fill(correctedNote);
  await editor.getByLabel('Public note readers will see').fill(correctionNote);
  await editor.getByLabel('Internal reason').fill('Checked the attack dates.');
  await editor.getByRole('button', { name: 'Prepare a correction' }).click();
  const waiting = editor.getByRole('region', { name: 'Correction waiting for a second editor' });
  await expect(waiting).toContainText(correctedNote);
  await expect(waiting.getByRole('button', { name: 'Publish the correction' })).toBeDisabled();
  await expect(waiting).toContainText('You prepared this correction, so another editor must publish it (second read).');
  await noAxeViolations(editor);
  await reader.goto(publicPath!);
  await expect(reader.getByText('One counts the dead, the other the injured, of the same attacks.')).toBeVisible();
  await expect(reader.getByText(correctionNote)).toHaveCount(0);

  // ...until another editor publishes it.
  const second = await (await browser.newContext()).newPage();
  await loginAs(second, 'admin');
  await second.goto(url);
  await second
    .getByRole('region', { name: 'Correction waiting for a second editor' })
    .getByRole('button', { name: 'Publish the correction' })
    .click();
  await expect(second.getByRole('region', { name: 'Correction waiting for a second editor' })).toHaveCount(0);
  await reader.goto(publicPath!);
  await expect(reader.getByText(correctedNote)).toBeVisible();
  await expect(reader.getByText(correctionNote)).toBeVisible();
});

test('the comparisons list and a comparison page pass axe', async ({ page }) => {
  await loginAs(page, 'reviewer');
  await page.getByRole('navigation', { name: 'Review desk' }).getByRole('link', { name: 'Comparisons' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Comparisons of figures' })).toBeVisible();
  await noAxeViolations(page);
  await page
    .getByRole('link', { name: /How many civilians were killed in Aleppo/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'The figures side by side' })).toBeVisible();
  await noAxeViolations(page);
});
