import { beforeEach, describe, expect, it } from 'vitest';
import { setVerdict } from '@/lib/claims/verdict';
import { db } from '@/lib/db';
import { apiClaim, apiClaimSummary } from '@/lib/publishing/api';
import { getPublicArticle } from '@/lib/publishing/articles';
import { getPublicClaim } from '@/lib/publishing/claim';
import { embedHtml } from '@/lib/publishing/embed';
import { buildRss, listFeedItems } from '@/lib/publishing/feed';
import { listPublicClaims } from '@/lib/publishing/list';
import { revalidatePublishedClaim } from '@/lib/publishing/revalidate';
import { site } from '@/lib/publishing/site';
import { prepareClaimCorrection, publishClaimCorrection } from '@/lib/workflow/corrections';
import { approveClaim, publishClaim, retractClaim, submitForReview } from '@/lib/claims/transitions';
import { createClaim, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// The workflow's transitions, read back through every public surface's data: the claim
// page, the article, the API, the feed and the embed change with each one.
beforeEach(resetDb);

async function surfaces(slug: string, articleSlug: string) {
  const claim = await getPublicClaim(slug);
  const list = await listPublicClaims();
  return {
    claim,
    api: claim && apiClaim(claim, site),
    inList: list.claims.find((c) => c.slug === slug) ?? null,
    article: await getPublicArticle(articleSlug),
    rss: buildRss(await listFeedItems(), site),
    embed: claim && embedHtml(claim, site),
  };
}

describe('publish, correct, retract', () => {
  it('each shows on every public surface, with the history readers are owed', async () => {
    const [claim, reviewer, editor] = [await createClaim(), await createUser('reviewer'), await createUser('editor')];
    const { slug, article } = claim;
    const ids = { claimId: claim.id };
    expect(await surfaces(slug, article.slug)).toMatchObject({ claim: null, inList: null, article: null });

    let v = (await setVerdict({ ...ids, version: 1, verdictKey: 'verified', reason: 'Internal: matches' }, reviewer))
      .version;
    v = (await submitForReview({ ...ids, version: v }, reviewer)).version;
    v = (await approveClaim({ ...ids, version: v }, editor)).version;
    const moved = await publishClaim({ ...ids, version: v, reason: 'Internal: second read' }, editor);
    v = moved.version;
    // Outside a Next.js request there is no cache to clear, and that is not an error; the
    // other app servers learn of the change from the PublicChange row.
    const changes = await db.publicChange.count();
    await revalidatePublishedClaim({ claimSlug: moved.claimSlug, articleSlug: moved.articleSlug });
    expect(await db.publicChange.findMany({ orderBy: { id: 'asc' }, skip: changes })).toEqual([
      expect.objectContaining({ entity: 'claim', slug: moved.claimSlug }),
    ]);

    let s = await surfaces(slug, article.slug);
    expect(s.claim).toMatchObject({ status: 'published', verdict: { key: 'verified' } });
    expect(s.claim!.history).toEqual([expect.objectContaining({ kind: 'published', verdictAfter: 'Verified' })]);
    expect(s.inList).toMatchObject({ verdict: { label: 'Verified' } });
    expect(s.article!.claims).toEqual([expect.objectContaining({ slug, status: 'published' })]);
    expect(s.rss).toContain(`<title>Verified: ${claim.statement}</title>`);
    expect(s.embed).toContain('Verified');

    const note = 'Correction: a second report gives a different count.';
    v = (
      await prepareClaimCorrection(
        { ...ids, version: v, verdictKey: 'partly_true', reason: 'Internal: new report', publicNote: note },
        reviewer,
      )
    ).version;
    // Prepared, not published: every surface still shows the published check.
    const prepared = await surfaces(slug, article.slug);
    expect(prepared.claim).toMatchObject({ status: 'published', verdict: { key: 'verified' } });
    expect(prepared.claim!.history.map((h) => h.kind)).toEqual(['published']);
    expect(prepared.api).toMatchObject({ verdict: { key: 'verified' } });
    expect(prepared.rss).toContain(`<title>Verified: ${claim.statement}</title>`);
    expect(prepared.rss).not.toContain(note);
    expect(prepared.embed).toContain('Verified');
    v = (await publishClaimCorrection({ ...ids, version: v }, editor)).version;
    s = await surfaces(slug, article.slug);
    expect(s.claim).toMatchObject({ status: 'published', verdict: { key: 'partly_true' } });
    expect(s.claim!.history.at(-1)).toMatchObject({
      kind: 'corrected',
      note,
      verdictBefore: 'Verified',
      verdictAfter: 'Partly true / misleading',
    });
    expect(s.claim!.updatedAt).toBe(s.claim!.history.at(-1)!.at);
    expect(s.claim!.updatedAt > s.claim!.publishedAt).toBe(true);
    expect(s.api).toMatchObject({ verdict: { key: 'partly_true', ratingValue: 2 } });
    expect(s.article!.claims[0].verdict.label).toBe('Partly true / misleading');
    expect(s.rss).toContain(`<title>Partly true / misleading: ${claim.statement}</title>`);
    expect(s.rss).toContain(note);

    const retraction = 'Retracted: we misread the article.';
    await retractClaim({ ...ids, version: v, reason: 'Internal: misread', publicNote: retraction }, editor);
    s = await surfaces(slug, article.slug);
    expect(s.claim).toMatchObject({ status: 'retracted' });
    expect(s.claim!.history.map((h) => h.kind)).toEqual(['published', 'corrected', 'retracted']);
    expect(s.claim!.history.at(-1)!.note).toBe(retraction);
    expect(s.inList).toMatchObject({ status: 'retracted' });
    expect(s.article!.claims[0].status).toBe('retracted');
    expect(s.rss).toContain(`<title>Retracted (was Partly true / misleading): ${claim.statement}</title>`);
    expect(s.embed).toContain('Retracted');
    const everything = JSON.stringify(s);
    for (const reason of ['Internal: matches', 'Internal: second read', 'Internal: new report', 'Internal: misread']) {
      expect(everything).not.toContain(reason);
    }
    for (const user of [reviewer, editor]) {
      expect(everything).not.toContain(user.name);
      expect(everything).not.toContain(user.email);
    }
    expect(apiClaimSummary(s.claim!, site)).not.toHaveProperty('explanation');
  });
});
