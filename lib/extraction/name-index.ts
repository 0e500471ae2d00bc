import { WellKnown } from './aliases';
import { capitalisedRuns, classify, isParticle, personOfBody, type Run } from './names';
import { firstFrom } from './positions';
import { HEADS } from './roles';

// Stories name a person in full once ("Ana de la Cruz", often outside any attribution)
// and by surname afterwards ("De la Cruz said"). The index maps each surname back to the
// full name: the given name before it, with any particles, as the text first wrote it.
//
// Each run is filed under its last one, two and three words, and only where a full name
// can be read from it, so a lookup is a binary search: scanning every run that merely ends
// in the same word made a long text with many such runs quadratic.

const MAX_WORDS = 3;
const TITLE_HEADS = new Set(HEADS.split(' '));
const TITLE_OF = new RegExp(
  `^(?:\\S+\\s+){0,3}?(?:${HEADS.split(' ').join('|')})\\s+(?:of|for|at)\\s+(?:the\\s+)?`,
  'i',
);
// How many organisations back "the ministry" may look: further is a guess, and would make long texts quadratic.
const ORG_LOOKBACK = 50;

type Entry = { full: string; at: number };

const INDEFINITE = /(?:^|\s)an?\s+(?:[a-z-]+\s+)*$/i;
const DEMONYM = /^[A-Z][a-z]+(?:ian|ese|ish|can|ean|ern)$/;
const DESCRIBED_BODY =
  /^\s+(?:[a-z-]+\s+){0,2}(?:group|service|agency|organi[sz]ation|militia|movement|alliance|network|charity|outlet|broadcaster|newspaper)\b/;

// Words that open a sentence or a name but are never a given name ("The UN" is not a person).
// Nor is an honorific or a rank ("Mr Ndukwe" does not make "Mr" the given name of Daniel Ndukwe).
const NOT_GIVEN = new Set(
  (
    'the a an in on at for of by from to as and but this that its mr mrs ms dr prof sir maj gen brig col lt capt ' +
    'sgt cpl adm gov sen rep amb pres rev president governor mayor minister general colonel commander captain ' +
    'sergeant major chief secretary spokesman spokeswoman spokesperson ' +
    // Nor a sentence adverb or connective that opens the sentence before a surname ("Later Moreno added").
    'however meanwhile moreover furthermore separately still also later earlier instead nevertheless nonetheless ' +
    'yet then thus hence now today yesterday besides additionally similarly likewise indeed finally afterwards ' +
    'subsequently consequently previously when while although though after before since if because despite'
  ).split(' '),
);
// Words an acronym skips: "Office for the Coordination of Humanitarian Affairs" is OCHA.
const MINOR = new Set('of for the and on in to de'.split(' '));
// Names of organisations run to several words; an acronym stands for at most this many.
const ACRONYM_WORDS = 8;

export class NameIndex {
  private bySuffix = new Map<string, Entry[]>();
  private byInitials = new Map<string, string>();
  /** Persons' names of two to four words, filed under each of their words ("Ban" of "Ban Ki-moon"). */
  private byWord = new Map<string, Entry[]>();
  /** Persons' full names as first written, in text order. */
  private persons: { name: string; at: number }[] = [];
  /** Organisations' names of two words or more, in text order. */
  private orgs: { name: string; at: number }[] = [];

  /** International bodies named by what they do ("the UN refugee agency"). */
  readonly wellKnown: WellKnown;

  constructor(body: string) {
    this.wellKnown = new WellKnown(body);
    // "Hilde F. Johnson": a run that ends in an initial goes on past its dot.
    let initial: { text: string; start: number; end: number } | null = null;
    for (const run of capitalisedRuns(body)) {
      if (initial && run.start === initial.end + 2 && body[initial.end] === '.')
        this.fileWords(`${initial.text}. ${run.text}`, initial.start);
      initial = /\s[A-Z]$/.test(run.text) ? run : null;
      this.fileInitials(run.text);
      const name = run.text.replace(/^(?:The|A|An)\s+/, '');
      // ("Col. Eugene Batarra of the Army" names a person, who belongs to the Army.)
      const member = personOfBody(name);
      if (member) {
        this.fileWords(member.person, run.start);
        if (member.body.includes(' ')) this.orgs.push({ name: member.body, at: run.start });
      } else this.fileName(name, run, body);
      // "Ana Ruiz and Piet Claes" holds two names; connectors never sit inside a person's.
      for (const part of run.text.split(/\s(?:and|of|for)\s(?:the\s)?/)) {
        const words = part.split(/\s+/);
        for (let length = 1; length <= MAX_WORDS && length < words.length; length++) {
          const full = fullName(words, length);
          if (!full) continue;
          const key = suffixKey(words.slice(-length));
          const list = this.bySuffix.get(key) ?? [];
          list.push({ full, at: run.start });
          this.bySuffix.set(key, list);
        }
      }
    }
  }

  private fileName(name: string, run: Run, body: string) {
    // ("Spokesperson for the Zamfara State Police Command" names the command too.)
    const titled = name.replace(TITLE_OF, '');
    if (titled !== name && titled.includes(' ') && classify(titled) === 'org')
      this.orgs.push({ name: titled, at: run.start });
    // ("Inter-Services Public Relations (ISPR)": a name given a short form in brackets is a body's.)
    const short = name.includes(' ') && /^\s?\([A-Z]{2,8}\)/.test(body.slice(run.end, run.end + 12));
    // ("Syria’s White Helmets rescue service", "the Wagner mercenary group": so is one that a body's noun follows.)
    // (Not "a Haitian human rights organization", "a leading Harbourland safety group": a people's
    // adjective, and any run after "a", describe one.)
    const adjective = INDEFINITE.test(body.slice(Math.max(0, run.start - 30), run.start)) || DEMONYM.test(name);
    if (!adjective && DESCRIBED_BODY.test(body.slice(run.end, run.end + 40))) {
      this.orgs.push({ name, at: run.start });
      return;
    }
    if (name.includes(' ') && (short || classify(name) === 'org')) this.orgs.push({ name, at: run.start });
    else if (name.includes(' ')) this.fileWords(run.text, run.start);
  }

  /**
   * "United Nations" for "UN" or "U.N.", "Special Monitoring Mission" for "SMM": the first
   * run of the text whose capitalised words (or its last ones) have the acronym's letters.
   */
  acronym(mention: string): string | null {
    const letters = mention.replace(/\./g, '');
    if (!/^[A-Z]{2,6}$/.test(letters)) return null;
    return this.byInitials.get(letters) ?? null;
  }

  private fileInitials(run: string) {
    const words = [...run.matchAll(/\S+/g)].filter((w) => !MINOR.has(w[0].toLowerCase())).slice(-ACRONYM_WORDS);
    if (words.length < 2) return;
    const initials = words.map((w) => w[0][0]).join('');
    for (let i = 0; i + 2 <= words.length; i++) {
      const key = initials.slice(i);
      if (key.length > 6 || this.byInitials.has(key)) continue;
      // The name as written from that word on, connectors included.
      this.byInitials.set(key, run.slice(words[i].index).replace(/^(?:The|A|An)\s+/, ''));
    }
  }

  /** The latest organisation named before `at`, no further than `within` characters back. */
  lastOrg(at: number, within: number): string | null {
    const last = this.orgs[firstFrom(this.orgs, at) - 1];
    return last && at - last.at <= within ? last.name : null;
  }

  /** The first organisation named after `at`, no further than `within` characters on. */
  nextOrg(at: number, within: number): string | null {
    const next = this.orgs[firstFrom(this.orgs, at + 1)];
    return next && next.at - at <= within ? next.name : null;
  }

  private fileWords(run: string, at: number) {
    // A title before the name is no part of it ("Secretary-general Ban Ki-moon").
    const all = run.split(/\s+/);
    // ("WHO Director-General Tedros Adhanom Ghebreyesus": nor is the body's short form, nor a hyphenated title.)
    const title = (w: string) =>
      NOT_GIVEN.has(w.toLowerCase().split('-')[0]) ||
      /^[A-Z]{2,}$/.test(w) ||
      (w.includes('-') &&
        w
          .toLowerCase()
          .split('-')
          .some((part) => TITLE_HEADS.has(part)));
    const words = all.slice(all.findIndex((w) => !title(w)));
    if (words.length < 2 || words.length > 4) return;
    const name = words.join(' ');
    if (this.persons.at(-1)?.at !== at) this.persons.push({ name, at });
    for (const word of new Set(words.map((w) => w.toLowerCase()))) {
      if (word.length < 3) continue;
      const list = this.byWord.get(word) ?? [];
      list.push({ full: name, at });
      this.byWord.set(word, list);
    }
  }

  /**
   * "the military", "the Council": the organisation the article named by a name holding one of
   * `words` ("Pakistan Army", "Norwegian Refugee Council"), the latest before `at`, else the first
   * within `ahead` characters after. A run holding a title ("… Council Country Director") is a
   * person's description, not the body's name.
   */
  orgHolding(words: readonly string[], at: number, ahead: number): string | null {
    // ("Spokesperson for the Zamfara State Police Command": the body after the title.)
    const body = (name: string) => name.replace(TITLE_OF, '');
    const fits = (org: { name: string }) => {
      const own = body(org.name).toLowerCase().split(/\s+/);
      return own.some((w) => words.includes(w)) && !own.some((w) => TITLE_HEADS.has(w));
    };
    const from = firstFrom(this.orgs, at);
    for (let i = from - 1; i >= Math.max(0, from - ORG_LOOKBACK); i--)
      if (fits(this.orgs[i])) return body(this.orgs[i].name);
    for (let i = from; i < this.orgs.length && this.orgs[i].at - at <= ahead; i++)
      if (fits(this.orgs[i])) return body(this.orgs[i].name);
    return null;
  }

  /** The latest person named before `at`, no further than `within` characters back. */
  lastPerson(at: number, within: number): string | null {
    const last = this.persons[firstFrom(this.persons, at) - 1];
    return last && at - last.at <= within ? last.name : null;
  }

  /** "Ban" → "Ban Ki-moon": the latest person's name before `at` that holds the word. */
  holding(word: string, at: number): string | null {
    const list = this.byWord.get(word.toLowerCase());
    if (!list) return null;
    return list[firstFrom(list, at) - 1]?.full ?? null;
  }

  /** "De la Cruz" → "Ana de la Cruz", from the latest fuller run before `at` (or the first after). */
  expand(mention: string, at: number): string | null {
    const words = mention.split(/\s+/);
    if (words.length > MAX_WORDS) return null;
    const list = this.bySuffix.get(suffixKey(words));
    if (!list) return null;
    // Entries are in text order: the last one before `at`, else the first after it (a headline may come later).
    const lo = firstFrom(list, at);
    return (list[lo - 1] ?? list[lo])?.full ?? null;
  }
}

const suffixKey = (words: readonly string[]) => words.map((w) => w.toLowerCase()).join(' ');

// The run's last `length` words are the mention; the full name is one given name, its
// particles, the mention: null when only particles come before it.
function fullName(run: readonly string[], length: number): string | null {
  let first = run.length - length - 1;
  while (first > 0 && isParticle(run[first])) first--;
  // (An acronym is never a given name: "DCP Frank Mba" is a rank before the name.)
  if (isParticle(run[first]) || NOT_GIVEN.has(run[first].toLowerCase()) || /^[A-Z]{2,}$/.test(run[first])) return null;
  return run.slice(first).join(' ');
}
