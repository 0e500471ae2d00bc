'use client';

import { useActionState } from 'react';
import { resolveArticleChangeAction } from '@/app/review/claims/[id]/actions';
import { FormMessage, SubmitButton } from '@/components/ui/field';
import { idle } from '@/lib/actions/form-state';

type Props = {
  claim: {
    id: string;
    version: number;
    stage: string;
    quote: string;
    articleChange: 'changed' | 'gone' | null;
    articleChangeVersion: number | null;
  };
  /** The words now at the claim's place in the article. */
  now: string;
};

/** A new version of the article changed this claim's words (lib/articles/versions.ts): what, and how to resolve it. */
export function ArticleChangePanel({ claim, now }: Props) {
  const [state, action, pending] = useActionState(resolveArticleChangeAction, idle);
  if (!claim.articleChange) return null;
  const published = claim.stage === 'published' || claim.stage === 'retracted';
  return (
    <section
      aria-labelledby="article-change-heading"
      className="space-y-2 rounded border border-orange-400 bg-orange-50 p-4"
    >
      <h2 id="article-change-heading" className="font-semibold text-orange-950">
        The article changed here (version {claim.articleChangeVersion})
      </h2>
      <p>
        We checked: <del className="bg-red-100">{claim.quote}</del>
      </p>
      <p>
        {claim.articleChange === 'changed' ? (
          <>
            It now reads: <ins className="bg-green-100 no-underline">{now}</ins>
          </>
        ) : (
          'These words are no longer in the article.'
        )}
      </p>
      {published ? (
        <p className="text-sm">
          Readers still see the words we checked. Prepare a correction below: once another editor publishes it, the
          claim takes the new words.
        </p>
      ) : (
        <form action={action} className="space-y-2">
          <input type="hidden" name="claimId" value={claim.id} />
          <input type="hidden" name="version" value={claim.version} />
          <FormMessage state={state} />
          <p className="text-sm">Check the statement, figures and verdict against the new words, then:</p>
          <SubmitButton pending={pending}>
            {claim.articleChange === 'changed' ? 'Take the new words' : 'Keep it as a claim about the earlier version'}
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
