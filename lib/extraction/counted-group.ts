import { LETTER } from './chars';

// The group a count names when no word list knows it. News counts any people it likes
// ("14 Hazaras", "two cameramen", "seven tribal elders", "nine Bedouin"), so a closed list of
// groups misses most of the ones it has not met; the head noun of the phrase after the number
// names them instead. What a count can measure besides people is a much shorter list: units,
// things, places, animals and events. A count of those is no count of people at all.

const words = (...lines: string[]) => new Set(lines.join(' ').split(/\s+/));

/** Plural nouns a number can count that are not people. */
export const NOT_PEOPLE = words(
  // units and measures
  'km kms kilometres kilometers kilometre kilometer miles mile metres meters metre meter feet foot yards cm mm',
  'kg kgs kilograms kilos grams tonnes tons tonne ton litres liters gallons barrels hectares acres degrees',
  'percent per cent points dollars euros pounds rupees shekels naira birr afghanis riyals dinars lira liras',
  'times occasions rounds bouts waves phases stages laps',
  // things struck, fired, destroyed or delivered
  'houses homes buildings structures shops stores markets schools hospitals clinics mosques churches temples',
  'vehicles cars trucks lorries buses vans tanks boats ships vessels aircraft planes jets drones helicopters',
  'rockets missiles shells mortars bombs mines grenades bullets weapons rifles guns launchers explosives',
  'munitions cartridges tents bridges roads wells farms fields crops acres pipelines ambulances apartments flats',
  'meals rations parcels bags boxes containers convoys consignments shipments documents videos photos images',
  'statements reports letters messages calls tweets cases doses beds rooms floors storeys stories',
  // places
  'villages towns cities districts provinces regions countries states areas sites positions posts',
  'checkpoints bases camps settlements neighbourhoods neighborhoods streets blocks localities municipalities',
  'hamlets kilometres quarters zones fronts governorates counties communes islands',
  // sides of a conflict ("both sides lost 12 fighters" counts the fighters, not the sides)
  'sides parties nations factions gangs cartels groups organisations organizations',
  // events
  'attacks strikes airstrikes raids incidents clashes battles operations assaults explosions blasts bombings',
  'shootings ambushes sorties offensives protests rallies demonstrations incursions violations attempts',
  // animals
  'animals cattle cows goats sheep camels donkeys horses livestock dogs cats chickens heads pigs mules oxen',
  // more places and things
  'stations offices facilities installations compounds depots barracks warehouses factories plants airports',
  'ports prisons jails courts banks hotels restaurants cafes universities colleges headquarters premises',
  'properties assets targets lines trenches tunnels shelters gates walls roofs windows doors',
  'motorbikes motorcycles bicycles bikes tractors carts pickups jeeps',
  // people counted for no casualty: the rescued
  'survivors',
);

// Words that end the counted noun phrase: prepositions, verbs, conjunctions.
const PHRASE_END = words(
  'in on at by from to with who whom which that were was are is have has had and or for during after before',
  'near since as while when where because until including among but of into across inside outside over',
  'remain remained remains be been being will would could may might said says say',
  'under above behind beneath below against about still also now yet not the a an this there here all both',
);
// A head written without a plural -s ("nine Bedouin", "seven Rohingya", "14 Taliban") is a
// group only as the subject of a plural verb.
const PLURAL_VERB = words('were are have had remain remained');
// Plurals of people: -s (not "-ss", "-us"), "-men", and the invariant ones above.
const S_PLURAL = new RegExp(`^[${LETTER}-]{2,}(?:[^su]s|men)$`);
const WORD = new RegExp(`^[${LETTER}’'-]+$`);

export type Head = { head: string; run: string[]; end: string | undefined };

/** The head noun of the phrase that starts at `phrase[0]`: its last word before a stop. */
export function headOf(phrase: readonly string[], outcome: (w: string) => boolean, reach = 8): Head | null {
  const run: string[] = [];
  let k = 0;
  for (; k < Math.min(phrase.length, reach); k++) {
    const w = phrase[k];
    if (PHRASE_END.has(w) || outcome(w) || !WORD.test(w)) break;
    run.push(w);
  }
  const head = run.at(-1);
  return head ? { head, run, end: phrase[k] } : null;
}

/** The counted group as written (lower case), or null when the head does not read as people. */
// People, but no group: "two of them" takes the group named before (casualties.ts).
export const PRONOUNS = words('them those us whom these');

export function openGroup(h: Head, two: boolean): string | null {
  if (NOT_PEOPLE.has(h.head) || PRONOUNS.has(h.head) || h.head.length < 3) return null;
  if (S_PLURAL.test(h.head)) return h.head;
  // "nine Bedouin were killed": a plural verb says the head counts several.
  return two && h.end !== undefined && PLURAL_VERB.has(h.end) ? h.head : null;
}

/** A plural that reads as people ("farmers", "cameramen"), or null. */
export const personPlural = (word: string): string | null =>
  openGroup({ head: word, run: [word], end: undefined }, false);

/** The plural of a singular noun as English writes most of them. */
export function pluralOf(noun: string): string {
  if (noun.endsWith('man')) return `${noun.slice(0, -3)}men`;
  if (/(?:s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

// Singular nouns of people as English forms them: a doer ("driver", "reporter", "activist",
// "guardian", "cameraman", "employee"). Others need the word list (casualties.ts).
const PERSON_SUFFIX = /(?:er|or|ist|ian|man|woman|ant|ent|ee)$/;
const NOT_PERSON = words(
  'other after under over either later former rather number neither whether never per ever center centre',
  'order border corner river tower water power paper letter matter member chapter quarter winter summer',
  'computer container helicopter shelter fighter-jet minister government statement element moment event',
  'percent incident accident agreement department movement settlement parliament equipment payment',
);

// People whose word has no doer's suffix.
const PERSON_WORDS = words(
  'chief imam priest nun cleric judge pilot cook husband cousin uncle aunt nephew niece spouse youth',
  'sheikh tribesman herdsman shepherd guide host guest relative pupil cadet captain sergeant corporal',
);
const IRREGULAR: Record<string, string> = { wife: 'wives', youth: 'youths', chief: 'chiefs' };

/** The plural group of a singular person noun by its suffix ("photographer" → "photographers"), or null. */
export function personBySuffix(noun: string): string | null {
  if (Object.hasOwn(IRREGULAR, noun)) return IRREGULAR[noun];
  if (PERSON_WORDS.has(noun)) return pluralOf(noun);
  return PERSON_SUFFIX.test(noun) && !NOT_PERSON.has(noun) && noun.length > 3 ? pluralOf(noun) : null;
}
