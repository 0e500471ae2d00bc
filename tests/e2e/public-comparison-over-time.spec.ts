import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { prepareInstall, scriptEnv, startServer, type OwnServer } from './own-server';

// Figures over time (issue 18): a published comparison whose figures come from three days
// draws each source's figures in date order, drawn on the server, with a table that says the
// same, for a reader without JavaScript. A server of its own: its comparison is made in the
// database before the server opens it (tests/e2e/time-chart-data.ts).

const tag = `ot${Date.now().toString(36)}`;
const [monitor, ministry, activists] = ['Monitor', 'Ministry', 'Activists'].map((s) => `${s} ${tag}`);
let server: OwnServer;

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const dataDir = prepareInstall();
  const made = spawnSync('npx', ['tsx', 'tests/e2e/time-chart-data.ts', tag], {
    env: scriptEnv(dataDir),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (made.status !== 0) throw new Error(`tests/e2e/time-chart-data.ts failed:\n${made.stderr}`);
  server = await startServer(dataDir, { port: Number(process.env.E2E_PORT ?? 3100) + 1 });
});

test.afterAll(() => {
  if (server?.process.exitCode === null) server.process.kill('SIGTERM');
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

const path = () => `${server.url}/comparisons/over-time-${tag}`;

test('each source’s figures are drawn in date order with a matching table, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path());
  const section = page.getByRole('region', { name: 'The figures over time' });
  const chart = section.getByRole('img', {
    name: 'Each source’s figures over time: 6 figures from 1 October 2026 to 8 October 2026',
  });
  await expect(chart).toHaveCount(1);

  // One series per source, in the comparison's order; within each, its figures by day.
  const series = chart.locator('g[data-series]');
  await expect(series).toHaveCount(3);
  const expected = [
    {
      source: monitor,
      marks: [
        ['2026-10-01', 'open', '120 or more'],
        ['2026-10-05', 'open', '251 or more'],
        ['2026-10-08', 'closed', '180–200'],
      ],
    },
    {
      source: ministry,
      marks: [
        ['2026-10-01', 'exact', '6'],
        ['2026-10-08', 'exact', '9'],
      ],
    },
    { source: activists, marks: [['2026-10-05', 'open', '200 or more']] },
  ];
  for (const [i, { source, marks }] of expected.entries()) {
    await expect(series.nth(i)).toHaveAttribute('data-series', source);
    await expect(series.nth(i).locator('tspan').first()).toHaveText(source);
    const drawn = series.nth(i).locator('g[data-day]');
    await expect(drawn).toHaveCount(marks.length);
    for (const [k, [day, kind, words]] of marks.entries()) {
      await expect(drawn.nth(k)).toHaveAttribute('data-day', day);
      await expect(drawn.nth(k)).toHaveAttribute('data-kind', kind);
      await expect(drawn.nth(k)).toHaveAttribute('data-words', words);
    }
  }
  // An open range has an arrow and no top cap; an exact count is a dot.
  await expect(series.nth(0).locator('g[data-kind="open"] path')).toHaveCount(2);
  await expect(series.nth(1).locator('circle')).toHaveCount(2);

  await expect(chart).toHaveAccessibleDescription(
    `${monitor}: 120 or more civilians killed, reported 1 October 2026; then 251 or more civilians killed, reported 5 October 2026; ` +
      `then 180–200 civilians killed, period ending 8 October 2026. ` +
      `${ministry}: 6 civilians killed, reported 1 October 2026; then 9 civilians killed, reported 8 October 2026. ` +
      `${activists}: 200 or more civilians killed, reported 5 October 2026. ` +
      'One figure has no date (no period end, no reported day): it is listed in the table, not drawn.',
  );

  // The table says the same, row for row, and lists the figure with no date.
  const table = section.getByRole('table', { name: 'Each source’s figures by date' });
  const rows = table.locator('tbody tr');
  const cells = [
    [monitor, '1 October 2026', 'Day reported', '120 or more civilians killed'],
    [monitor, '5 October 2026', 'Day reported', '251 or more civilians killed'],
    [monitor, '8 October 2026', 'End of the period', '180–200 civilians killed'],
    [ministry, '1 October 2026', 'Day reported', '6 civilians killed'],
    [ministry, '8 October 2026', 'Day reported', '9 civilians killed'],
    [activists, '5 October 2026', 'Day reported', '200 or more civilians killed'],
    [activists, 'No date', 'Not drawn', '300 or more civilians killed'],
  ];
  await expect(rows).toHaveCount(cells.length);
  for (const [i, row] of cells.entries()) {
    await expect(rows.nth(i).locator('th, td')).toHaveText([...row, /.+/]);
  }

  // The automatic reading says the Monitor's count shrank, and where the scopes differ.
  const reading = page.getByRole('region', { name: 'The automatic reading' });
  await expect(reading).toContainText(
    `${monitor}'s count fell: 180–200 civilians killed (period ending 8 October 2026) is below its own earlier ` +
      'at least 251 civilians killed (reported 5 October 2026)',
  );
  await expect(reading).toContainText(
    `count a different place: Aleppo (${monitor} and ${activists}); eastern Aleppo (${ministry})`,
  );
  // The range chart stays beside it.
  await expect(page.getByRole('img', { name: /range on one scale/ })).toHaveCount(1);
  await context.close();
});

test('the page with the chart over time passes axe, on a desktop and on a phone', async ({ page }) => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await page.goto(path());
    await expect(page.getByRole('img', { name: /figures over time/ })).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations, `${size.width}px`).toEqual([]);
  }
});
