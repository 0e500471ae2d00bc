import { outcomeOf, type Casualties } from './casualties';
import { LETTER, LOWER } from './chars';
import { capitalisedRuns } from './names';
import type { Span } from './types';

// The scope of a casualty claim as the sentence states it: where, over what period, by
// what cause. These are drafts for the reviewer, who usually rewrites them ("the northern
// province"); the comparison reading in lib/figures needs them filled in to explain gaps.

export type Scope = { place?: string; period?: string; cause?: string };

const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const CALENDAR = new RegExp(
  `^(?:${DAY}|January|February|March|April|May|June|July|August|September|October|November|December)$`,
);
const PLACE_NOUN =
  '(?:neighbourhoods?|neighborhoods?|districts?|suburbs?|quarters?|areas?|villages?|towns?|provinces?|city|cities|countryside|regions?|camps?)';
const PLACE_LIST = new RegExp(`\\b${PLACE_NOUN}\\s+of\\s+$`);
const PLACE_AFTER = new RegExp(`^\\s+${PLACE_NOUN}\\b`);
// "in Tarvos", "on the Old Town district", "in northern Nigeria" (the direction stays with the name).
const LOCATIVE = /\b(?:in|on|at|near|outside|around)\s+(?:the\s+)?((?:north|south|east|west|central)[a-z-]*\s+)?$/;
const NAMES_JOIN = /^(?:\s*,\s*|\s*,?\s+and\s+)$/;
// "on rebel-controlled neighbourhoods": a place with no name.
const PLACE_PLAIN = new RegExp(`\\b(?:in|on|at)\\s+(?:the\\s+)?((?:[${LOWER}-]+\\s+)?${PLACE_NOUN})\\b`);
const WEAPON = new RegExp(
  String.raw`\b(?:air\s?strikes?|airstrikes?|drone\s+strikes?|shelling|shells|rockets?|barrel[\s-]bombs?|car\s+bombs?|bombs?|bombings?|explosions?|blasts?|mortars?|gunfire|sniper\s+fire|missiles?|grenades?|clashes|attacks?|raids?)(?:\s+(?:attacks?|fire|strikes?|shells?|rounds?))?\b`,
);
const FUNCTION_WORDS = /^(?:a|an|the|by|in|on|of|and|or|from|were|was|when|with|at|to|its|their|his|her)$/;

/**
 * The first named place: "the suburbs of al-Nour, Bab Sharqi and
 * al-Hamra" (every name in the list), "on the Old Town district", "on Port Elna".
 */
function placeOf(text: string): string | undefined {
  const runs = capitalisedRuns(text).filter((r) => !CALENDAR.test(r.text));
  for (let i = 0; i < runs.length; i++) {
    const before = text.slice(Math.max(0, runs[i].start - 40), runs[i].start);
    if (PLACE_LIST.test(before)) {
      let j = i;
      while (j + 1 < runs.length && NAMES_JOIN.test(text.slice(runs[j].end, runs[j + 1].start))) j++;
      return text.slice(runs[i].start, runs[j].end);
    }
    const locative = LOCATIVE.exec(before);
    if (locative) return (locative[1] ?? '') + runs[i].text + (PLACE_AFTER.exec(text.slice(runs[i].end))?.[0] ?? '');
  }
  return PLACE_PLAIN.exec(text)?.[1];
}

/** The weapon or attack, with the words that modify it: "rebel rocket attacks", "air strike". */
function causeOf(text: string): string | undefined {
  const weapon = WEAPON.exec(text);
  if (!weapon) return undefined;
  const words = text
    .slice(Math.max(0, weapon.index - 40), weapon.index)
    .split(/\s+/)
    .filter(Boolean)
    .slice(-2);
  const modifiers: string[] = [];
  while (
    words.length &&
    /^[a-z-]+$/.test(words.at(-1)!) &&
    !FUNCTION_WORDS.test(words.at(-1)!) &&
    !outcomeOf(words.at(-1))
  )
    modifiers.unshift(words.pop()!);
  return [...modifiers, weapon[0]].join(' ');
}

export function scopeOf(body: string, claim: Span, sentence: Span, times: Casualties['times']): Scope {
  const text = body.slice(claim.start, claim.end);
  const scope: Scope = {};
  const place = placeOf(text);
  if (place) scope.place = place.replace(/\s+/g, ' ');
  const cause = causeOf(text);
  if (cause) scope.cause = cause.replace(/\s+/g, ' ');
  const period = periodOf(body, times[0], weekdayOf(body, sentence));
  if (period) scope.period = period;
  return scope;
}

const UNIT = new RegExp(`^\\s+(?:of\\s+)?[${LETTER}-]+`);
const WEEKDAY = new RegExp(String.raw`\b(?:([Aa]s of|[Uu]ntil|[Uu]p to|[Bb]y)\s+|[Oo]n\s+)(${DAY})\b`);

// A sentence may hold many casualty claims (", while …" after ", while …"): its weekday is
// looked up once per sentence, not once per claim, which would be quadratic in its length.
const weekdays = new WeakMap<Span, { body: string; day: RegExpExecArray | null }>();

function weekdayOf(body: string, sentence: Span): RegExpExecArray | null {
  const known = weekdays.get(sentence);
  if (known?.body === body) return known.day;
  const day = WEEKDAY.exec(body.slice(sentence.start, sentence.end));
  weekdays.set(sentence, { body, day });
  return day;
}

/** "10 days", "the last 10 days", "10 days to Sunday", "Monday" (the weekday may be outside the clause). */
function periodOf(body: string, time: Casualties['times'][number] | undefined, day: RegExpExecArray | null) {
  let span: string | undefined;
  if (time) {
    const unit = UNIT.exec(body.slice(time.end, time.end + 40))?.[0] ?? '';
    const lead =
      /\b(?:last|past|previous|first)\s+$/.exec(body.slice(Math.max(0, time.start - 20), time.start))?.[0] ?? '';
    span = `${lead}${time.text}${unit}`.replace(/\s+/g, ' ').trim();
  }
  if (span && day) return day[1] ? `${span} to ${day[2]}` : `${span}, ${day[2]}`;
  return span ?? day?.[2];
}
