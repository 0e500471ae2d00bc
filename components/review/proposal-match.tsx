'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { linkAppearanceAction, notSameClaimAction } from '@/app/review/articles/[id]/actions';
import { ClaimantPicker } from '@/components/review/claimant-picker';
import { FormMessage, SelectField, SubmitButton } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/text-area';
import { idle } from '@/lib/actions/form-state';
import type { ClaimMatch } from '@/lib/claims/matching';
import { relayDefaults } from '@/lib/claims/relay-defaults';
import type { Relay } from '@/lib/extraction/relay';
import { stages } from '@/lib/workflow/stages';

// Inside a proposal of the import page: the existing checks it repeats (lib/claims/matching.ts),
// each with the choice to link the proposal as one more appearance of that check, or to keep
// it apart and say why (decision 021).

type Proposal = {
  start: number;
  end: number;
  /** The detected claimant: a Source id, '' for none, or 'new' with its name. */
  claimantId: string;
  newClaimantName?: string;
  attribution?: string | null;
  /** The primary source the claimant relays, as detected ("citing the Observatory"). */
  relay?: Relay | null;
};
type Props = {
  articleId: string;
  proposal: Proposal;
  matches: ClaimMatch[];
  sources: { id: string; name: string }[];
  idPrefix: string;
};

const why = {
  figure: 'the same figure from the same primary source',
  statement: 'nearly the same words',
} as const;

export function ProposalMatch({ articleId, proposal, matches, sources, idPrefix }: Props) {
  if (matches.length === 0) return null;
  return (
    // A group, not a landmark: every matched proposal has one, so a region would repeat its name.
    <div
      role="group"
      aria-labelledby={`${idPrefix}-title`}
      data-testid="proposal-match"
      className="space-y-3 rounded border-l-4 border-sky-700 bg-sky-50 p-3"
    >
      <p id={`${idPrefix}-title`} className="text-sm font-semibold">
        {matches.length === 1 ? 'This repeats an existing check.' : 'This may repeat one of these checks.'}
      </p>
      {matches.map((m) => (
        <MatchChoice
          key={m.claimId}
          articleId={articleId}
          proposal={proposal}
          match={m}
          sources={sources}
          idPrefix={`${idPrefix}-${m.claimId}`}
        />
      ))}
    </div>
  );
}

function MatchChoice({
  articleId,
  proposal,
  match,
  sources,
  idPrefix,
}: Omit<Props, 'matches'> & { match: ClaimMatch }) {
  const [linked, link, linking] = useActionState(linkAppearanceAction, idle);
  const [apart, keepApart, keeping] = useActionState(notSameClaimAction, idle);
  const v = linked.status === 'error' ? linked.values : undefined;
  const e = linked.fieldErrors ?? {};
  const start = relayDefaults(proposal);
  const relay = proposal.relay;
  const span = (
    <>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="start" value={proposal.start} />
      <input type="hidden" name="end" value={proposal.end} />
      <input type="hidden" name="claimId" value={match.claimId} />
    </>
  );

  if (linked.status === 'ok') {
    return (
      <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 px-3 py-2">
        Linked as an appearance of <Link href={`/review/claims/${match.claimId}`}>{match.statement}</Link>.
      </p>
    );
  }
  if (apart.status === 'ok') {
    return (
      <p role="status" className="text-sm">
        Kept apart from “{match.statement}”: accept it as a new claim below.
      </p>
    );
  }
  return (
    <div className="space-y-2 border-t border-sky-200 pt-2 first-of-type:border-0">
      <p>
        <Link href={`/review/claims/${match.claimId}`}>{match.statement}</Link>
      </p>
      <p className="text-sm text-slate-700">
        Stage: {stages[match.stage].label} · Verdict: {match.verdict} · First in {match.article.title} (
        {match.article.publisher}) · Matched on {why[match.reason]}.
      </p>
      <form action={link} className="space-y-2" noValidate>
        {span}
        <input type="hidden" name="version" value={match.version} />
        <input type="hidden" name="attribution" value={proposal.attribution ?? ''} />
        <FormMessage state={linked} />
        <ClaimantPicker
          sources={sources}
          initial={v?.claimantId ?? start.claimantId}
          newName={v?.newClaimantName ?? start.newClaimantName}
          newKind={v?.newClaimantKind}
          errors={e}
          idPrefix={`${idPrefix}-`}
        />
        <SelectField
          label="Which primary source does the claimant relay?"
          name="citesSourceId"
          id={`${idPrefix}-citesSourceId`}
          defaultValue={v?.citesSourceId ?? start.citesSourceId}
          error={e.citesSourceId}
        >
          <option value="">None: the claimant is the primary source</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        {relay ? (
          <p className="text-sm text-slate-700" data-testid="relay-note">
            The article relays {relay.primary.name}
            {relay.via ? ` through ${relay.via.name}` : ''} (“{relay.cue}”)
            {relay.primary.sourceId ? '.' : ': not among our sources yet; add it to pick it here.'}
          </p>
        ) : null}
        <SubmitButton pending={linking}>Link as an appearance of this check</SubmitButton>
      </form>
      <form action={keepApart} className="space-y-2" noValidate>
        {span}
        {apart.status === 'error' ? <FormMessage state={apart} /> : null}
        <TextAreaField
          label="Not the same claim? Say why"
          name="reason"
          id={`${idPrefix}-reason`}
          rows={2}
          defaultValue={apart.values?.reason ?? ''}
          error={apart.fieldErrors?.reason}
        />
        <button
          type="submit"
          disabled={keeping}
          className="rounded border border-slate-700 px-3 py-2 text-sm text-slate-900 disabled:opacity-60"
        >
          Keep it as a new claim
        </button>
      </form>
    </div>
  );
}
