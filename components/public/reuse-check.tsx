import { absoluteUrl, paths } from '@/lib/publishing/site';
import type { PublicClaim } from '@/lib/publishing/types';
import { Section } from './section';

/** The check as JSON, the feed, and the code to embed the card on another site. */
export function ReuseCheck({ claim }: { claim: Pick<PublicClaim, 'slug' | 'statement'> }) {
  const title = `Fact check: ${claim.statement}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const code = `<iframe src="${absoluteUrl(paths.embed(claim.slug))}" title="${title}" width="100%" height="260" style="border:0"></iframe>`;
  return (
    <Section id="reuse" title="Reuse this check">
      <p className="text-sm">
        <a href={paths.apiClaim(claim.slug)}>This check as JSON</a> · <a href={paths.feed()}>RSS feed of all checks</a>
      </p>
      <label htmlFor="embed-code" className="mt-2 block text-sm font-medium">
        Embed code
      </label>
      <textarea
        id="embed-code"
        readOnly
        rows={2}
        className="mt-1 w-full rounded border border-slate-400 p-2 font-mono text-xs"
        defaultValue={code}
      />
    </Section>
  );
}
