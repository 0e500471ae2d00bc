import { LETTER, UPPER, isLower, isUpper, isWordChar } from './chars';

// Names of people and organisations as news copy writes them: a run of capitalised words
// that may hold particles ("Ana de la Cruz", "Omar Al Hakim") or connectors
// ("Centre for Coastal Safety"), after a descriptor ("Local journalist") or a
// title ("Foreign Minister"). Nothing here knows any particular name.

export type SourceKind = 'person' | 'org' | 'group';

const PARTICLES = new Set('de da di du del della van von der den bin ibn al el la le ben abu'.split(' '));
const WORD = String.raw`(?:[${UPPER}][${LETTER}\-]*(?:['’](?!s\b)[${LETTER}]+)*|(?:al|el)-[${UPPER}][${LETTER}\-]*)`;
// "Save the Children": a bare "the" between two capitalised words joins them too.
const JOIN = String.raw`(?:\s(?:${[...PARTICLES].join('|')}|of|for|and|the|of\sthe))*\s`;
const POSSESSIVE = new RegExp(`^.*['’]s\\s+(?=[${UPPER}])`);
const SELF_NAMED =
  /\bwho\s+(?:identified|gave|named|introduced)\s+(?:himself|herself|themselves|his\s+name|her\s+name)\s+(?:only\s+)?as\s+(.+)$/i;
// Honorifics, and ranks and offices written short ("Maj. Gen. Chris Olu", "Brig.-Gen. Ana Ruiz", "Lt Col
// Omar Adan"), police ranks among them ("DCP Frank Mba", "ASP Ali Khan", "IGP Musa Baba").
const SHORT_RANK = 'Maj|Gen|Brig|Col|Lt|Capt|Sgt|Cpl|Pvt|Pte|Pfc|Adm|Cmdr|Cdr|Supt|Insp|Gov|Sen|Rep|Amb|Pres|Hon|Rev';
const POLICE_RANK = 'IGP|DIG|AIG|CP|DCP|ACP|CSP|SP|DSP|ASP|SSP|ASI|SHO';
const HONORIFIC = new RegExp(
  `^(?:(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?|(?:${SHORT_RANK})\\.?(?:-(?:${SHORT_RANK})\\.?)?|(?:${POLICE_RANK})\\b\\.?)\\s+)+(?=[${UPPER}])`,
);
const RUN = new RegExp(`${WORD}(?:${JOIN}${WORD})*`, 'g');

export type Run = { start: number; end: number; text: string };

export function capitalisedRuns(text: string): Run[] {
  return [...text.matchAll(RUN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

const TITLES = new Set(
  (
    'president prime minister foreign defence defense interior secretary general special envoy ambassador ' +
    'spokesman spokeswoman spokesperson mr mrs ms dr king queen prince sheikh senator governor mayor ' +
    'commander colonel chief state deputy lieutenant major captain sergeant nurse doctor professor ' +
    'judge journalist reporter correspondent activist officer inspector detective imam rabbi bishop pastor lawyer ' +
    // "World Food Program (WFP) Executive Director Cindy McCain".
    'director coordinator commissioner representative administrator ' +
    // Police ranks written short: "Niger State Command CP Monday Bala Kuryas".
    'igp dig aig cp dcp acp csp dsp asp ssp'
  )
    .split(' ')
    .filter(Boolean),
);

/** "Minister", "Secretary-General": a title's word, or a hyphenated word holding one. */
export const isTitleWord = (word: string) =>
  word
    .toLowerCase()
    .split('-')
    .some((part) => TITLES.has(part));

/** A clean source name from the words before "said" or after "according to"; null if none. */
export function cleanName(phrase: string): string | null {
  let s = phrase
    .replace(/\s+/g, ' ')
    .replace(/^[\s“"‘(,]+|[\s”"’),.:;]+$/g, '')
    .trim();
  // "the U.N." keeps the dot that closes its acronym.
  if (/(?:^|[^A-Za-z])[A-Z](?:\.[A-Z])+\.[\s”"’),:;]*$/.test(phrase)) s += '.';
  // "… Front (TPLF)" keeps the bracket that closes its acronym.
  if (/\([^()]*$/.test(s)) s += ')';
  // "a resident who identified himself as Ko Lin" is Ko Lin; "the member, who declined …" the member.
  const named = SELF_NAMED.exec(s);
  if (named) s = named[1];
  s = s.replace(/,?\s+who\s.*$/, '');
  // "The Gazette’s Jane Doe": the person, not the employer ("township’s PDF", "the People’s
  // Liberation Army" are one name).
  const possessive = POSSESSIVE.exec(s);
  const owned = possessive && s.slice(possessive[0].length);
  if (owned && classify(owned) === 'person') s = owned;
  s = s.replace(/^(?:the|a|an)\s+/i, '').replace(/^(?:\S+-based\s+)+/i, '');
  // "local administrator Omar Haddad from the Beni territory": where the person is from is no part of the name.
  const from = / from\s/.exec(s);
  if (from) {
    const run = capitalisedRuns(s.slice(0, from.index)).at(-1);
    if (run && run.end === from.index && classify(run.text) === 'person') s = s.slice(0, from.index);
  }
  // "Local fisherman Tomas Eriksen", "State broadcaster NRK": the name after the descriptor.
  const last = capitalisedRuns(s).at(-1);
  if (last && last.end === s.length && last.start > 0) {
    const before = s.slice(0, last.start);
    const descriptor = before.split(/\s+/).some((w) => isLower(w[0]) && !PARTICLES.has(w));
    // "member of Saw township’s PDF" is no descriptor before a name: it names the member.
    // Nor is "health ministry in": the name is where the ministry is.
    if (descriptor && !/\b(?:and|or|in|at|from|for|on)(?:\s+the)?\s*$|['’]s\s*$|\bof\b/.test(before)) s = last.text;
  }
  // "Police Chief Daniel Okafor", "Danish Foreign Minister Lars Holm": the name after the last title.
  // But "Ministry of Foreign Affairs of …" is a body: a title stays unless a person's name follows it.
  // "Mr. Smith", "Dr. Rick Brennan": the honorific is no part of the name.
  s = s.replace(HONORIFIC, '');
  // "Eugene Batarra of the Army": the person, who speaks for the body.
  s = personOfBody(s)?.person ?? s;
  let words = s.split(' ');
  const titled = nameAfterTitle(words);
  if (titled) words = words.slice(-titled);
  // (A title sits just before the name it goes with: the last twelve words are enough, and a long
  // run of capitalised words is not tried suffix by suffix.)
  for (let i = words.length - 3; i >= Math.max(0, words.length - 12); i--) {
    if (classify(words.slice(i + 1).join(' ')) !== 'person') continue;
    if (isTitleWord(words[i])) {
      words = words.slice(i + 1);
      break;
    }
  }
  const name = words.join(' ');
  // A long body's name is read to its short form: "official of the Volunteers for the Defense of the Fatherland (VDP)".
  // So is a body's name of capitalised words and connectors ("Emergency Medicine and Support Center of the
  // Health Ministry of the Libyan Government of National Unity").
  const most = /\([A-Z]{2,10}\)$/.test(name) ? 14 : LONG_BODY.test(name) && classify(name) === 'org' ? 18 : 9;
  return name === '' || words.length > most || !isWordChar(name.replace(/[\d\s]/g, '')[0]) || FRAGMENT.test(name)
    ? null
    : name;
}

const LONG_BODY = new RegExp(
  `^[${UPPER}][${LETTER}'’-]*(?:\\s+(?:of|for|the|and|on|in|at|[${UPPER}][${LETTER}'’-]*))*$`,
);
// Pieces of a clause, not names: a number first ("388 of them"), a word cut at its hyphen ("UK-"),
// a conjunction last ("… in Kashmir – and").
const FRAGMENT = /^\d|[-–—]$|\s(?:and|or|but|nor)$/;

const ORG_WORDS = new Set(
  (
    'observatory agency ministry army government council league nations news front committee organisation ' +
    'organization group union office department forces court party commission newspaper channel network ' +
    'institute centre center foundation association rights coalition opposition police military monitor ' +
    'broadcaster radio television tv times post press company authority authorities federation bank society ' +
    'service services fund programme program mission university hospital board bureau watch red cross crescent ' +
    // Words no person's name ends in: "Amnesty International", "the 444th Brigade", "Kyiv City Assembly".
    'international alliance brigade battalion regiment division directorate secretariat parliament assembly ' +
    'embassy consulate corps relief charity trust initiative headquarters command airlines airways'
  )
    .split(' ')
    .filter(Boolean),
);

const PERSON_NOUNS = new Set(
  (
    'official spokesman spokeswoman spokesperson witness resident doctor nurse medic mayor governor minister ' +
    'commander officer chief envoy ambassador director president secretary activist journalist correspondent ' +
    'reporter survivor mother father man woman source diplomat lawmaker leader member worker villager'
  ).split(' '),
);

const GROUP_NOUNS = new Set(
  (
    'officials authorities residents witnesses medics doctors activists police sources rescuers volunteers ' +
    'monitors observers workers survivors relatives locals militants rebels forces troops staff personnel teams ' +
    'investigators experts media'
  ).split(' '),
);

/**
 * Whether a subject can be a source: a name, a pronoun, or a noun for people or bodies. "The
 * latest" in "the latest reported attacks" and "the second" before "reported such attack" cannot.
 */
export function looksLikeSource(subject: string): boolean {
  // ("… of the Fatherland (VDP)": a short form in brackets is a word of the name.)
  const words = subject
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^\((.+)\)$/, '$1'));
  const last = words.at(-1) ?? '';
  const lower = last.toLowerCase();
  if (/^(?:he|she|it|they|we|i)$/.test(lower)) return true;
  if (words.length === 1 && /^(?:the|a|an|this|that|its|their|his|her)$/.test(lower)) return false;
  // "The Lebanese Ministry of health": a body's name may end in a lower-case word.
  // ("UNHCR staff": an acronym names the body.)
  const named = words.some((w) => (ORG_WORDS.has(w.toLowerCase()) && isUpper(w[0])) || /^[A-Z]{2,6}$/.test(w));
  return isUpper(last[0]) || named || ORG_WORDS.has(lower) || PERSON_NOUNS.has(lower) || GROUP_NOUNS.has(lower);
}

/** Person, organisation or group ("activists"): decides which pronoun can point back to it. */
export function classify(name: string): SourceKind {
  const words = name.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  // "doctor at Finote Selam Hospital", "spokesman for the army": a person, described by the body.
  const of = lower.findIndex((w) => /^(?:at|of|for|from|in|with)$/.test(w));
  if (of > 0 && PERSON_NOUNS.has(lower[of - 1])) return 'person';
  // "officials in Kabul", "residents of the town": people, who "they" are and "it" is not.
  if (of > 0 && GROUP_NOUNS.has(lower[of - 1])) return 'group';
  // "Deputy Inspector General of Administration Police Gilbert Masengeli", "Army Spokesman Ali
  // Omar": a body or a title, then a person's name of two or three words straight after it.
  if (nameAfterTitle(words)) return 'person';
  if (
    lower.some((w) => ORG_WORDS.has(w)) ||
    (name.length > 1 && name === name.toUpperCase() && name !== name.toLowerCase())
  )
    return 'org';
  const last = words.at(-1) ?? '';
  // "a local official", "the spokesman": one person named by a role.
  if (PERSON_NOUNS.has(last.toLowerCase())) return 'person';
  // "activists", "Danish officials", "Witnesses" at the start of a sentence.
  if (last.endsWith('s') && (isLower(last[0]) || (words.length === 1 && isUpper(last[0]) && isLower(last[1]))))
    return 'group';
  // ("Khalid al-Aleisir": a surname after "al-" is capitalised.)
  const capitalised = words.filter((w) => isUpper(w[0]) || (/^(?:al|el)-/.test(w) && isUpper(w[3] ?? ''))).length;
  const nameLike = words.every((w) => isUpper(w[0]) || PARTICLES.has(w.toLowerCase()) || /^(?:al|el)-/.test(w));
  return capitalised >= 2 && nameLike ? 'person' : 'org';
}

// (With the words a body's name ends in besides: "… for Humanitarian Affairs", "… of Public Safety".)
const TITLE_OR_BODY = new Set([
  ...ORG_WORDS,
  ...PERSON_NOUNS,
  ...'inspector general deputy commissioner coordinator affairs relations operations management security health welfare safety'.split(
    ' ',
  ),
]);
// Words that end a place's or a body's name, never a person's: "Commissioner of Police Lagos State".
const PLACE_WORDS = new Set(
  'state province region district city county strip bank valley island islands republic kingdom east west north south central free public'.split(
    ' ',
  ),
);

/**
 * The length of the person's name (two or three capitalised words) that ends a run naming a
 * title and a body first: "Deputy Inspector General of Administration Police Gilbert Masengeli",
 * "UN High Commissioner for Human Rights Volker Türk"; 0 when there is none. The run must hold a
 * title ("Radio Free Asia" and "Government Science College" hold none), and the name must follow
 * a title's or a body's word straight on.
 */
export function nameAfterTitle(words: readonly string[]): number {
  for (const length of [2, 3]) {
    const k = words.length - length - 1;
    if (k < 0) continue;
    const name = words.slice(k + 1);
    const fits = name.every(
      (w) =>
        (isUpper(w[0]) || /^(?:al|el)-/.test(w)) &&
        !TITLE_OR_BODY.has(w.toLowerCase()) &&
        !PLACE_WORDS.has(w.toLowerCase()) &&
        !/^[A-Z.]+$/.test(w),
    );
    const titled = words.slice(0, k + 1).some(isTitleWord);
    if (fits && titled && TITLE_OR_BODY.has(words[k].toLowerCase()) && isUpper(words[k][0])) return length;
  }
  return 0;
}

const OF_BODY = /^(.+?)\s(?:of|from)\s(?:the\s)?(.+)$/;

/**
 * "Eugene Batarra of the Army", "Col. Ana Ruiz of the National Police": a person's name (two to
 * four capitalised words, no title among them) and the body they belong to; null for one name
 * ("Islamic Republic of Iran" names no body after "of", "Ministry of Health" no person before it).
 */
export function personOfBody(text: string): { person: string; body: string } | null {
  const m = OF_BODY.exec(text);
  if (!m) return null;
  const person = m[1].replace(HONORIFIC, '');
  const words = person.split(' ');
  const plain = words.every(
    (w) => !isTitleWord(w) && !TITLE_OR_BODY.has(w.toLowerCase()) && !PLACE_WORDS.has(w.toLowerCase()),
  );
  const body = m[2].split(' ').some((w) => ORG_WORDS.has(w.toLowerCase()));
  return words.length >= 2 && words.length <= 4 && plain && body && classify(person) === 'person'
    ? { person, body: m[2] }
    : null;
}

export function isParticle(word: string): boolean {
  return PARTICLES.has(word.toLowerCase());
}
