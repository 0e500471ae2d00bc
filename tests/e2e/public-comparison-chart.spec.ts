import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The comparison chart is drawn on the server: readers without JavaScript get it whole.
const path = '/comparisons/aleppo-civilian-deaths-10-days';
// The seed's claimants for the three ten-day figures, in the comparison's order.
const sources = ['Syrian Observatory for Human Rights', 'Activists', 'Al Jazeera'];

test('the ten-day comparison draws three open ranges with their sources, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  const chart = page.getByRole('img', { name: /range on one scale from 0 to/ });
  await expect(chart).toHaveCount(1);
  const rows = chart.locator('g[data-kind]');
  await expect(rows).toHaveCount(3);
  for (const [i, source] of sources.entries()) {
    await expect(rows.nth(i).locator('tspan').first()).toHaveText(source);
    // None of the three gives a ceiling: each is drawn open, never with a closed end.
    await expect(rows.nth(i)).toHaveAttribute('data-kind', 'open');
    await expect(rows.nth(i)).toContainText('or more');
  }
  await expect(chart).toHaveAccessibleDescription(
    `${sources[0]}: 251 or more civilians killed; ${sources[1]}: 201 or more civilians killed; ` +
      `${sources[2]}: 200 or more people killed.`,
  );
  // The same figures stay available as a labelled table.
  await expect(page.getByRole('table', { name: 'Each source’s figure with what it counts' })).toBeVisible();
  await context.close();
});

test('the comparison chart passes axe, on a desktop and on a phone', async ({ page }) => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await page.goto(path);
    await expect(page.getByRole('img', { name: /range on one scale/ })).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations, `${size.width}px`).toEqual([]);
  }
});
