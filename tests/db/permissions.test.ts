import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActorRef } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { permissions, type Permission } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import { changePassword } from '@/lib/users/password';
import { changeRole, createUser, issuePasswordLink, setDisabled } from '@/lib/users/manage';
import { savePolicy } from '@/lib/corrections/policy';
import { assignClaim } from '@/lib/claims/assign';
import { addComment } from '@/lib/claims/comments';
import { updateClaim } from '@/lib/claims/update';
import { setVerdict } from '@/lib/claims/verdict';
import { rememberQueueView } from '@/lib/claims/queue';
import { addLinkEvidence } from '@/lib/evidence/add';
import { removeEvidence } from '@/lib/evidence/remove';
import { saveFigure } from '@/lib/figures/save';
import {
  prepareClaimCorrection,
  prepareComparisonCorrection,
  publishClaimCorrection,
  publishComparisonCorrection,
} from '@/lib/workflow/corrections';
import { approveClaim, publishClaim, retractClaim, submitForReview, withdrawToDraft } from '@/lib/claims/transitions';
import { importArticle } from '@/lib/articles/import';
import { rejectProposal } from '@/lib/articles/reject';
import { linkAppearance } from '@/lib/claims/appearances';
import { createClaim as createClaimFrom } from '@/lib/claims/create';
import { addMember, createComparison as createComparisonFrom } from '@/lib/comparisons/edit';
import {
  approveComparison,
  publishComparison,
  retractComparison,
  submitComparison,
  withdrawComparison,
} from '@/lib/comparisons/transitions';
import { dismissReport, linkReport } from '@/lib/reports/triage';
import { createArticle, createClaim, createComparison, createFigure } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// DESIGN.md's role table, written out here on its own so that lib/auth/permissions.ts is
// checked against it rather than against itself.
type Who = 'anonymous' | Role | 'disabled';
const who: Who[] = ['anonymous', 'reviewer', 'editor', 'admin', 'disabled'];
const staff: Who[] = ['reviewer', 'editor', 'admin'];

const PASSWORD = 'the-fixture-password';
/** A reader's report as the public form leaves it. */
const openReport = () =>
  db.readerReport.create({ data: { page: '/', message: 'The count is wrong.', email: 'reader@example.org' } });
type Fixture = { actors: Record<Who, ActorRef>; target: string };
const editors: Who[] = ['editor', 'admin'];

/** A claim at a given point of the workflow whose verdict someone else (the target user) set. */
const claimAt = async (f: Fixture, stage: 'draft' | 'in_review' | 'approved' | 'published') =>
  createClaim({ stage, verdictKey: 'verified', verdictReason: 'checked', verdictSetById: f.target });
const edit = { kind: 'casualty', claimantId: '', attribution: 'said', internalNotes: '' };
/** A comparison of two figures at a given point of the workflow, read by the target user. */
const comparisonAt = async (f: Fixture, stage: 'draft' | 'in_review' | 'approved' | 'published') =>
  (
    await createComparison({
      stage,
      reviewerReading: 'consistent',
      reviewerNote: 'Both can be true.',
      readingSetById: f.target,
    })
  ).id;

const table: Record<
  Permission,
  { allowed: Who[]; events?: number; call: (actor: ActorRef, f: Fixture) => Promise<unknown> }
> = {
  'claim.edit': {
    allowed: staff,
    call: async (actor, f) =>
      updateClaim({ claimId: (await claimAt(f, 'draft')).id, version: 1, statement: 'Edited', ...edit }, actor),
  },
  'source.create': {
    allowed: staff,
    events: 2,
    call: async (actor, f) =>
      updateClaim(
        {
          claimId: (await claimAt(f, 'draft')).id,
          version: 1,
          statement: 'New source',
          ...edit,
          claimantId: 'new',
          newClaimantName: `Source ${Math.random()}`,
          newClaimantKind: 'journalist',
        },
        actor,
      ),
  },
  'figure.edit': {
    allowed: staff,
    call: async (actor, f) =>
      saveFigure(
        {
          claimId: (await claimAt(f, 'draft')).id,
          version: 1,
          outcome: 'killed',
          victimGroup: 'people',
          min: '3',
          max: '',
          qualifier: 'at least',
        },
        actor,
      ),
  },
  'article.create': {
    allowed: staff,
    call: (actor) =>
      importArticle({ title: 'Imported', publisher: 'The Test Times', body: '12 people were killed.' }, actor),
  },
  'claim.create': {
    allowed: staff,
    call: async (actor) =>
      createClaimFrom(
        {
          articleId: (await createClaim()).articleId,
          start: 0,
          end: 9,
          statement: 'Officials said',
          kind: 'statement',
        },
        actor,
      ),
  },
  'proposal.reject': {
    allowed: staff,
    call: async (actor) => rejectProposal({ articleId: (await createArticle()).id, start: 0, end: 9 }, actor),
  },
  'appearance.link': {
    allowed: staff,
    call: async (actor, f) => {
      const claim = await claimAt(f, 'published');
      const other = await createArticle({ body: 'The Observatory said 100 were killed.' });
      return linkAppearance({ claimId: claim.id, version: 1, articleId: other.id, start: 0, end: 20 }, actor);
    },
  },
  'claim.take': {
    allowed: staff,
    call: async (actor, f) =>
      assignClaim({ claimId: (await claimAt(f, 'draft')).id, version: 1, assigneeId: actor?.id ?? '' }, actor),
  },
  'claim.assign': {
    allowed: editors,
    call: async (actor, f) =>
      assignClaim({ claimId: (await claimAt(f, 'draft')).id, version: 1, assigneeId: f.target }, actor),
  },
  'claim.setVerdict': {
    allowed: staff,
    call: async (actor, f) =>
      setVerdict(
        { claimId: (await claimAt(f, 'draft')).id, version: 1, verdictKey: 'false', reason: 'evidence' },
        actor,
      ),
  },
  'claim.submit': {
    allowed: staff,
    call: async (actor, f) => submitForReview({ claimId: (await claimAt(f, 'draft')).id, version: 1 }, actor),
  },
  'claim.withdraw': {
    allowed: staff,
    call: async (actor, f) =>
      withdrawToDraft({ claimId: (await claimAt(f, 'in_review')).id, version: 1, reason: 'needs work' }, actor),
  },
  'claim.comment': {
    allowed: staff,
    call: async (actor, f) => addComment({ claimId: (await claimAt(f, 'draft')).id, body: 'A thought' }, actor),
  },
  'evidence.add': {
    allowed: staff,
    call: async (actor, f) =>
      addLinkEvidence(
        { claimId: (await claimAt(f, 'draft')).id, url: 'https://example.org/a', title: 'A', stance: 'supports' },
        actor,
      ),
  },
  'evidence.remove': {
    allowed: staff,
    call: async (actor, f) => {
      const claim = await claimAt(f, 'draft');
      const evidence = await db.evidence.create({
        data: { claimId: claim.id, type: 'note', stance: 'context', note: 'n' },
      });
      return removeEvidence({ evidenceId: evidence.id, reason: 'duplicate' }, actor);
    },
  },
  'claim.approve': {
    allowed: editors,
    call: async (actor, f) => approveClaim({ claimId: (await claimAt(f, 'in_review')).id, version: 1 }, actor),
  },
  'claim.publish': {
    allowed: editors,
    call: async (actor, f) => publishClaim({ claimId: (await claimAt(f, 'approved')).id, version: 1 }, actor),
  },
  'claim.prepareCorrection': {
    allowed: staff,
    call: async (actor, f) =>
      prepareClaimCorrection(
        {
          claimId: (await claimAt(f, 'published')).id,
          version: 1,
          verdictKey: 'false',
          reason: 'r',
          publicNote: 'We erred.',
        },
        actor,
      ),
  },
  'claim.correct': {
    allowed: editors,
    call: async (actor, f) => {
      const claim = await claimAt(f, 'published');
      await db.correction.create({
        data: { claimId: claim.id, verdictKey: 'false', reason: 'r', publicNote: 'We erred.', preparedById: f.target },
      });
      return publishClaimCorrection({ claimId: claim.id, version: 1 }, actor);
    },
  },
  'claim.retract': {
    allowed: editors,
    call: async (actor, f) =>
      retractClaim(
        { claimId: (await claimAt(f, 'published')).id, version: 1, reason: 'r', publicNote: 'Withdrawn.' },
        actor,
      ),
  },
  'comparison.create': {
    allowed: staff,
    call: (actor) => createComparisonFrom({ question: 'How many were killed?' }, actor),
  },
  'comparison.edit': {
    allowed: staff,
    call: async (actor, f) =>
      addMember(
        { comparisonId: await comparisonAt(f, 'draft'), version: 1, figureId: (await createFigure()).id },
        actor,
      ),
  },
  'comparison.submit': {
    allowed: staff,
    call: async (actor, f) => submitComparison({ comparisonId: await comparisonAt(f, 'draft'), version: 1 }, actor),
  },
  'comparison.withdraw': {
    allowed: staff,
    call: async (actor, f) =>
      withdrawComparison({ comparisonId: await comparisonAt(f, 'in_review'), version: 1, reason: 'redo' }, actor),
  },
  'comparison.approve': {
    allowed: editors,
    call: async (actor, f) =>
      approveComparison({ comparisonId: await comparisonAt(f, 'in_review'), version: 1 }, actor),
  },
  'comparison.publish': {
    allowed: editors,
    call: async (actor, f) => publishComparison({ comparisonId: await comparisonAt(f, 'approved'), version: 1 }, actor),
  },
  'comparison.prepareCorrection': {
    allowed: staff,
    call: async (actor, f) =>
      prepareComparisonCorrection(
        {
          comparisonId: await comparisonAt(f, 'published'),
          version: 1,
          reviewerReading: 'conflict',
          reviewerNote: 'They cannot both be true.',
          reason: 'r',
          publicNote: 'We misread the periods.',
        },
        actor,
      ),
  },
  'comparison.correct': {
    allowed: editors,
    call: async (actor, f) => {
      const comparisonId = await comparisonAt(f, 'published');
      await db.correction.create({
        data: {
          comparisonId,
          reviewerReading: 'conflict',
          reviewerNote: 'They cannot both be true.',
          reason: 'r',
          publicNote: 'We misread the periods.',
          preparedById: f.target,
        },
      });
      return publishComparisonCorrection({ comparisonId, version: 1 }, actor);
    },
  },
  'comparison.retract': {
    allowed: editors,
    call: async (actor, f) =>
      retractComparison(
        { comparisonId: await comparisonAt(f, 'published'), version: 1, reason: 'r', publicNote: 'Withdrawn.' },
        actor,
      ),
  },
  'report.dismiss': {
    allowed: staff,
    call: async (actor) => dismissReport({ reportId: (await openReport()).id, reason: 'Not about our check.' }, actor),
  },
  'report.link': {
    allowed: staff,
    call: async (actor) => {
      const claim = await createClaim();
      return linkReport({ reportId: (await openReport()).id, target: `/claims/${claim.slug}` }, actor);
    },
  },
  'queue.chooseView': {
    allowed: staff,
    // A preference of the person's own, not a change to the record: no audit event.
    events: 0,
    call: (actor) => rememberQueueView({ view: 'unassigned' }, actor),
  },
  'account.changePassword': {
    allowed: staff,
    call: (actor) => changePassword({ currentPassword: PASSWORD, newPassword: 'a-new-fixture-password' }, actor),
  },
  'user.create': {
    allowed: ['admin'],
    call: (actor) =>
      createUser({ setup: 'link', email: `new-${Math.random()}@example.org`, name: 'New', role: 'reviewer' }, actor),
  },
  'user.changeRole': {
    allowed: ['admin'],
    call: (actor, f) => changeRole({ userId: f.target, role: 'editor' }, actor),
  },
  'user.setDisabled': {
    allowed: ['admin'],
    call: (actor, f) => setDisabled({ userId: f.target, disabled: true }, actor),
  },
  'user.issuePasswordLink': { allowed: ['admin'], call: (actor, f) => issuePasswordLink({ userId: f.target }, actor) },
  'policy.edit': {
    allowed: ['admin'],
    call: (actor) => savePolicy({ body: 'We correct errors of fact openly.', version: '0' }, actor),
  },
};

async function fixture(): Promise<Fixture> {
  const passwordHash = await hashPassword(PASSWORD);
  const make = async (name: string, role: Role, disabled = false) =>
    (
      await db.user.create({
        data: { email: `${name}@example.org`, name, role, disabled, passwordHash },
        select: { id: true },
      })
    ).id;
  const actors: Record<Who, ActorRef> = {
    anonymous: null,
    reviewer: { id: await make('reviewer', 'reviewer') },
    editor: { id: await make('editor', 'editor') },
    admin: { id: await make('admin', 'admin') },
    // A disabled admin: the strongest role, refused all the same.
    disabled: { id: await make('disabled', 'admin', true) },
  };
  await make('second-admin', 'admin');
  return { actors, target: await make('target', 'reviewer') };
}

beforeEach(resetDb);

describe('permissions', () => {
  it('has a row here for every permission the domain checks, and no row for one it does not', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(permissions).sort());
  });

  for (const [permission, row] of Object.entries(table) as [Permission, (typeof table)[Permission]][]) {
    for (const actor of who) {
      const allowed = row.allowed.includes(actor);
      it(`${permission}: ${actor} is ${allowed ? 'allowed' : 'refused'}`, async () => {
        const f = await fixture();
        const eventsBefore = await db.auditEvent.count();
        const outcome = await row.call(f.actors[actor], f).then(
          () => 'allowed',
          (error: unknown) => {
            if (isAppError(error) && ['forbidden', 'unauthenticated'].includes(error.code)) return 'refused';
            throw error;
          },
        );
        expect(outcome).toBe(allowed ? 'allowed' : 'refused');
        // A refused call writes nothing, not even an audit event.
        expect(await db.auditEvent.count()).toBe(eventsBefore + (allowed ? (row.events ?? 1) : 0));
      });
    }
  }

  it('every module in lib/ that writes to the database checks a permission, or says why it need not', () => {
    // Writes that are not a user's action: infrastructure, sign-in bookkeeping, the
    // operator's command line and the one-time link (the token is the credential).
    const exempt = new Set([
      'lib/audit/record.ts',
      'lib/auth/throttle.ts',
      'lib/auth/credentials.ts',
      'lib/verdicts/index.ts',
      'lib/users/operator.ts',
      'lib/users/password.ts#setPasswordWithToken',
      // Signing out ends the session token's own epoch: the token is the credential.
      'lib/auth/session-epoch.ts#endSessionsFrom',
      // Called only inside functions that have already authorized the actor.
      'lib/claims/concurrency.ts#updateAtVersion',
      'lib/comparisons/concurrency.ts#updateComparisonAtVersion',
      'lib/comparisons/shown-figures.ts#figuresChange',
      // The cache signal written after a publication, correction or retraction that the
      // workflow has already authorized (lib/publishing/revalidate.ts); it changes no content.
      'lib/publishing/changes.ts#recordPublicChange',
      // Stores what claim detection derives from an article's body, once, on the first view of
      // an article imported before proposals were stored (docs/decisions/011); it changes no content.
      'lib/articles/proposals.ts#articleProposals',
      // A reader's report needs no account: a limit per address guards it (docs/decisions/023).
      'lib/reports/send.ts#sendReport',
      // Derives Claim.quoteTerms (the quote's words, for matching's prefilter) from the quote where
      // it is not read yet; it changes no content. Its raw `SET LOCAL` is the trigram threshold of
      // its own transaction.
      'lib/claims/matching.ts#readQuoteTerms',
    ]);
    const writes =
      /\b(?:tx|db)\.(?:\w+\.(?:create|createMany|update|updateMany|upsert|delete|deleteMany)\(|\$executeRaw)|INSERT INTO|UPDATE "/;
    const offenders: string[] = [];
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) return p.includes('generated') || p.endsWith(path.join('lib', 'db')) ? [] : walk(p);
        return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
      });
    for (const file of walk('lib')) {
      if (exempt.has(file)) continue;
      const source = fs.readFileSync(file, 'utf8');
      // Each exported function that writes must call authorize(), or make its change
      // through the edit core (lib/workflow/edit.ts), which authorizes first.
      for (const fn of source.split(/\nexport (?=async function|function)/).slice(1)) {
        const name = /function (\w+)/.exec(fn)?.[1];
        if (
          writes.test(fn) &&
          !/\b(?:authorize|editClaim|editComparison)\(/.test(fn) &&
          !exempt.has(`${file}#${name}`)
        ) {
          offenders.push(`${file}#${name}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
