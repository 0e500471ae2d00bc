import { LETTER, LOWER, UPPER } from './chars';
import { firstFrom } from './positions';

// Stories introduce a person once with their role ("Mayor Ivan Petrenko", "Ivan Petrenko,
// the mayor of Kharkiv,", "the mayor, Ivan Petrenko,") and then name only the role ("the
// mayor said"), or open with the role and name the person a paragraph later ("an official
// said … Omar Haddad, a district official, told …"). The index files each introduced name
// under the head noun of its role, so "the mayor" can be proposed as the person it is.

export const HEADS =
  'mayor governor spokesman spokeswoman spokesperson official minister chief commander president director head ' +
  'envoy ambassador secretary coordinator representative chairman chairwoman leader officer prosecutor ' +
  'administrator adviser advisor general colonel deputy manager commissioner ombudsman';
// A title of more than one word, filed under its last: "the Baringo North Member of Parliament".
const MP = 'member of parliament';
const HEAD_SET = new Set([...HEADS.split(' '), MP]);
// A head noun in either case ("Mayor Ivan Petrenko", "the mayor"); the names stay case-sensitive.
const HEAD = `(?:${HEADS.split(' ')
  .map((h) => `[${h[0].toUpperCase()}${h[0]}]${h.slice(1)}`)
  .join('|')}|[Mm]ember\\s+of\\s+[Pp]arliament)`;
// Police ranks written short, between a command's name and its holder's: "…, Niger State Command CP Ana Obi".
const RANK = '(?:IGP|DIG|AIG|CP|DCP|ACP|CSP|SP|DSP|ASP|SSP)';
const NAME_WORD = `[${UPPER}][${LOWER}’'-]+`;
const PARTICLE = '(?:de|da|van|von|der|al|el|bin|ibn|abu|la|le)';
// Two to four capitalised words, particles allowed between them.
export const NAME = `${NAME_WORD}(?:\\s(?:${PARTICLE}\\s)*(?:${NAME_WORD}|(?:al|el)-${NAME_WORD})){1,3}`;
// Words of a role: lower-case, acronyms ("UN", "U.N."), hyphenated ("Kharkiv-based").
const ROLE_WORD = `(?:[${LOWER}-]+|[${UPPER}](?:[${UPPER}.]|[${LETTER}-])*)`;

// "Mayor Ivan Petrenko", "UN spokesman Stephane Dujarric", "police chief Ahmed Khan".
const TITLE_BEFORE = new RegExp(`\\b(${HEAD})\\s+(${NAME})\\b`, 'g');
// "Ivan Petrenko, the mayor of Kharkiv," / "Ivan Petrenko, a spokesman for the army," /
// "Elizabeth Throssell, UN Human Rights Office spokesperson".
const ROLE_AFTER = new RegExp(`(${NAME}),\\s+(?:(?:the|a|an)\\s+)?(?:${ROLE_WORD}\\s+){0,4}?(${HEAD})\\b`, 'g');
const ROLE_OF = /^\s+(?:of|for|at|in|with)\s+[^,.;:()]{1,70}/;
// "the mayor, Ivan Petrenko," / "a senior police official, Omar Haddad,".
// ("The state Police Public Relations Officer, Mohammed Shehu explained": the closing comma left out.)
// ("The Commissioner of Police, Niger State Command CP Monday Bala Kuryas has": the body the head is
// of, and the command and rank before the holder's name.)
const ROLE_FIRST = new RegExp(
  `\\b(?:[Tt]he|[Aa]n?)\\s+(?:${ROLE_WORD}\\s+){0,4}?(${HEAD})(?:\\s+(?:of|for)\\s+[${UPPER}][${LETTER}]+(?:\\s+[${UPPER}][${LETTER}]+){0,3})?,\\s+(?:(?:[${UPPER}][${LETTER}]+\\s+){1,4}?${RANK}\\s+)?(${NAME})(?:\\s*,|(?=\\s+[${LOWER}]))`,
  'g',
);

/** A name introduced by a role, and the words that told that role apart ("provincial" official). */
type Entry = { name: string; at: number; head: string; modifiers: string[] };

const NOT_MODIFIER = new Set(
  'the a an and or of to in on at by for with from said says told as while that this his her their its'.split(' '),
);
// "a local official", "a senior official": words that do not say whose official.
const VAGUE = new Set('local senior top unnamed anonymous another second third'.split(' '));
const modifiersOf = (words: string) =>
  words
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => /^[\p{L}-]+$/u.test(w) && !NOT_MODIFIER.has(w) && !HEAD_SET.has(w));
// The word just before "official Din Mohammad Darwaish", when nothing stands between them.
// ("UN Secretary-General Antonio Guterres": the head inside a hyphenated title, and the word before it.)
// ("Tehreek-e-Taliban Pakistan (TTP) spokesman Ahsanullah Ahsan": the short form in brackets says whose.)
const wordBefore = (body: string, at: number) =>
  /(?:^|\s)([\p{L}-]+ )?([\p{L}]+-)?$/u
    .exec(body.slice(Math.max(0, at - 40), at).replace(/\((\p{Lu}{2,8})\)\s$/u, '$1 '))
    ?.slice(1)
    .join(' ')
    .replace(/-/g, ' ') ?? '';

const POSSESSOR = new RegExp(
  `^(?:the\\s+)?[${UPPER}][${LETTER}.-]*(?:\\s+[${UPPER}][${LETTER}.-]*){0,3}['’]s?\\s+(?=[${LOWER}])`,
);

// How far after a role a name may come ("an official said" … next paragraph) or before it.
const AHEAD = 1_500;

export class RoleIndex {
  private byHead = new Map<string, Entry[]>();
  /** Every introduced name, in text order. */
  private all: Entry[] = [];

  constructor(body: string) {
    const entries: [string, Entry][] = [];
    for (const m of body.matchAll(TITLE_BEFORE))
      entries.push([m[1], { name: m[2], at: m.index, head: '', modifiers: modifiersOf(wordBefore(body, m.index)) }]);
    for (const m of body.matchAll(ROLE_AFTER)) {
      // ("Jose Coca, a spokesman for the El Porvenir inmates": whose spokesman follows the head.)
      const whose = ROLE_OF.exec(body.slice(m.index + m[0].length, m.index + m[0].length + 80))?.[0] ?? '';
      entries.push([
        m[2],
        { name: m[1], at: m.index, head: '', modifiers: modifiersOf(m[0].slice(m[1].length) + whose) },
      ]);
    }
    for (const m of body.matchAll(ROLE_FIRST))
      entries.push([m[1], { name: m[2], at: m.index, head: '', modifiers: modifiersOf(m[0]) }]);
    for (const [head, entry] of entries) entry.head = head.toLowerCase().replace(/\s+/g, ' ');
    entries.sort((a, b) => a[1].at - b[1].at);
    this.all = entries.map(([, entry]) => entry);
    for (const [, entry] of entries) {
      const key = entry.head;
      const list = this.byHead.get(key) ?? [];
      list.push(entry);
      this.byHead.set(key, list);
    }
  }

  /**
   * The person a role names at `at`: "the mayor" is the last mayor named up to there (or
   * the first named soon after); "an official" is someone not yet introduced, so only a
   * name that comes soon after counts.
   */
  /** "the ICRC president", "the spokesperson": one person named by a role, not a new one ("an official"). */
  /**
   * Whether "the air force commander" may be the person named `name`: not when the article gave
   * them another role ("regional governor Oleh Kiper") that shares no word with this one.
   */
  mayHold(mention: string, name: string): boolean {
    const roles = this.all.filter((e) => e.name === name || e.name.endsWith(` ${name}`));
    if (!roles.length) return true;
    const words = mention.toLowerCase().split(/\s+/);
    // "the official", "the senior official": anyone who holds office.
    if (/^(?:official|chief|head|leader)$/.test(words.at(-1)!) && words.slice(1, -1).every((w) => VAGUE.has(w)))
      return true;
    return roles.some((e) => words.includes(e.head) || e.modifiers.some((w) => words.includes(w)));
  }

  static definite(mention: string): boolean {
    const written = mention.split(/\s+/);
    const words = written.map((w) => w.toLowerCase());
    if (words.length < 2 || words.length > 8 || words[0] !== 'the') return false;
    // "the High Commissioner for Human Rights", "the Executive Director of UNICEF": a formal title,
    // capitalised, with its head before "of" ("the head of the area" is someone new).
    const of = words.findIndex((w) => w === 'of' || w === 'for');
    if (of > 1) return HEAD_SET.has(words[of - 1]) && /^[A-Z]/.test(written[of - 1]);
    return HEAD_SET.has(words.at(-1)!);
  }

  find(mention: string, at: number): string | null {
    // "Papua New Guinea's prime minister": a place's or body's possessive says which one, as "the" does.
    const owner = POSSESSOR.exec(mention);
    if (owner) mention = `the ${mention.slice(owner[0].length)}`;
    const words = mention.toLowerCase().split(/\s+/);
    if (words.length < 2 || words.length > 6) return null;
    const article = words[0];
    if (article !== 'the' && article !== 'a' && article !== 'an') return null;
    // "the Executive Director of UNICEF": a formal title, capitalised, has its head before "of"
    // ("the head of the area" is someone new, as in definite()).
    const ofAt = words.findIndex((w) => w === 'of' || w === 'for');
    const of = ofAt > 1 && /^[A-Z]/.test(mention.split(/\s+/)[ofAt - 1]) ? ofAt : -1;
    const written = of > 1 ? words[of - 1] : words.at(-1)!;
    // "the Secretary-General": the head ends a hyphenated title, as in "Secretary-General Ana Ruiz".
    const head = / member of parliament$/.test(words.join(' '))
      ? MP
      : HEAD_SET.has(written)
        ? written
        : (written.split('-').at(-1) ?? written);
    if (!HEAD_SET.has(head) || words.slice(1, of > 1 ? of : undefined).some((w) => w === 'and' || w === 'or'))
      return null;
    // "a local official said", and "local administrator Donat Kibwana" a line later: an official
    // not yet introduced is the next person the article names by any title.
    // So is "an army spokesman said" with "Colonel Sani Usman said" a line later, when no spokesman is named.
    // "a Taliban spokesman" is not "Provincial official Din Mohammad Darwaish", named next: where both
    // roles say whose or what kind they are, they must share a word ("a local official" and "local
    // administrator Donat Kibwana"; "an army spokesman" and "Colonel Sani Usman" say nothing against).
    const own = modifiersOf(words.slice(1, of > 1 ? of - 1 : -1).join(' ')).filter((w) => !VAGUE.has(w));
    const fits = (e: Entry | undefined) =>
      !!e && (article === 'the' || !own.length || !e.modifiers.length || e.modifiers.some((w) => own.includes(w)));
    if (article !== 'the' && (head === 'official' || !this.byHead.has(head))) {
      const next = this.all[firstFrom(this.all, at)];
      if (next && next.at - at <= AHEAD && !this.byHead.has(head) && fits(next)) return next.name;
    }
    const list = this.byHead.get(head);
    if (!list) return null;
    const lo = firstFrom(list, at);
    // list[lo] is the first entry at or after the mention: "the mayor, Ivan Petrenko," is one.
    const after = list[lo] && list[lo].at - at <= AHEAD && fits(list[lo]) ? list[lo] : undefined;
    const before = article === 'the' && after?.at !== at ? list[lo - 1] : undefined;
    return (before ?? after)?.name ?? null;
  }
}
