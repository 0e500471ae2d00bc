import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { openReportCount, openReports } from '@/lib/reports/inbox';
import { REPORT_WINDOW_MS, REPORTS_PER_HOUR, sendReport } from '@/lib/reports/send';
import { closeIfOpenWithNewClaim, dismissReport, linkReport } from '@/lib/reports/triage';
import { createClaim, createComparison, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

beforeEach(() => resetDb());

const report = (extra: Record<string, unknown> = {}) => ({
  page: '/claims/some-check',
  message: 'The second figure is from another week.',
  link: 'https://example.net/source',
  email: 'reader@example.net',
  ...extra,
});

/** The refusal a call ends with (its code and field messages), or 'sent'. */
async function outcome(call: Promise<unknown>) {
  return call.then(
    () => 'sent',
    (error: unknown) => {
      if (!isAppError(error)) throw error;
      return { code: error.code, fields: Object.keys(error.fieldErrors ?? {}) };
    },
  );
}

describe('sending a report', () => {
  it('keeps what the reader wrote, with the page, for the inbox', async () => {
    const sent = await sendReport(report(), '192.0.2.1');
    expect(sent.outcome).toBe('sent');
    const { reports, total } = await openReports();
    expect(total).toBe(1);
    expect(reports[0]).toMatchObject({
      page: '/claims/some-check',
      message: 'The second figure is from another week.',
      link: 'https://example.net/source',
      email: 'reader@example.net',
    });
    expect(await openReportCount()).toBe(1);
  });

  it('refuses bad input with a message per field and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ message: '   ' }, 'message'],
      [{ message: 'x'.repeat(2001) }, 'message'],
      [{ message: 'hidden\u202Eword' }, 'message'],
      [{ link: 'javascript:alert(1)' }, 'link'],
      [{ link: 'ftp://example.net/a' }, 'link'],
      [{ email: 'not an address' }, 'email'],
      [{ page: 'https://evil.example/claims/x' }, 'page'],
      [{ page: '//evil.example' }, 'page'],
      [{ page: '/review/claims/abc' }, 'page'],
    ];
    for (const [change, field] of cases) {
      expect(await outcome(sendReport(report(change), '192.0.2.1'))).toEqual({
        code: 'invalid_input',
        fields: [field],
      });
    }
    expect(await db.readerReport.count()).toBe(0);
    expect(await db.reportSend.count()).toBe(0);
  });

  it('takes an empty link and e-mail as none, and keeps only the path of the page', async () => {
    await sendReport(report({ link: ' ', email: '', page: '/claims?q=aleppo&page=2' }), '192.0.2.1');
    expect(await db.readerReport.findFirstOrThrow()).toMatchObject({ link: null, email: null, page: '/claims' });
  });

  it('drops a report whose hidden field a bot filled in, without a count', async () => {
    expect(await sendReport(report({ homepage: 'http://spam.example' }), '192.0.2.1')).toEqual({ outcome: 'dropped' });
    expect(await db.readerReport.count()).toBe(0);
    expect(await db.reportSend.count()).toBe(0);
  });

  it(`refuses a sixth report within the hour from one address, not from another, and again after the hour`, async () => {
    const start = new Date('2026-12-01T10:00:00Z');
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    for (let i = 0; i < REPORTS_PER_HOUR; i++) {
      expect(await outcome(sendReport(report(), '192.0.2.1', at(i * 10)))).toBe('sent');
    }
    const refused = await sendReport(report(), '192.0.2.1', at(59)).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe('locked');
    expect(isAppError(refused) && refused.userMessage).toContain('try again after 11:00 UTC');
    expect(await outcome(sendReport(report(), '198.51.100.2', at(59)))).toBe('sent');
    expect(await db.readerReport.count()).toBe(REPORTS_PER_HOUR + 1);
    // An hour after the first, one more is taken; the sends that no longer count are deleted.
    expect(await outcome(sendReport(report(), '192.0.2.1', new Date(start.getTime() + REPORT_WINDOW_MS + 1)))).toBe(
      'sent',
    );
    expect(await db.reportSend.count({ where: { sentAt: { lte: start } } })).toBe(0);
  });

  // On PGlite transactions run one at a time anyway; on PostgreSQL (TEST_DATABASE_URL) this
  // is what the advisory lock in sendReport is for.
  it('counts reports sent at the same moment one at a time', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: REPORTS_PER_HOUR + 3 }, () => sendReport(report(), '192.0.2.9')),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(REPORTS_PER_HOUR);
    expect(await db.readerReport.count()).toBe(REPORTS_PER_HOUR);
  });
});

describe('closing a report', () => {
  it('dismissing needs a reason, then deletes the e-mail and records who and why', async () => {
    const editor = await createUser('editor');
    const sent = await sendReport(report(), '192.0.2.1');
    if (sent.outcome !== 'sent') throw new Error('not sent');
    expect(await outcome(dismissReport({ reportId: sent.id, reason: ' ' }, { id: editor.id }))).toEqual({
      code: 'invalid_input',
      fields: ['reason'],
    });
    expect((await db.readerReport.findUniqueOrThrow({ where: { id: sent.id } })).email).toBe('reader@example.net');

    await dismissReport({ reportId: sent.id, reason: 'About another outlet.' }, { id: editor.id });
    const closed = await db.readerReport.findUniqueOrThrow({ where: { id: sent.id } });
    expect(closed).toMatchObject({ status: 'dismissed', email: null, closeReason: 'About another outlet.' });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'report', entityId: sent.id } });
    expect(event).toMatchObject({ action: 'report.dismissed', actorId: editor.id, reason: 'About another outlet.' });
    expect(JSON.stringify(event)).not.toContain('reader@example.net');
    expect(await openReportCount()).toBe(0);
    // Closed once: a second close is refused and records nothing more.
    expect(await outcome(dismissReport({ reportId: sent.id, reason: 'Again.' }, { id: editor.id }))).toEqual({
      code: 'conflict',
      fields: [],
    });
    expect(await db.auditEvent.count({ where: { entityType: 'report' } })).toBe(1);
  });

  it('links a report to a claim or a comparison named by address or slug', async () => {
    const reviewer = await createUser('reviewer');
    const claim = await createClaim();
    const comparison = await createComparison();
    const ids = [];
    for (let i = 0; i < 4; i++) {
      const sent = await sendReport(report(), '192.0.2.1');
      if (sent.outcome === 'sent') ids.push(sent.id);
    }
    await linkReport({ reportId: ids[0], target: `https://news.example/claims/${claim.slug}` }, { id: reviewer.id });
    await linkReport({ reportId: ids[1], target: `/review/comparisons/${comparison.id}` }, { id: reviewer.id });
    await linkReport({ reportId: ids[2], target: comparison.slug }, { id: reviewer.id });
    expect(
      await outcome(linkReport({ reportId: ids[3], target: '/claims/no-such-check' }, { id: reviewer.id })),
    ).toEqual({ code: 'invalid_input', fields: ['target'] });
    const rows = await db.readerReport.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: 'asc' } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(ids[0]!)).toMatchObject({ status: 'linked', claimId: claim.id, email: null });
    expect(byId.get(ids[1]!)).toMatchObject({ status: 'linked', comparisonId: comparison.id, email: null });
    expect(byId.get(ids[2]!)).toMatchObject({ status: 'linked', comparisonId: comparison.id });
    expect(byId.get(ids[3]!)).toMatchObject({ status: 'open', email: 'reader@example.net' });
  });

  it('closes a report with the claim made from it, unless it was closed meanwhile', async () => {
    const reviewer = await createUser('reviewer');
    const claim = await createClaim();
    const sent = await sendReport(report(), '192.0.2.1');
    if (sent.outcome !== 'sent') throw new Error('not sent');
    expect(await closeIfOpenWithNewClaim(sent.id, claim.id, { id: reviewer.id })).toBe(true);
    expect(await db.readerReport.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({
      status: 'claim_made',
      claimId: claim.id,
      email: null,
    });
    expect(await closeIfOpenWithNewClaim(sent.id, claim.id, { id: reviewer.id })).toBe(false);
  });
});
