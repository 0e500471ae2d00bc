import { findFrames } from './attribution';
import { because, clauseDraft, toProposal, type Draft } from './draft';
import { leadInEvent, ownVoiceDrafts } from './own-voice';
import { isSubheading, standsAlone, type Quote } from './quotes';
import { splitSentences, trimSpan } from './sentences';
import type { Resolved, SourceTracker } from './sources';
import { quoteSpeaker, subjectBefore } from './speaker';
import { isCaption, withoutDateline } from './structure';
import type { Proposal, Span } from './types';

// Reads one paragraph, sentence by sentence: direct quotations and their speakers, then
// attributed clauses, then what the reporter states in the article's own voice. Speakers
// are resolved in text order, because "he" means the last person who spoke.

export type Context = { body: string; masked: string; tracker: SourceTracker; publisher: Resolved | null };

// `told`: the source the sentence attributed its claims to, for a sentence that goes on with them.
type State = { speaker: Resolved | null; speakerAt: number | null; drafts: Draft[]; told: Resolved | null };

/**
 * Proposals of one paragraph; its last speaker (for a quotation in the next one) and the source
 * its last sentence was attributed to (for a sentence that goes on with it).
 */
export function readParagraph(
  ctx: Context,
  paragraph: Span,
  quotes: readonly Quote[],
  carried: Resolved | null,
  toldBefore: Resolved | null = null,
) {
  const { body, masked } = ctx;
  const proposals: Proposal[] = [];
  const caption = isCaption(body.slice(paragraph.start, paragraph.end));
  let speaker: Resolved | null = null;
  // Who claimed the last count in this paragraph, for a sentence that goes on with it.
  let counted: Resolved | null = null;
  let told = toldBefore;
  // The publisher's claims in the sentence before, which the next sentence may attribute.
  let unattributed: Proposal[] = [];
  let next = 0;
  for (const sentence of splitSentences(masked, withoutDateline(body, paragraph))) {
    const state: State = { speaker, speakerAt: null, drafts: [], told: null };
    // Quotes and sentences are both in text order: walk them together.
    while (next < quotes.length && quotes[next].open < sentence.start) next++;
    const inSentence: Quote[] = [];
    while (next < quotes.length && quotes[next].open < sentence.end) inSentence.push(quotes[next++]);
    quotations(ctx, state, sentence, paragraph, inSentence, carried);
    attributed(ctx, state, sentence, caption);
    if (!state.drafts.length) introduces(ctx, state, sentence);
    const event = state.speakerAt === null ? null : leadInEvent(masked, sentence, state.speakerAt, ctx.publisher);
    const claimed = state.drafts.length > 0;
    if (event) state.drafts.push(event);
    if (!claimed) {
      const on = goesOnWith(ctx, sentence, counted, told);
      const own = ownVoiceDrafts(body, masked, sentence, on ? on.who : ctx.publisher, caption);
      state.drafts.push(
        ...(on ? own.map((d) => ({ ...d, attribution: on.attribution, reason: because(on.reason, on.who) })) : own),
      );
    }
    const count = state.drafts.find((d) => d.kind === 'casualty');
    counted = count ? (count.who && count.who !== ctx.publisher ? count.who : null) : counted;
    const made = state.drafts.map((draft) => toProposal(body, draft, sentence));
    const source = claimed && state.told !== ctx.publisher ? state.told : null;
    if (source && REFERS_BACK.test(masked.slice(sentence.start, sentence.start + 40)))
      for (const p of unattributed) Object.assign(p, attributedLater(p, source));
    proposals.push(...made);
    unattributed = claimed ? [] : made.filter((p) => p.claimant === ctx.publisher?.claimant);
    speaker = state.speaker;
    told = source;
  }
  return { proposals, speaker, told };
}

// "Eight of those …", "Most of them …", "Among the dead …": a sentence about the people just counted.
const REFERS_BACK =
  /^(?:(?:\d[\d,]*|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[A-Z][a-z]+(?:ty|teen)|Some|Most|All|Many|Several|Half|None)\s+of\s+(?:those|them|these|the)\b|(?:Of|Among)\s+(?:those|them|these|the)\b)/;

/** "A total of 14 were hurt. Eight of those were shot, Sgt. X said.": the count is X's too. */
const attributedLater = (p: Proposal, source: Resolved): Partial<Proposal> => ({
  claimant: source.claimant,
  attribution: 'attributed by the next sentence',
  reason: because(`${p.reason}; attributed by the sentence after it`, source),
});

type GoesOn = { who: Resolved; attribution: string; reason: string };

// "Also, …", "In total, …", "Police also called …": words that add to what a source just said.
// ("There is also …", "were also digging" add the reporter's own scene.)
const ADDS_TO =
  /^(?:(?:Additionally|Also|Besides|Further(?:more)?|Moreover|Then|In\s+(?:total|all|addition))\b|[^,.;:]{1,60}?\s(?<!\b(?:is|are|was|were|be|been)\s)also\s+(?:[a-z]+ly\s+)?[a-z]+ed\b)/;

/**
 * The source an unattributed sentence plainly goes on with: a count after its source's count
 * ("X said 51 people drowned. Another 35 are still missing."), or a sentence adding to what a
 * source said in the sentence before, in its paragraph or the next ("…, officials said. Other
 * warships also took part."). A sentence naming the publisher is the publisher's.
 */
function goesOnWith(ctx: Context, sentence: Span, counted: Resolved | null, told: Resolved | null): GoesOn | null {
  const opening = ctx.masked.slice(sentence.start, sentence.start + 80);
  if (counted && GOES_ON_COUNTING.test(opening)) {
    const reason = 'count going on with the one before it';
    return { who: counted, attribution: 'goes on with the count before', reason };
  }
  if (!told || !ADDS_TO.test(opening)) return null;
  const publisher = ctx.publisher?.claimant.name;
  if (publisher && ctx.masked.slice(sentence.start, sentence.end).includes(publisher)) return null;
  return { who: told, attribution: 'adds to the sentence before', reason: 'adds to what its source just said' };
}

function quotations(
  ctx: Context,
  state: State,
  sentence: Span,
  paragraph: Span,
  quotes: Quote[],
  carried: Resolved | null,
) {
  const { body, masked, tracker } = ctx;
  for (const quote of quotes) {
    if (!standsAlone(masked, quote, sentence) || isSubheading(body, quote, paragraph)) continue;
    const span = trimSpan(body, quote.inner.start, quote.inner.end, true);
    if (span.end <= span.start) continue;
    const named = quoteSpeaker(masked, quote, sentence);
    let who: Resolved | null;
    let attribution: string | null;
    if (named) {
      who = tracker.resolve(body.slice(named.subject.start, named.subject.end), named.subject.start);
      noteDocument(ctx, named.subject.end, sentence.end, who);
      attribution = named.attribution;
      state.speakerAt ??= named.subject.start;
    } else {
      // No speaker in the sentence: the one who spoke last in this paragraph, or in the one before.
      who = state.speaker ?? carried;
      attribution = who && `speaker carried over from the previous ${state.speaker ? 'sentence' : 'paragraph'}`;
    }
    const reason = named
      ? because('direct quotation, speaker named beside it', who)
      : 'quotation with no speaker in its sentence';
    state.drafts.push({ span, kind: 'quote', who, attribution, confidence: named ? 0.9 : who ? 0.7 : 0.4, reason });
    state.speaker = who ?? state.speaker;
    state.told = who ?? state.told;
  }
}

const BULLET = /(?:^|\n)[*•]\s?\S?$/;
const GOES_ON_COUNTING =
  /^\s*(?:Another|A\s+further)\s+(?:\d[\d,]*|[a-z]+(?:\s+[a-z]+)?\s+(?:people|others|were|are|have|had))\b/;

// "the ministry said in a statement": "the statement" later is the ministry's.
const IN_DOCUMENT =
  /^[^.;:“”"]{0,40}?\bin\s+(?:a|an|its|their|his|her|the)\s+(?:[a-z-]+\s+){0,2}?(?:statement|report|communiqu[eé]|release)\b/i;

// "In a new report, the rights office detailed …": the document named before the subject.
const DOCUMENT_OPENS =
  /\b[Ii]n\s+(?:a|an|its|their|his|her|the)\s+(?:[a-z-]+\s+){0,2}?(?:statement|report|communiqu[eé]|release)\s*,?\s*$/;

function noteDocument(ctx: Context, from: number, end: number, who: Resolved | null, opens = from) {
  const said = who && IN_DOCUMENT.exec(ctx.masked.slice(from, Math.min(end, from + 80)));
  const before = who && !said ? DOCUMENT_OPENS.exec(ctx.masked.slice(Math.max(0, opens - 60), opens)) : null;
  if (said ?? before) ctx.tracker.noteDocument((said ?? before)![0], who!);
}

// "Tamer Kirolos, country director, said:" closing a paragraph: the quotation follows in the next.
const INTRODUCES = /\b(?:said|says|added|stated|wrote|told\s+[^:]{1,40}?)\s*:\s*$/;

function introduces(ctx: Context, state: State, sentence: Span) {
  const { body, masked, tracker } = ctx;
  // The sentence is trimmed of its colon: look just past its end.
  const from = Math.max(sentence.start, sentence.end - 60);
  const lead = INTRODUCES.exec(masked.slice(from, sentence.end + 2).split('\n')[0]);
  if (!lead) return;
  const verb = from + lead.index;
  const subject = subjectBefore(masked, sentence.start, verb);
  const who = subject && tracker.resolve(body.slice(subject.start, subject.end), subject.start);
  if (who) state.speaker = who;
}

function attributed(ctx: Context, state: State, sentence: Span, caption: boolean) {
  const { body, masked, tracker } = ctx;
  for (const frame of findFrames(masked, sentence)) {
    const { subject } = frame;
    const who = subject && tracker.resolve(body.slice(subject.start, subject.end), subject.start);
    if (subject) noteDocument(ctx, subject.end, sentence.end, who, Math.max(sentence.start, subject.start));
    if (subject) state.speakerAt ??= subject.start;
    const attribution = caption && frame.kind === 'according' ? 'according to (photo caption)' : frame.attribution;
    // "* 30,000 dead in Kashmir, says minister": a bulleted summary in the present tense is the
    // publisher's, as a standfirst is.
    const summary =
      BULLET.test(body.slice(Math.max(0, sentence.start - 2), sentence.start + 1)) && /^says?$/.test(frame.attribution);
    const base = { who: summary ? ctx.publisher : who, attribution, confidence: frame.kind === 'act' ? 0.7 : 0.8 };
    const reason = because(`${frame.kind} speech, "${attribution}"`, who);
    for (const clause of frame.clauses) state.drafts.push(clauseDraft(body, clause, { ...base, reason }));
    state.speaker = who ?? state.speaker;
    state.told = base.who ?? state.told;
  }
}
