import { cleanName } from './names';
import { isAbbreviationStop } from './sentences';
import { normaliseName } from './sources';
import type { Claimant, KnownSource, Span } from './types';

// Who relays whom (issue 17, decision 021): wire copy carries a primary source's figure
// through an outlet — "…, Reuters reported, citing the Syrian Observatory", "…, the
// Observatory said, according to Reuters", "a local official told AFP". Read after
// detection, from the words around a proposal: the primary source it relays and the
// outlet that carried it. The reviewer linking the proposal as an appearance starts from
// this and may change it. Run in the detection worker (lib/articles/worker.ts), under its
// time limit.

export type RelayParty = { name: string; sourceId?: string; isNew: boolean };
export type Relay = {
  /** The source the claim comes from first. */
  primary: RelayParty;
  /** Who carried it to this article, when the article names them. */
  via: RelayParty | null;
  /** The words that said so ("citing", "told", "according to"). */
  cue: string;
};

/** Beyond this many characters either side of a proposal, a sentence is not read for its relay. */
const REACH = 240;

// A name runs to the end of its clause: "citing the health ministry on Monday" is the ministry.
const NAME = String.raw`([^,.;:()\n"“”]{2,80}?)(?=\s+(?:as\s+saying|as\s+having|who|which|that|on|in|at|and|said|says|reported|late|earlier|this|last)\b|\s*[,.;:()\n"“”]|\s*$)`;
// "citing X", "which cited X", "quoting X" (not "was quoted as saying").
const CITING = new RegExp(String.raw`\b(citing|cited|quoting|quoted)\s+(?!as\b)${NAME}`, 'i');
const TOLD = new RegExp(String.raw`\b(told)\s+${NAME}`, 'i');
const ACCORDING = new RegExp(String.raw`\b(according\s+to|as\s+reported\s+by|reported\s+by)\s+${NAME}`, 'i');

// An outlet: a wire service, a broadcaster or a paper, by its name or by what it is.
const OUTLET_WORDS =
  /\b(?:Reuters|Associated Press|AFP|Agence France-Presse|Xinhua|Anadolu|Bloomberg|Interfax|TASS|Yonhap|Kyodo|EFE|ANSA|dpa|news\s+agency|agency|television|TV|radio|broadcaster|channel|network|newspaper|daily|weekly|magazine|media|times|post|news|press|journal|herald|tribune|telegraph|gazette|guardian|wire)\b/i;
// Two to five capitals ("AFP", "BBC", "CNN", "NPR") name an outlet after "told".
const ACRONYM = /^[A-Z]{2,5}$/;
// Documents and crowds are not sources that relay: "according to a statement", "told reporters".
const NOT_A_RELAY =
  /^(?:a|an|the|his|her|its|their|our)?\s*(?:statement|report|reports|tally|count|figures|data|document|documents|video|transcript|footage|reporters|journalists|the\s+press|press\s+conference|news\s+conference|briefing|crowd|parliament|lawmakers|us|me|him|her|them|residents|witnesses)\b/i;

// An abbreviation's full stop ("Dr. Ahmed Ali", "the U.N. refugee agency") is neither the end
// of a sentence nor of a name: within the window it is read as this mark, of the same length.
const WORD_DOT = '\u2024';
const maskWordDots = (text: string) =>
  text.replace(/\./g, (dot, index: number) => (isAbbreviationStop(text, index) ? WORD_DOT : dot));

/** A full stop, a closing mark, then a capital: the next sentence. */
const SENTENCE_STOP = String.raw`[.!?][”"’)]?\s+(?=[“"‘(]?[A-Z])`;

function windowOf(body: string, span: Span) {
  // The sentence around the span, no further than REACH and never past a paragraph.
  let start = Math.max(0, span.start - REACH);
  // Searched within the window only: a 1 MB paragraph is not scanned once per proposal.
  const para = body.slice(start, span.start).lastIndexOf('\n');
  if (para >= 0) start += para + 1;
  const back = maskWordDots(body.slice(start, span.start));
  const stop = new RegExp(SENTENCE_STOP, 'g');
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = stop.exec(back))) from = m.index + m[0].length;
  const before = back.slice(from);
  let end = Math.min(body.length, span.end + REACH);
  const nl = body.slice(span.end, end).indexOf('\n');
  if (nl >= 0) end = span.end + nl;
  const ahead = maskWordDots(body.slice(span.end, end));
  const next = new RegExp(SENTENCE_STOP).exec(ahead);
  return { before, after: next ? ahead.slice(0, next.index + 1) : ahead };
}

function party(masked: string, known: readonly KnownSource[]): RelayParty | null {
  const raw = masked.replaceAll(WORD_DOT, '.');
  const name = cleanName(raw);
  if (!name || NOT_A_RELAY.test(raw.trim())) return null;
  const key = normaliseName(name);
  if (!key) return null;
  const found = known.find((k) => [k.name, ...k.aliases].some((n) => normaliseName(n) === key));
  return found ? { name: found.name, sourceId: found.id, isNew: false } : { name, isNew: true };
}

const outletLike = (raw: string, p: RelayParty) => !p.isNew || OUTLET_WORDS.test(raw) || ACRONYM.test(p.name);

const same = (a: RelayParty | null, b: RelayParty | null) =>
  !!a &&
  !!b &&
  ((a.sourceId !== undefined && a.sourceId === b.sourceId) || normaliseName(a.name) === normaliseName(b.name));

/**
 * The primary source a proposal relays, read from its sentence, or null when the claimant
 * speaks first-hand. `publisher` is the article's own outlet: "told the Gazette" in the
 * Gazette is its own interview, not a relay.
 */
export function detectRelay(
  body: string,
  proposal: Span & { claimant: Claimant | null },
  known: readonly KnownSource[] = [],
  publisher?: string,
): Relay | null {
  const { before, after } = windowOf(body, proposal);
  const claimant: RelayParty | null = proposal.claimant && {
    name: proposal.claimant.name,
    ...(proposal.claimant.sourceId ? { sourceId: proposal.claimant.sourceId } : {}),
    isNew: proposal.claimant.isNew,
  };
  const ownOutlet = publisher ? { name: publisher, isNew: true } : null;

  // "Reuters reported, citing the Observatory": the Observatory is primary, Reuters carried it.
  for (const text of [after, before]) {
    const m = CITING.exec(text);
    const primary = m && party(m[2], known);
    if (primary && !same(primary, claimant)) {
      return { primary, via: claimant, cue: m[1].toLowerCase() };
    }
  }
  if (!claimant) return null;
  // "A local official told AFP": the official is primary, AFP carried it.
  for (const text of [after, before]) {
    const m = TOLD.exec(text);
    const via = m && party(m[2], known);
    if (via && outletLike(m[2], via) && !same(via, claimant) && !same(via, ownOutlet)) {
      return { primary: claimant, via, cue: 'told' };
    }
  }
  // "The Observatory said, according to Reuters": the Observatory is primary, Reuters carried it.
  for (const text of [after, before]) {
    const m = ACCORDING.exec(text);
    const via = m && party(m[2], known);
    if (via && outletLike(m[2], via) && !same(via, claimant) && !same(via, ownOutlet)) {
      return { primary: claimant, via, cue: m[1].toLowerCase().replace(/\s+/g, ' ') };
    }
  }
  return null;
}
