import { findFrames } from './attribution';
import { casualtiesIn } from './casualties';
import { dedupe, firstCopies } from './dedupe';
import { toProposal, type Draft } from './draft';
import { NameIndex } from './name-index';
import { readParagraph, type Context } from './paragraph';
import { Affiliations } from './behalf';
import { findQuotes, maskQuotes } from './quotes';
import { RoleIndex } from './roles';
import { paragraphs, reflowWrappedLines } from './sentences';
import { SourceTracker, type Resolved } from './sources';
import { headlineClaim, publisherLine, standfirstClaim } from './structure';
import type { ExtractOptions, Proposal, Span } from './types';

// The claim detector: deterministic, local, rule-based. It proposes; the reviewer decides.
// One pass over the paragraphs in order, because who "he" or "the group" is depends on
// what came before.

export function extractClaims(text: string, options: ExtractOptions = {}): Proposal[] {
  // Rules read the reflowed body; every proposal's text is the original's, offsets being equal.
  const body = reflowWrappedLines(text);
  return readBody(body, options).map((p) => (body === text ? p : { ...p, text: text.slice(p.start, p.end) }));
}

function readBody(body: string, options: ExtractOptions): Proposal[] {
  const lines = paragraphs(body);
  const quotes = lines.map((line) => findQuotes(body, line));
  const masked = maskQuotes(body, quotes.flat());
  const tracker = new SourceTracker(
    new NameIndex(body),
    options.knownSources ?? [],
    new RoleIndex(body),
    new Affiliations(body),
  );
  const sourceLine = publisherLine(body, lines);
  const publisherName = options.publisher ?? sourceLine?.name;
  const ctx: Context = { body, masked, tracker, publisher: publisherName ? tracker.publisher(publisherName) : null };
  const proposals: Proposal[] = [];
  // Headline and standfirst are the publisher's words; a headline may count casualties itself.
  const publisherClaim = (span: Span, attribution: string, confidence: number) => {
    const casualties = casualtiesIn(body, span);
    const kind = casualties.figures.length ? 'casualty' : 'statement';
    const reason = `${attribution}: the publisher's own claim`;
    const draft: Draft = { span, kind, who: ctx.publisher, attribution, confidence, reason, casualties };
    proposals.push(toProposal(body, draft, span));
  };
  const headline = headlineClaim(body, lines);
  if (headline) publisherClaim(headline, 'headline', 0.6);
  const standfirst = headline ? standfirstClaim(body, lines) : null;
  // The standfirst is the publisher's even when it reports someone ("…, medics said"): the claim leaves that out.
  // ("X blames both sides" is an act, the claim itself, and stays whole.)
  const reported = standfirst && findFrames(masked, standfirst).find((f) => f.kind !== 'act');
  if (standfirst) publisherClaim(reported ? reported.clauses[0] : standfirst, 'standfirst', 0.55);
  const fresh = firstCopies(body, lines);
  let carried: Resolved | null = null;
  let told: Resolved | null = null;
  lines.forEach((line, i) => {
    if ((i === 0 && headline) || (i === 1 && standfirst) || line === sourceLine?.line || !fresh[i]) return;
    const read = readParagraph(ctx, line, quotes[i], carried, told);
    proposals.push(...read.proposals);
    carried = read.speaker;
    told = read.told;
  });
  return dedupe(proposals);
}
