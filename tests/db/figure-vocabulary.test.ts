import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, expect, it } from 'vitest';
import { FiguresTable } from '@/components/public/figures-table';
import { FigureFields } from '@/components/review/figure-fields';
import { importArticle } from '@/lib/articles/import';
import { nestFigures } from '@/lib/articles/schemas';
import { createClaim } from '@/lib/claims/create';
import { db } from '@/lib/db';
import { keyOf, proposedScopeFields, publicScopeFields, scopeFields } from '@/lib/figures/fields';
import { apiClaim } from '@/lib/publishing/api';
import { getPublicClaim } from '@/lib/publishing/claim';
import { ensureDefaultVerdicts } from '@/lib/verdicts';
import { createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// A figure's scope fields are listed once (lib/figures/fields.ts): each one listed reaches
// the forms, the proposals, the database, the public page and the API without being
// written again. A field added to the list is covered here without a change to this test.
beforeEach(resetDb);

const site = {
  name: 'The Test Desk',
  baseUrl: 'https://checks.example.org',
  logoUrl: 'https://checks.example.org/l.png',
};

it('every scope field reaches the forms, a proposal accepted, the public page and the API', async () => {
  await ensureDefaultVerdicts(db);
  const reviewer = await createUser('reviewer');
  const body = 'Shelling killed 6 civilians in the market on Sunday.';
  const { id } = await importArticle({ title: 'Market shelling', publisher: 'The Test Times', body }, reviewer);
  const said = (name: string) => `the ${name} as written`;
  const figure = { keep: 'on', outcome: 'killed', victimGroup: 'civilians', min: '6', max: '6', qualifier: 'exact' };
  const fields = { ...figure, ...Object.fromEntries(proposedScopeFields.map((f) => [f.name, said(f.name)])) };
  const claim = await createClaim(
    nestFigures({
      articleId: id,
      start: '0',
      end: String(body.length),
      statement: 'Six civilians killed',
      kind: 'casualty',
      claimantId: '',
      ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [`figures.0.${k}`, v])),
    }),
    reviewer,
  );

  const saved = await db.figure.findFirstOrThrow({ where: { claimId: claim.id } });
  for (const f of proposedScopeFields) expect(saved).toHaveProperty(f.name, said(f.name));

  await db.claim.update({
    where: { id: claim.id },
    data: { stage: 'published', publishedAt: new Date(), verdictKey: 'false' },
  });
  const published = (await getPublicClaim(claim.slug))!;
  const api = apiClaim(published, site);
  const table = renderToStaticMarkup(FiguresTable({ figures: published.figures }));
  for (const f of publicScopeFields.filter((f) => f.proposed)) {
    expect(published.figures[0]).toHaveProperty(keyOf(f), said(f.name));
    expect(api.figures[0]).toHaveProperty(keyOf(f), said(f.name));
    expect(table).toContain(`>${f.column}<`);
    expect(table).toContain(`>${said(f.name)}<`);
  }

  for (const scope of [scopeFields, proposedScopeFields]) {
    const inputs = renderToStaticMarkup(
      FigureFields({ scope, name: (f) => `figures.0.${f}`, id: (f) => f, value: () => '', errors: {} }),
    );
    for (const f of scope) expect(inputs).toContain(`name="figures.0.${f.name}"`);
  }
});
