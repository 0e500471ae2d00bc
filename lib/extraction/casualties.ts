import { findQuantities, type Quantity } from '@/lib/figures';
import { LETTER, LOWER, UPPER } from './chars';
import { headOf, NOT_PEOPLE, openGroup, personBySuffix, personPlural, PRONOUNS } from './counted-group';
import type { Outcome, ProposedFigure, Span } from './types';

// Casualty figures in a clause: each count of people (parsed by lib/figures, never here)
// with what happened to them. "six civilians were killed and 40 others injured" gives two
// figures; "more than 250 civilians, including 49 children" makes the children part of the
// civilians; "tens of shells" counts no one and gives none.

// What carries people off without holding them ("the floods took away 40 people").
const NATURAL_FORCE =
  /^(?:floods?|flood-?waters?|waters?|waves?|currents?|rivers?|torrents?|storms?|landslides?|mudslides?|avalanches?|seas?|tides?)$/i;
const OUTCOME_WORDS: [Outcome, string][] = [
  [
    'killed',
    'killed kill kills killing killings dead died die dies dying death deaths perished slain executed execution ' +
      'executions massacred murdered drowned fatally drowning body bodies slaughtered butchered beheaded fatalities corpse corpses ' +
      'burial buried neutralised neutralized neutralise neutralize neutralising neutralizing eliminated martyred martyr martyrs gunned assassinated assassination murder',
  ],
  [
    'injured',
    'injured injuring injures injuries wounded wounding wounds hurt bleeding treating treated hospitalised hospitalized maimed critical',
  ],
  ['missing', 'missing disappeared unaccounted'],
  ['displaced', 'displaced displacing displacement fled uprooted evacuated homeless idps shelters'],
  [
    'detained',
    'detained arrested abducted kidnapped captured jailed imprisoned seized hostage custody abduction abducting kidnapping',
  ],
];
const OUTCOMES = new Map(
  OUTCOME_WORDS.flatMap(([outcome, words]) => words.split(' ').map((w): [string, Outcome] => [w, outcome])),
);
// lib/figures reads every token against its qualifier table, so clauses that cannot hold a
// casualty (no outcome word at all) are not handed to it: most of an article's clauses.
const ANY_OUTCOME = new RegExp(`\\b(?:${[...OUTCOMES.keys()].join('|')})\\b`, 'i');
// "The death toll rose to 45", "the toll … stands at 31": a total of the dead with no noun.
// The number must be the toll's value, right after its verb: "… and 30 others were injured" is no toll.
const TOLL =
  /\btoll\s*$|\btoll\b[^.;]{0,200}?\b(?:to|at|reached|reaches|hit|hits|of|is|was|be|stands|stood|now|climbed|rose|has|have|had)\s*$/i;
const TOLL_PASSED =
  /^(?:passed|passes|exceeded|exceeds|crossed|crosses|surpassed|surpasses|topped|tops|reached|approaches|approaching|nears|nearing)\b/i;
// "The dead included a police officer, two soldiers and …": as "among the dead were".
const DEAD_INCLUDED =
  /\b(dead|killed|victims|fatalities|injured|wounded|abducted|kidnapped|detained|arrested|missing)\s+(?:also\s+)?(?:included|include|includes)\s*$/i;
// "Among the dead were …", "among those abducted were …": the outcome of the word after "among".
const AMONG_DEAD =
  /\bamong\s+(?:the|those)\s+(dead|victims|killed|fatalities|injured|wounded|abducted|kidnapped|detained|arrested|missing)\s+(?:were|was|are|is)\s*$/i;
// "the number of refugees fleeing Ukraine … has passed": the words counted, up to a verb before the number.
const NUMBER_OF =
  /\bnumber\s+of\s+((?:[^.;]|\.\.\.){1,100}?)\s+(?:has|have|had)?\s*(?:now\s+)?(?:(?:to|risen\s+to|rose\s+to|rises\s+to|reached|reaches|climbed\s+to|climbs\s+to|increased\s+to|increases\s+to|stands\s+at|stood\s+at|is|was|rises|rose|climbs|climbed)\s+)?(?:just\s+)?$/i;
const NUMBER_OF_REACH = 160;
// Words that tell an outcome without an outcome word: "lives lost", "taken to hospital".
const MORE_GATES =
  /\b(?:toll|lost|lives|hospitals?|condition|away|victims|refugees|shelter|refuge|forced|driven|rounded|flee|treatment|attention|medical|clinic|infirmary|remains|found|recovered|discovered|retrieved|located)\b/i;
// How far before a number its toll may be named ("the toll from Sunday's attack rose to 31").
const TOLL_REACH = 210;
// Whom a figure can count, plural as written, and singulars mapped to their plural.
const PLURALS = (
  'people persons civilians children kids women men boys girls babies infants adults fighters soldiers troops ' +
  'rebels militants insurgents combatants policemen officers members residents villagers workers students ' +
  'pupils patients doctors medics nurses journalists protesters demonstrators migrants refugees prisoners ' +
  'detainees pilgrims worshippers passengers tourists individuals victims families households fishermen ' +
  'farmers miners teachers firefighters rescuers sailors guards staff crew gunmen suspects monks teenagers idps ' +
  'forces personnel peacekeepers operatives minors toddlers extremists terrorists jihadists islamists ' +
  'assailants attackers hostages paramedics volunteers servicemen conscripts recruits inmates employees officials ' +
  'shoppers commuters bystanders worshipers traders policewomen troopers marines citizens nationals colleagues criminals bandits ' +
  'colonels friends drivers contractors commanders militiamen tribesmen schoolgirls schoolboys schoolchildren passers-by police'
).split(' ');
const VICTIMS = new Map<string, string>([
  ...PLURALS.map((w): [string, string] => [w, w]),
  ...(
    'civilian soldier fighter rebel militant boy girl resident student villager worker farmer teacher ' +
    'journalist officer doctor nurse patient monk teenager peacekeeper guard pilgrim passenger tourist migrant ' +
    'refugee prisoner detainee protester demonstrator operative trooper citizen colleague friend driver ' +
    'contractor commander minor colonel criminal bandit victim'
  )
    .split(' ')
    .map((w): [string, string] => [w, `${w}s`]),
  ['policeman', 'policemen'],
  ['policewoman', 'policewomen'],
  ['fisherman', 'fishermen'],
  ['person', 'people'],
  ['child', 'children'],
  ['woman', 'women'],
  ['man', 'men'],
  ['baby', 'babies'],
  ['passer-by', 'passers-by'],
  ['militiaman', 'militiamen'],
  ['family', 'families'],
]);
// Between two parts of a list: "children and", "children, ".
// ("27 students, along with three teachers", "… as well as": the list goes on.)
const LIST_GAP = new RegExp(`^[\\s${LETTER}-]*?(?:,|\\band\\b|,?\\s*along\\s+with|,?\\s*as\\s+well\\s+as)\\s*$`);
// "including 5,000 children, 3,250 women, and 690 elderly": a serial comma before the list's last
// part (only after two parts: "including 11 seriously, and 577 people were evacuated" is a new clause).
const SERIAL_AND = new RegExp(`^[\\s${LETTER}-]*?,\\s*and\\s*$`);
// How far past a number its outcome may be told ("49 children and 31 women, had been killed").
const WINDOW = 14;
// How far (in characters) a part may follow its whole or the part before it.
const PART_REACH = 200;

export function outcomeOf(word: string | undefined): Outcome | null {
  return OUTCOMES.get(word?.toLowerCase() ?? '') ?? null;
}

// People named by what they do ("hikers", "activists", "guardians") or where they are from;
// only as the word right after the number, so "two suicide bombers" is not read as victims.
// Demonyms count people too ("165 Gazans", "12 Yemenis", "30 Sudanese").
const AGENT_PLURAL = new RegExp(`^[${LETTER}-]{3,}(?:ers|ists|ians|ans|ants|ese|is)$`);

const SINGLE_NOUNS =
  'man|woman|child|boy|girl|person|baby|infant|villager|civilian|soldier|resident|monk|teenager|student|worker|farmer|' +
  'journalist|policeman|policewoman|officer|doctor|nurse|patient|fighter|mother|father|son|daughter|citizen|driver|' +
  'friend|minor|passer-by|colleague|commander|colonel|paramedic|medic|rebel|militant|gunman|guard|suspect|attacker|' +
  'insurgent|bandit|militiaman|pilot|captain|inspector';
// One person, named singly ("a man and woman", "another man and woman": the second has no article of its own): "a man", "a 60-year-old woman", "a sixth person", "a child".
const SINGLE = new RegExp(
  // (No "a" among the words between: "A bomb killed a woman" is one woman, counted from her own "a".)
  `\\b(?:[Aa]n?|[Aa]nother)\\s+(?:(?![Aa]n?\\s)[${LETTER}0-9’'-]+\\s+){0,3}?(${SINGLE_NOUNS})(?![${LETTER}-])(?:\\s+and\\s+(${SINGLE_NOUNS})(?![${LETTER}-]))?`,
  'g',
);
const SINGULARS: Record<string, string> = { son: 'children', daughter: 'children', mother: 'women', father: 'men' };

// "Karim Haddad, the commander of the brigade, …, was detained": a named person described
// by an appositive is one of the group the appositive names, when the sentence goes on to say
// what happened to them.
const APPOSITIVE = new RegExp(
  `(?:[a-z]{1,3}-)?[${UPPER}][${LETTER}’'-]+,\\s+(?:(?:an?|the)\\s+)?(?:[${LETTER}0-9’'-]+\\s+){0,3}?([${LOWER}-]{3,})(?=\\s*,|\\s+(?:of|at|in|from|for|with)\\s)`,
  'g',
);
const APPOSITIVE_FATE =
  /^[^.;]{0,160}?,\s+(?:who\s+)?(?:(?:was|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?([a-z]+)|(died|perished))\b/i;
// "two journalists and an Irish photographer": a person named by what they do, after "and".
const AND_SINGLE = new RegExp(
  `\\band\\s+(an?\\s+(?:[${LETTER}’'-]+\\s+){0,2}?([${LOWER}-]+(?:ist|ian|pher|man|woman|eer|worker|keeper)))(?![${LETTER}-])`,
  'g',
);
// "Gunmen shot dead a local chief", "arrested a suspect": one person, whoever they are, as the
// object of an outcome verb.
const ACTIVE_SINGLE =
  /\b(?:killed|killing|kills|shot\s+dead|wounded|wounding|injured|injuring|abducted|abducting|kidnapped|kidnapping|arrested|arresting|detained|detaining|executed|executing|beheaded)\s+(an?\s+|the\s+)/gi;
// "Both pilots were killed": two ("both soldiers and civilians" is no count).
const BOTH = new RegExp(
  `\\b[Bb]oth\\s+(?:[${LETTER}-]+\\s+){0,2}?([${LOWER}-]+(?:s|men))(?![${LETTER}-])(?!\\s+and\\b)`,
  'g',
);
// "one was killed in Ardo, and another in Kessa": "another" standing alone is one more.
const ANOTHER_ALONE = /\banother(?=\s+(?:in|at|on|near|from|was|died|later)\b|\s*[,.;])/gi;
// "killed two customs officers and wounded a third": an ordinal standing alone is one more of them.
const ORDINAL_ALONE =
  /\ban?\s+(?:second|third|fourth|fifth|sixth|seventh)(?=\s+(?:in|at|on|near|from|was|died|later|who)\b|\s*[,.;])/gi;

const NAME_BEFORE = new RegExp(`(?:[${UPPER}][${LETTER}’'-]*\\s+)*$`);
// "The injured driver was taken to hospital": one person, the outcome before the noun.
const THE_OUTCOME_SINGLE = new RegExp(
  `\\b[Tt]he\\s+(injured|wounded|dead|slain|murdered|kidnapped|abducted|detained|missing)\\s+([${LOWER}-]{3,})(?![${LETTER}-])`,
  'g',
);
// "the killing of Rami Khalil, a local reporter", "the killing of Reuters journalist, Issam
// Abdullah", "the killing of Ibrahim": one person, of the group the words around the name give.
const NAME = `[${UPPER}][${LOWER}’'-]+(?:\\s+(?:[a-z]{1,3}-)?[${UPPER}][${LOWER}’'-]+){0,3}`;
const KILLING_OF = new RegExp(
  `\\b(?:killing|murder|assassination|abduction|kidnapping)\\s+of\\s+(?:(?:[${UPPER}][\\w.’'-]*\\s+)?([a-z]{3,})\\s*,?\\s+)?(${NAME})(?!\\s+[a-z]+s\\b)(?:,\\s+an?\\s+(?:[a-z-]+\\s+){0,2}?([a-z]{3,})(?=,|\\s+(?:in|at|of|from|for|on)\\b))?`,
  'g',
);
// The group of a single found by one of the patterns above, when its words do not end in it.
const NAMED_GROUPS = new WeakMap<Quantity, string>();
// What the appositive's sentence says happened to its person, however far the verb.
const FATES = new WeakMap<Quantity, Outcome>();

const one = (text: string, start: number, end: number, noun: string | null): Quantity => ({
  min: 1,
  max: 1,
  start,
  end,
  text: text.slice(start, end),
  qualifier: 'exact',
  kind: 'count' as const,
  noun,
});

/** The group of one person named by a singular noun: the word list's, or by the noun's suffix. */
function singleGroup(noun: string): string | null {
  const listed = VICTIMS.get(noun);
  if (listed) return listed === noun ? null : listed;
  return personBySuffix(noun);
}

// "Another body has been located", "rescuers recovered a body": one death (the conventions), when
// the body is found ("a regulatory body" is none).
const A_BODY = /\b(?:[Aa]nother|[Aa])\s+(?:[a-z-]+\s+)?(body|corpse)\b(?!\s+of\b)/g;
const FOUND = '(?:found|recovered|located|retrieved|discovered|pulled|washed|exhumed)';
const BODY_FOUND_AFTER = new RegExp(`^\\s+(?:has|had|have|was|were|is)\\s+(?:been\\s+)?(?:[a-z]+ly\\s+)?${FOUND}\\b`);
const BODY_FOUND_BEFORE = new RegExp(`\\b${FOUND}\\s+$`);

// "killing the head of the field office, a programme associate and a security guard": people
// named one by one by their posts, after an outcome verb; each is one, of the post as written.
const ROLE_LIST =
  /\b(?:killing|killed|wounding|wounded|injuring|injured|abducting|abducted|kidnapping|kidnapped)\s+(?=the\s)/gi;
const ROLE_START = /^(,\s*(?:and\s+)?|\s+and\s+|)(?:the|an?)\s+/i;
const ROLE_WORD = /^[\p{L}’'-]+/u;
const ROLE_END = new Set(
  'and or in at on near who whom which that from with while as when after before during was were is are has had by'.split(
    ' ',
  ),
);

/** The posts of a role list that starts at `from`, each as written; none unless there are two. */
function roleList(text: string, from: number): Quantity[] {
  const items: Quantity[] = [];
  let at = from;
  while (items.length < 6) {
    const m = ROLE_START.exec(text.slice(at, at + 20));
    if (!m || (m[1] === '') !== (items.length === 0)) break;
    const start = at + m[1].length;
    const words: string[] = [];
    let end = at + m[0].length;
    for (let w = ROLE_WORD.exec(text.slice(end, end + 40)); w && words.length < 7;) {
      if (ROLE_END.has(w[0].toLowerCase()) || /\d/.test(w[0])) break;
      words.push(w[0].toLowerCase());
      end += w[0].length;
      if (text[end] !== ' ') break;
      w = ROLE_WORD.exec(text.slice(end + 1, end + 41));
      if (w) end += 1;
    }
    // (Back off a space or a dangling "of the" taken before a stop.)
    while (words.length && /^(?:of|the|a|an)$/.test(words.at(-1)!)) end -= words.pop()!.length + 1;
    end = start + text.slice(start, end).trimEnd().length;
    if (!words.length || words.length > 6) break;
    const single = one(text, start, end, null);
    NAMED_GROUPS.set(single, words.join(' '));
    items.push(single);
    at = end;
  }
  return items.length >= 2 ? items : [];
}

// "his operations officer Capt. Dan Reyes was among those killed": one person, named, of the post
// written before the name.
const AMONG_THOSE =
  /\b(?:was|is)\s+(?:also\s+)?among\s+(?:those|the)\s+(?:killed|dead|injured|wounded|abducted|kidnapped|arrested|detained|missing)\b/g;
const ROLE_BEFORE = /\b((?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?([a-z-]{3,})\s+)$/;
const NAMED_BEFORE = new RegExp(`([a-z-]{3,})\\s+((?:[${UPPER}][${LETTER}’'-]*\\.?\\s+){1,4})$`);

// "The owner of the boat and his wife had perished": two people named singly together, one figure of 2.
const PAIR_DIED =
  /\b[Tt]he\s+(?:[a-z-]+\s+){1,4}?and\s+(?:his|her|their)\s+(?:wife|husband|son|daughter|brother|sister|mother|father|child)\s+(?:had\s+|have\s+)?(?:both\s+)?(?:perished|died|drowned|been\s+killed|were\s+killed)\b/g;

// "three people, including the alleged gunman, were killed": one of them, named by "the".
const INCLUDING_THE = /\bincluding\s+the\s+(?:[a-z-]+\s+){0,2}?([a-z-]{3,})(?=\s*[,.;]|\s+and\b)/g;

/** The singles of the patterns above, in no order. */
function namedSingles(text: string): Quantity[] {
  const roles = [...text.matchAll(ROLE_LIST)].flatMap((m) => roleList(text, m.index + m[0].length));
  // (A post in a role list is counted once, as the list names it.)
  const found: Quantity[] = [];
  for (const m of text.matchAll(APPOSITIVE)) {
    const fate = APPOSITIVE_FATE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 200));
    if (!fate || !outcomeOf(fate[1] ?? fate[2])) continue;
    // (From the person's name: "Mahmoud Hamza, the commander of …" is one claim from its first word.)
    const lead = text.slice(Math.max(0, m.index - 60), m.index);
    const start = m.index - (NAME_BEFORE.exec(lead)?.[0].length ?? 0);
    const single = one(text, start, m.index + m[0].length, m[1]);
    FATES.set(single, outcomeOf(fate[1] ?? fate[2])!);
    found.push(single);
  }
  for (const m of text.matchAll(AMONG_THOSE)) {
    const lead = text.slice(Math.max(0, m.index - 80), m.index);
    // ("The mayor was among those killed": a post with no name, when it is one of people.)
    const post = ROLE_BEFORE.exec(lead);
    const named = post ? null : NAMED_BEFORE.exec(lead);
    const group = post ? singleGroup(post[2].toLowerCase()) : named && (singleGroup(named[1]) ?? 'people');
    if (!group) continue;
    const start = m.index - (post ?? named)![post ? 1 : 2].length;
    const single = one(text, start, m.index - 1, null);
    NAMED_GROUPS.set(single, group);
    found.push(single);
  }
  for (const m of text.matchAll(INCLUDING_THE)) {
    const group = singleGroup(m[1]);
    if (!group) continue;
    const start = m.index + m[0].indexOf('the');
    const single = one(text, start, m.index + m[0].length, m[1]);
    NAMED_GROUPS.set(single, group);
    found.push(single);
  }
  for (const m of text.matchAll(PAIR_DIED)) {
    const end = m.index + m[0].search(/\s+(?:had|have|both|perished|died|drowned|been|were)\b/);
    const two = { ...one(text, m.index, end, null), min: 2, max: 2 };
    NAMED_GROUPS.set(two, 'people');
    found.push(two);
  }
  for (const m of text.matchAll(AND_SINGLE)) {
    const start = m.index + m[0].length - m[1].length;
    found.push(one(text, start, m.index + m[0].length, m[2]));
  }
  for (const m of text.matchAll(ANOTHER_ALONE)) found.push(one(text, m.index, m.index + m[0].length, null));
  for (const m of text.matchAll(ORDINAL_ALONE)) found.push(one(text, m.index, m.index + m[0].length, null));
  for (const m of text.matchAll(A_BODY)) {
    const end = m.index + m[0].length;
    if (
      BODY_FOUND_AFTER.test(text.slice(end, end + 40)) ||
      BODY_FOUND_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))
    )
      found.push(one(text, m.index, end, m[1]));
  }
  for (const m of text.matchAll(THE_OUTCOME_SINGLE)) {
    const noun = m[2].toLowerCase();
    if (!singleGroup(noun)) continue;
    const start = m.index + m[0].length - m[2].length;
    found.push(one(text, start, start + m[2].length, noun));
  }
  for (const m of text.matchAll(KILLING_OF)) {
    const noun = (m[1] ?? m[3])?.toLowerCase();
    const group = noun ? singleGroup(noun) : 'people';
    if (!group || (!noun && / /.test(m[2]) === false && /[^s]s$/.test(m[2]))) continue;
    const start = m.index + m[0].indexOf(' of ') + 4;
    const single = one(text, start, m.index + m[0].length, null);
    NAMED_GROUPS.set(single, group);
    found.push(single);
  }
  for (const m of text.matchAll(BOTH)) {
    const noun = m[1].toLowerCase();
    const group = VICTIMS.get(noun) ?? personPlural(noun);
    if (!group || PHRASE_STOP.has(noun) || /\s(?:and|or)\s/i.test(m[0])) continue;
    const two = { ...one(text, m.index, m.index + m[0].length, null), min: 2, max: 2 };
    NAMED_GROUPS.set(two, group);
    found.push(two);
  }
  for (const m of text.matchAll(ACTIVE_SINGLE)) {
    // The head of the phrase after the article: "a local chief and …" is a chief.
    const start = m.index + m[0].length;
    const phrase = /^(?:[^\s,;.]+\s+){0,3}[^\s,;.]*/.exec(text.slice(start, start + 60))![0];
    const h = headOf(wordsIn(phrase), (w) => outcomeOf(w) !== null, 3);
    if (!h || !singleGroup(h.head)) continue;
    const at = phrase.toLowerCase().indexOf(h.head, phrase.toLowerCase().indexOf(h.run[0]));
    found.push(one(text, start - m[1].length, start + at + h.head.length, h.head));
  }
  const inRoles = (q: Quantity) => roles.some((r) => r.start < q.end && q.start < r.end);
  return [...roles, ...found.filter((q) => !inRoles(q))];
}

/** "a man", "a 60-year-old woman": a count of one, as lib/figures would read "one man". */
function singlesIn(text: string): Quantity[] {
  const named = namedSingles(text).sort((a, b) => a.start - b.start);
  const plain = [...text.matchAll(SINGLE)].flatMap((m) => {
    if (!m[2]) return [one(text, m.index, m.index + m[0].length, m[1])];
    // "another man and woman": two singles, the second counted from its own noun.
    const second = m.index + m[0].length - m[2].length;
    return [
      one(text, m.index, m.index + m[0].lastIndexOf(m[1]) + m[1].length, m[1]),
      one(text, second, second + m[2].length, m[2]),
    ];
  });
  // (A walk of the two lists in order, as countsIn does: a single inside a named one is dropped.)
  const kept: Quantity[] = [];
  let k = 0;
  for (const q of plain) {
    while (k < named.length && named[k].end <= q.start) k++;
    if (!(k < named.length && named[k].start < q.end)) kept.push(q);
  }
  return [...named, ...kept].sort((a, b) => a.start - b.start);
}

/** Quantities and single persons in text order; a single inside a quantity ("a dozen men") is not one. */
function countsIn(text: string): Quantity[] {
  const quantities = findQuantities(text);
  if (!SINGLE_HINT.test(text)) return quantities;
  // Both lists are in text order: one walk drops the singles a count overlaps (a search of every
  // count for every single would be quadratic in a long clause of both).
  const counts = quantities.filter((q) => q.kind === 'count');
  const singles: Quantity[] = [];
  let k = 0;
  for (const single of singlesIn(text)) {
    while (k < counts.length && counts[k].end <= single.start) k++;
    if (!(k < counts.length && counts[k].start < single.end)) singles.push(single);
  }
  return [...quantities, ...singles].sort((a, b) => a.start - b.start);
}
const SINGLE_HINT = /\b(?:[Aa]n?|[Tt]he)\s|\b[Aa]nother\b|\b[Bb]oth\s|\bamong\s/;

// "four of their operatives", "six of the wounded were peacekeepers": the group after "of …" or "… were".
const OF_GROUP =
  /^\s+of\s+(?:the|their|its|his|her|our|those|these)\s+(?:[\p{L}-]+\s+)??([\p{L}-]+)(?:\s+(?:were|was)\s+([\p{L}-]+))?/u;

function groupAfterOf(rest: string): string | null {
  const m = OF_GROUP.exec(rest);
  if (!m) return null;
  // "of the wounded were peacekeepers": the wounded are the peacekeepers.
  const were = outcomeOf(m[1]) && m[2];
  const word = (were ? m[2] : m[1]).toLowerCase();
  // ("… were police officers": the phrase's head, as for a count's own noun.)
  if (were) return victimGroup(word, wordsIn(rest.slice(m.index + m[0].length, m.index + m[0].length + 60)));
  const group = VICTIMS.get(word);
  return group ?? (AGENT_PLURAL.test(word) ? word : null);
}

/** "bodies of civilians", "charred bodies of migrants": the group right after "of", when it reads as people. */
function bodiesOf(rest: string): string | null {
  const m = /^\s+(?:[\p{L}-]+\s+)?(?:bodies|corpses|remains)\s+of\s+([\p{L}-]+)/u.exec(rest);
  const w = m?.[1].toLowerCase();
  return w ? (VICTIMS.get(w) ?? null) : null;
}

// "Twenty bodies were found in Irumu. Seven others were found in Beni.": others found after a
// count of bodies are more of the dead.
const OTHERS_FOUND = new RegExp(
  `^\\s+(?:others|more)\\s+(?:were|have\\s+been|had\\s+been)\\s+(?:also\\s+)?${FOUND}\\b`,
  'i',
);

/** The group of the bodies counted last in the sentences just before `at`, in its paragraph, or null. */
function bodiesBefore(body: string, at: number): string | null {
  const lookback = body.slice(Math.max(0, at - OTHERS_REACH), at);
  const text = lookback.slice(lookback.lastIndexOf('\n\n') + 1);
  // (Counts of things between are passed over: "… discovered in several villages.")
  const last = findQuantities(text)
    .filter((q) => q.kind === 'count' && !NOT_PEOPLE.has(q.noun ?? ''))
    .at(-1);
  if (!last) return null;
  const rest = text.slice(last.end, last.end + 80);
  return /^\s+(?:[\p{L}-]+\s+)?(?:bodies|corpses)\b/u.test(rest) ? (bodiesOf(rest) ?? 'people') : null;
}

const PHRASE_WORDS = 8;
// (The words are split after joining: a split of the second line alone made a set of characters.)
const PHRASE_STOP = new Set(
  (
    'in on at by from to with who whom which that were was are is have has had and or for during after before near since ' +
    'as while when where because until including among but'
  ).split(' '),
);

// "soldiers and civilians": the group's word, "and", up to two plain words and another group.
const PAIRED = new RegExp(`^[${LETTER}’'-]+\\s+and\\s+((?:[${LETTER}-]+\\s+){0,2}[${LETTER}-]+)`);
const NOT_IN_PAIR = new Set('the a an their its his her our other others another'.split(' '));

function pairedGroup(rest: string, group: string): string | null {
  // The group's word as written: one of the first words of the phrase.
  const words = rest.match(new RegExp(`[${LETTER}’'-]+`, 'g')) ?? [];
  const at = words.findIndex((w) => VICTIMS.get(w.toLowerCase()) === group || w.toLowerCase() === group);
  if (at === -1 || at > 3) return null;
  let from = 0;
  for (let i = 0; i <= at; i++) from = rest.indexOf(words[i], from) + (i < at ? words[i].length : 0);
  const m = PAIRED.exec(rest.slice(from));
  if (!m) return null;
  // ("three women and seven men" are two groups, each with its number.)
  if (findQuantities(m[1]).length) return null;
  const next = m[1].toLowerCase().split(/\s+/);
  for (let k = 0; k < next.length; k++) {
    const w = next[k];
    if (NOT_IN_PAIR.has(w) || PHRASE_STOP.has(w) || outcomeOf(w)) return null;
    if (VICTIMS.get(w) === w || (AGENT_PLURAL.test(w) && !VICTIMS.has(w)))
      return `${group} and ${next.slice(0, k + 1).join(' ')}`;
  }
  return null;
}

/** The words of the counted phrase from its noun on ("dozens of Kurds in …" → kurds, in, …). */
function fromNoun(noun: string | null, phrase: readonly string[]): string[] {
  if (!noun) return [];
  const at = phrase.slice(0, 3).indexOf(noun);
  return at === -1 ? [noun] : phrase.slice(at);
}

function victimGroup(written: string | null, following: string[], several = false, single = false): string | null {
  const listed = listedGroup(written, following);
  if (listed !== undefined) return listed;
  // "an Italian photographer", "the commander": one of a group the list need not know.
  if (written && single) return singleGroup(written);
  // No group the list knows: the phrase's head noun, whatever it is, if it can be people.
  const h = written ? headOf([written.replace(/['’]s$/, ''), ...following], (w) => outcomeOf(w) !== null) : null;
  return h ? openGroup(h, several) : null;
}

const ARMED_BODY = /^(?:army|navy|gang|militia|police|cartel|brigade|battalion|regiment|guard|force)$/;

/** "members of the security forces": the members and the body named after "of the", or null. */
function membersOf(rest: readonly string[]): string | null {
  if (rest[0] !== 'of' || rest[1] !== 'the') return null;
  const run: string[] = [];
  for (const w of rest.slice(2, 6)) {
    if (PHRASE_STOP.has(w) || outcomeOf(w) || PRONOUNS.has(w) || /^(?:behind|of|under|against|over|across)$/.test(w))
      break;
    run.push(w);
  }
  if (!run.length || run.some((w) => /^(?:same|famil(?:y|ies)|household|households)$/.test(w))) return null;
  // (Only a body of people written as a plural, "the security forces", or an armed body, "the
  // Philippine Army", "the gang"; "14 members of the cell" and "of the rescue service" stay members.)
  const last = run.at(-1)!;
  if (!(VICTIMS.get(last) === last || personPlural(last) || ARMED_BODY.test(last))) return null;
  return `members of the ${run.join(' ')}`;
}

/** The group by the word list; undefined when the phrase holds none of its words. */
function listedGroup(written: string | null, following: string[]): string | null | undefined {
  // "five children’s lives": the children.
  const noun = written?.replace(/['’]s$/, '') ?? null;
  if (noun && Object.hasOwn(SINGULARS, noun)) return SINGULARS[noun];
  // "a villager": the plural of a group the list knows.
  if (noun && !VICTIMS.has(noun) && VICTIMS.get(`${noun}s`) === `${noun}s`) return `${noun}s`;
  // (A name-like plural right after the number, "Reuters", gives way to a group the list knows
  // further on: "two Reuters journalists".)
  const agent = noun && AGENT_PLURAL.test(noun) && !VICTIMS.has(noun) ? noun : undefined;
  // "hundreds of health care workers", "17 Boko Haram/ISWAP insurgents": the group may be a few
  // words on, within the noun phrase (it ends at a preposition, a verb or an outcome).
  for (const word of [noun, ...following.slice(0, PHRASE_WORDS)]) {
    // ("internally displaced people": an outcome word before the group is its adjective.)
    if (!word) return agent;
    const adjective = VICTIMS.has(following[following.indexOf(word) + 1] ?? '');
    // "four female and two male employees": "and" after a word that is no group goes on to the group.
    const before = following[following.indexOf(word) - 1] ?? noun;
    if (word === 'and' && before && !VICTIMS.has(before) && !personPlural(before)) continue;
    // ("The 47 dead included 11 police officers": an outcome for a noun ends the phrase.)
    if (PHRASE_STOP.has(word) || (outcomeOf(word) && !adjective)) return agent;
    const group = VICTIMS.get(word);
    // "14 family members", "child soldiers": the last of two group words is the head.
    const head = word === noun ? following[0] : following[following.indexOf(word) + 1];
    // ("25 police commandos", "two police reservists": a plural of people after the list's word.)
    const headGroup =
      head &&
      (VICTIMS.get(head) === head || (!VICTIMS.has(head) && !outcomeOf(head) && head !== 'lives' && personPlural(head)))
        ? head
        : null;
    // "two members of the security forces": the body they belong to names them ("four members
    // of the same family" stay members: kin, not a body).
    if (group === 'members') {
      const body = membersOf(following.slice(following.indexOf(word) + 1));
      if (body) return body;
    }
    if (group) return headGroup ?? group;
  }
  return agent;
}

const PART_LIST = /\b(?:including|among\s+them|among\s+whom)\b([^.;:]{0,80}?)(?:,|\band)\s*$/i;
const LIST_VERB = /\b(?:were|was|are|is|have|has|had|been)\b/i;
function partList(gap: string): boolean {
  const m = PART_LIST.exec(gap);
  return !!m && !LIST_VERB.test(m[1]) && !wordsIn(m[1]).some((w) => outcomeOf(w) !== null);
}
// ("killed 20 people – 15 soldiers and five civilians": a dash or colon before the parts.)
// ("the death toll to 19,136 - 17,388 of them in Kashmir": a spaced hyphen is a dash.)
const PART_GAP =
  /(?:\b(?:including|among them|among whom|of whom|of them)(?:\s+(?:were|are|was|is))?|^[^,.;:–—]*(?:[–—:]|\s-))\s*$/i;
// A clause that goes on with "and" after a figure's own clause, with no stop between.
// "killing 10 villagers and injuring five": a participle after "and" goes on with the same group
// (a finite verb need not: "injured 14 passengers and killed two" leaves the two unnamed).
const PARTICIPLES = [...OUTCOMES.keys()].filter((w) => w.endsWith('ing'));
const AND_GAP = new RegExp(
  `^[^.;:–—]{0,160}(?:,\\s*and|\\band|,\\s*while)(?:\\s+(?:${PARTICIPLES.join('|')}))?\\s*$`,
  'i',
);
// Words after a number that are its verb, not its noun: "hundreds were wounded".
// "20 feared dead", "12 reported killed", "35 also wounded": words between a bare count and its outcome.
const VERB_AFTER = new Set(
  'were was are is have has had feared reported confirmed believed presumed thought also still now already remain remains remained including'.split(
    ' ',
  ),
);
// "The toll climbed from 558 to 569": the number it changed to.
// "The number of missing has dropped from 90 to 30": a fall too.
const CHANGED_FROM =
  /\b(?:rose|risen|climbed|increased|jumped|grew|went\s+up|soared|dropped|fell|fallen|declined|decreased|went\s+down)\s+$/i;

// "15 people were injured, including 11 seriously": how badly, after a part of the injured.
const SEVERITY = /^(?:seriously|critically|severely|gravely|badly|slightly|lightly|moderately)$/;

const AFFECTED = /^(?:\s+(?:people|others|more))?\s+(?:(?:have|has|had|were|are|was|is)\s+)?(?:been\s+)?affected\b/i;

// "The death toll could top 1,000": more than it, as "topped" is (the conventions); "the top 10"
// is no qualifier, so only after a modal or "to".
const COULD_TOP = /\b(?:could|may|might|will|would|to)\s+top\s+$/i;

/** A quantity as a count: no verb taken for its noun, and a change "from A to B" read as B. */
function readAsCounted(text: string, q: Quantity): Quantity {
  if (q.qualifier === 'exact' && q.max !== null && COULD_TOP.test(text.slice(Math.max(0, q.start - 20), q.start)))
    return readAsCounted(text, { ...q, min: Math.floor(q.max) + 1, max: null, qualifier: 'more than' });
  const verb = q.noun !== null && (VERB_AFTER.has(q.noun) || SEVERITY.test(q.noun));
  const changed =
    q.qualifier === 'between' &&
    /^from\s/i.test(q.text) &&
    CHANGED_FROM.test(text.slice(Math.max(0, q.start - 20), q.start));
  if (!verb && !changed) return q;
  return {
    ...q,
    noun: verb ? null : q.noun,
    min: changed && q.max !== null ? q.max : q.min,
    qualifier: changed ? 'exact' : q.qualifier,
  };
}

const WORD = new RegExp(`[${LETTER}’'-]+`, 'g');
const wordsIn = (text: string) => text.toLowerCase().match(WORD) ?? [];
const GOES_ON = /(?:\band|\bbut|\bwhile|,)\s*$/i;
const OWN_VERB = /\b(?:were|was|are|is|have|has|had|remain|remains|remained)\b/i;

// Nouns of an outcome ("serious injuries", "deaths") give way to a verb after them: "a man who
// suffered serious injuries died in hospital" died. "lost their lives", "lives … lost" are deaths.
const OUTCOME_NOUNS = new Set([
  'injuries',
  'wounds',
  'death',
  'deaths',
  'body',
  'bodies',
  'corpse',
  'corpses',
  'burial',
  'displacement',
]);

const DIED = /^(?:died|dies|succumbed|succumbs)$/;
/** An injury word that describes the people counted ("men injured", "the injured men", "who were wounded"), not their verb. */
function describesInjured(words: readonly string[], i: number): boolean {
  if (!/^(?:injured|wounded|hurt)$/.test(words[i])) return false;
  const prev = words[i - 1] ?? '';
  return !/^(?:were|was|are|is|been|being|be|and|or)$/.test(prev) || words[i - 2] === 'who';
}

/** Whether the words after a count describe its people as injured and then say one died. */
function diedOfInjured(text: string, from: number): boolean {
  const words = wordsIn(text.slice(from, from + 200)).slice(0, 2 * WINDOW);
  const i = words.findIndex((w, k) => describesInjured(words, k));
  return i !== -1 && words.slice(i + 1).some((v) => DIED.test(v));
}

const KEPT = /^(?:were|was|are|is|remain|remains|remained|still|lay|lies|lying)$/;
/**
 * "remain in hospital", "were at Mercy Medical Center": kept there, after a verb of being. ("In"
 * only right before the word: "200 patients are still in Al-Awda hospital" is where patients are.)
 */
function keptIn(words: readonly string[], i: number): boolean {
  if (words[i - 1] === 'in' && KEPT.test(words[i - 2] ?? '')) return true;
  for (let k = Math.max(1, i - 4); k < i; k++)
    if (words[k] === 'at' && KEPT.test(words[k - 1]) && !/^(?:the|a|an)$/.test(words[k + 1])) return true;
  return false;
}

// (The death may be told further on than an outcome is looked for: "one of two men injured as a
// result of missile strikes against the region died".)
function laterOutcome(words: readonly string[], further: readonly string[] = words): Outcome | null {
  let noun: Outcome | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lost =
      w === 'lost' &&
      (words[i + 1] === 'their' ||
        // ("a police officer lost his life"; not "lost her handbag".)
        (/^(?:his|her)$/.test(words[i + 1] ?? '') && words[i + 2] === 'life') ||
        words.slice(Math.max(0, i - 3), i).includes('lives'));
    // "taken to hospital", "rushed to hospital": injured.
    // "discharged from hospital": treated there, so injured; "in a serious condition": injured.
    const hospital =
      /^hospitals?$/.test(w) &&
      /^(?:taken|rushed|admitted|brought|transferred|treated|hospitalised|hospitalized|discharged)$/.test(
        (/^(?:the|a)$/.test(words[i - 1] ?? '') ? words[i - 3] : words[i - 2]) ?? '',
      );
    // ("in critical condition", "two others were in good condition": a patient's state, so injured.)
    const condition =
      w === 'condition' &&
      /^(?:serious|critical|grave|stable|good|fair|poor|satisfactory|life-threatening)$/.test(words[i - 1] ?? '');
    // "three people remain in hospital", "four victims were at Mercy Medical Center": people kept
    // there ("were in the hospital when it was struck" is where they were, so an article stops it).
    const inHospital = /^(?:hospitals?|medical|clinic|infirmary)$/.test(w) && keptIn(words, i);
    // "under treatment", "receiving medical attention": being treated, so injured.
    const underTreatment =
      /^(?:treatment|attention|care)$/.test(w) &&
      /^(?:under|receiving|undergoing)$/.test((words[i - 1] === 'medical' ? words[i - 2] : words[i - 1]) ?? '');
    // "passed away" is died; "treating six people" are injured.
    const passedAway =
      (w === 'passed' && words[i + 1] === 'away') || (w === 'sent' && words[i + 1] === 'to' && words[i + 2] === 'hell');
    const treated = /^(?:treating|treated)$/.test(w);
    // "forced to flee", "driven from their homes", "sought shelter": displaced; "rounded up": detained.
    const fled =
      (/^(?:forced|driven)$/.test(w) && /^(?:to|from|out)$/.test(words[i + 1] ?? '')) ||
      // (Not "attempting to flee": an attempt is no displacement.)
      (w === 'flee' && words[i - 1] === 'to' && !/^(?:attempt|try|tri|seek|want)/.test(words[i - 2] ?? '')) ||
      (/^(?:shelter|refuge)$/.test(w) &&
        /^(?:sought|seeking|seek|found|taken|took|take|taking)$/.test(words[i - 1] ?? ''));
    const rounded = w === 'rounded' && words[i + 1] === 'up';
    const outcome =
      lost || passedAway
        ? 'killed'
        : hospital || treated || condition || inHospital || underTreatment
          ? 'injured'
          : fled
            ? 'displaced'
            : rounded
              ? 'detained'
              : outcomeOf(w);
    if (!outcome) continue;
    // "one of two men injured in the strike died", "one of the people who were wounded has died":
    // the wounded who later died are counted once, as killed (the injury describes them).
    if (outcome === 'injured' && describesInjured(words, i) && further.slice(i + 1).some((v) => DIED.test(v)))
      return 'killed';
    // "killed or injured", "died or gone missing": either, so no figure (the labelling conventions).
    const other = words[i + 1] === 'or' ? [words[i + 2], words[i + 3]].map(outcomeOf).find((o) => o) : null;
    if (other && other !== outcome) return null;
    if (!OUTCOME_NOUNS.has(w)) return outcome;
    noun ??= outcome;
  }
  return noun;
}

// "17 people, most of them women who had sheltered in the basement for days, were killed": the
// verb after an aside between commas, however long the aside (within a bounded reach).
const ASIDE = /^(?:\s+[\p{L}-]+){0,2}\s*,[^,.;:]{1,160},\s*((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;
const ASIDE_VERB = /^(?:were|was|are|is|have|has|had|died|perished)\b/i;

function outcomeAfterAside(text: string, from: number): Outcome | null {
  const m = ASIDE.exec(text.slice(from, from + 240));
  if (!m || !ASIDE_VERB.test(m[1])) return null;
  const outcome = laterOutcome(wordsIn(m[1]));
  return outcome && !OUTCOME_NOUNS.has(wordsIn(m[1]).find((w) => outcomeOf(w)) ?? '') ? outcome : null;
}

const DAY_AFTER_MONTH = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s*$/;
const AGE_BEFORE =
  /\b(?:aged|ages?|age\s+of|in\s+age|(?:man|woman|boy|girl|child|person|baby|infant|teenager|men|women|boys|girls|children)\s+of)\s*$/i;
const CLAUSE_OPENING = /^(?:when|after|before|as|while|because|since|until|whereas)$/;

type Previous = { figure: ProposedFigure; q: Quantity; active: boolean };

const sharedOutcome = (near: Previous | null, gap: string): Outcome | null =>
  near && near.active && LIST_GAP.test(gap) ? near.figure.outcome : null;

// How far back, within its paragraph, "others" looks for the group it continues.
const OTHERS_REACH = 300;
// An outcome verb with a count for its object: the count before it did the killing.
const ACTIVE_ON_COUNT =
  /^(?:killing|wounding|injuring|killed|wounded|injured|kills|kill|wounds|injures)\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly|up\s+to|another)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several|a|an)\b)/i;
const PASSIVE_BEFORE = /\b(?:were|was|been|being|be|are|is)\s+(?:\w+ly\s+)?$/i;

// "Militants ambushed a convoy of soldiers, killing 12": a bare count takes the people the
// attack was on, when the clause names them (and they can be people: not "the army base").
const TARGET =
  /\b(?:on|against|ambushed|attacked|targeted|targeting|struck|hit|stormed|shelled|bombed|raided|ambushing|attacking|deadliest\s+[a-z]+\s+for)\s+(?:(?:a|an|the|their|its)\s+)?(?:(?:group|convoy|crowd|busload|patrol|gathering|column|team|unit)\s+of\s+)?/gi;

/** The sentence up to `at`, within 200 characters: a clause may begin after an attribution. */
function sentenceBefore(body: string, at: number): string {
  const before = body.slice(Math.max(0, at - 200), at);
  const ends = [...before.matchAll(/[.!?]["”’]?\s+(?=[A-Z"“‘])|\n/g)];
  return ends.length ? before.slice(ends.at(-1)!.index + ends.at(-1)![0].length) : before;
}

// "Death toll from attack on the district rises to four": the toll's verb ends the target's words.
const CHANGE_VERB =
  /^(?:rises|rose|risen|climbs|climbed|jumps|jumped|reaches|reached|stands|stood|tops|hits|nears|grows|increases|increased|soars|mounts)$/;

function targetGroup(before: string): string | null {
  let found: string | null = null;
  // (The match holds the verb only, so "on motorbikes ambushed a convoy of …" finds both.)
  for (const m of before.matchAll(TARGET)) {
    const start = m.index + m[0].length;
    for (const w of wordsIn(/^(?:[^\s,;]+\s+){0,2}[^\s,;]*/.exec(before.slice(start, start + 80))![0])) {
      if (PHRASE_STOP.has(w) || CHANGE_VERB.test(w)) break;
      const group = VICTIMS.get(w) ?? personPlural(w);
      if (group) {
        found = group;
        break;
      }
    }
  }
  return found;
}

// "Three soldiers and an unknown number of militants loyal to … were killed": a count that opens
// its clause takes the outcome of its own verb, however long the subject, when nothing between
// starts a clause of its own.
const FAR_VERB = new RegExp(
  `^[^.;:!?,]{0,240}?\\b(?:were|was|are|is|have|has|had)\\b((?:\\s+[${LETTER}-]+){1,4})`,
  'i',
);
const SUBORDINATE = /\b(?:where|when|while|after|before|because|since|who|which|that|whose|whom|as|if|until)\b|\d/i;

function farOutcome(text: string, q: Quantity): Outcome | null {
  // (Only a bounded look back: a clause of many counts must stay linear.)
  if (q.start > 40 || wordsIn(text.slice(0, q.start)).length > 2) return null;
  const m = FAR_VERB.exec(text.slice(q.end, q.end + 300));
  if (!m || SUBORDINATE.test(m[0].slice(0, m[0].length - m[1].length))) return null;
  return laterOutcome(wordsIn(m[1]));
}

// "The three people injured in the blast were journalists", "five of the victims, who …, were
// children": a count of people in general takes the group its verb says they were.
const PREDICATE = new RegExp(`\\b(?:were|are)\\s+(?:all\\s+)?(?:(?:a|an)\\s+)?((?:[${LETTER}-]+\\s*){1,4})`, 'gi');
const GENERIC = new Set(['people', 'persons', 'victims']);

function predicateGroup(rest: string): string | null {
  // (After "of the victims" the verb may follow an aside; after "people", only within the phrase.)
  const asides = /^\s+of\s/i.test(rest);
  const scope = asides ? rest : rest.slice(0, (rest.indexOf(',') + 1 || rest.length + 1) - 1);
  for (const m of scope.matchAll(PREDICATE)) {
    // ("were police officers and the rest civilians": the head of the words after the verb.)
    const h = headOf(wordsIn(m[1]), (w) => outcomeOf(w) !== null || PHRASE_STOP.has(w), 4);
    const w = h?.head ?? '';
    const group = !h || outcomeOf(wordsIn(m[1])[0]) ? null : (VICTIMS.get(w) ?? personPlural(w));
    if (group === 'members') return membersOf(wordsIn(scope.slice(m.index, m.index + 120)).slice(2)) ?? group;
    if (group && !GENERIC.has(group)) return group;
    if (!asides) return null;
  }
  return null;
}

function agentOf(rest: string): boolean {
  const first = ANY_OUTCOME.exec(rest);
  if (!first) return false;
  // ("three terrorists were sent to hell, while injuring another two": an outcome told first is theirs.)
  if (laterOutcome(wordsIn(rest.slice(0, first.index)))) return false;
  return ACTIVE_ON_COUNT.test(rest.slice(first.index)) && !PASSIVE_BEFORE.test(rest.slice(0, first.index));
}
// "claimed the lives of 30", "cut short the lives of 32 children"; not "saved the lives of".
const LIVES_VERB = /\b(?:claim|took|tak|cost|short|end|snuff)/;
// "claimed tens of thousands of lives": the lives are deaths.
const LIVES_AFTER = /^(?:claim|cost|took|tak)/;
// "202 dead, up from 180": an earlier count of the same people.
const EARLIER_COUNT = /^,?\s*(?:up|down)\s+from\s*$/i;

/** The group of the last count of people in the sentences just before `at`, in its paragraph. */
function groupBefore(body: string, at: number): string | null {
  const lookback = body.slice(Math.max(0, at - OTHERS_REACH), at);
  const text = lookback.slice(lookback.lastIndexOf('\n\n') + 1);
  // ("three herders": a plural of people by its doer's suffix, as well as the list's groups.)
  const groups = findQuantities(text)
    .filter((q) => q.kind === 'count' && q.noun !== 'others' && q.noun !== null)
    .map((q) => VICTIMS.get(q.noun!) ?? (AGENT_PLURAL.test(q.noun!) ? personPlural(q.noun!) : null))
    .filter((g) => g !== null);
  return groups.at(-1) ?? null;
}

/** The last plural of people in `text` ("engaged the attackers"), or null. */
function peopleBefore(text: string): string | null {
  const words = wordsIn(text);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (PRONOUNS.has(w)) continue;
    if (VICTIMS.get(w) === w || (!VICTIMS.has(w) && personPlural(w) && AGENT_PLURAL.test(w))) return w;
  }
  return null;
}

const ALL_OF_THEM = /^[^.!?]{0,40}[.!]\s*All\s+(?:of\s+them\s+)?([\p{L}-]+)\s*(?:[.,!"”]|$)/u;

export type Casualties = {
  figures: ProposedFigure[];
  /** Offset in the body where the first figure starts. */
  first: number | null;
  /** Whether the first figure is the clause's subject ("six civilians were killed"). */
  subjectFirst: boolean;
  /** Spans of time in the clause ("10 days"), as body offsets, for the period. */
  times: { start: number; end: number; text: string }[];
};

/** The casualty figures of a clause of `body`. */
export function casualtiesIn(body: string, clause: Span): Casualties {
  const text = body.slice(clause.start, clause.end);
  const figures: ProposedFigure[] = [];
  const times: Casualties['times'] = [];
  if (!ANY_OUTCOME.test(text) && !MORE_GATES.test(text)) return { figures, first: null, subjectFirst: false, times };
  let first: number | null = null;
  let subjectFirst = false;
  let parts: ProposedFigure | null = null;
  // How many parts of the whole have been listed so far (a serial comma may close a list of two).
  let partsListed = 0;
  let previous: Previous | null = null;
  let unfigured: { end: number; group: string } | null = null;
  const counts = countsIn(text);
  const identifiedAside = new Set<ProposedFigure>();
  // The next count after each one (walked once from the end, so long lists stay linear).
  const nextCount: (Quantity | undefined)[] = [];
  for (let k = counts.length - 1, after: Quantity | undefined; k >= 0; k--) {
    nextCount[k] = after;
    if (counts[k].kind === 'count') after = counts[k];
  }
  for (const [i, counted] of counts.entries()) {
    const q = readAsCounted(text, counted);
    if (q.kind === 'time') times.push({ start: clause.start + q.start, end: clause.start + q.end, text: q.text });
    if (q.kind !== 'count') continue;
    // ("… on the evening of Dec. 19, killing …": a clause that opens after a month's full stop
    // opens on a day of the month.)
    if (q.start === 0 && DAY_AFTER_MONTH.test(body.slice(Math.max(0, clause.start - 8), clause.start))) continue;
    // ("a woman aged 65", "a man of about 70", "victims ranging in age from 19 to 21": ages, no count.)
    if (AGE_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start))) continue;
    // "9 members of one family", "from the same family": which family, not a count of families.
    if (/^famil/i.test(q.noun ?? '') && /\b(?:of|from)\s+$/i.test(text.slice(Math.max(0, q.start - 6), q.start)))
      continue;
    // "one of two men injured in the strike died": the injured are the pool the dead man is
    // taken from, counted once, as killed ("two of the five victims" names a group counted).
    const prior = counts[i - 1];
    if (prior?.kind === 'count' && /^\s+of\s+$/i.test(text.slice(prior.end, q.start)) && diedOfInjured(text, q.end))
      continue;
    const after = wordsIn(text.slice(q.end, q.end + 200));
    // "… and another 2.6 million had been affected": people affected are no count (the conventions).
    if (AFFECTED.test(text.slice(q.end, q.end + 60))) continue;
    // The counted noun phrase ends at a comma or stop: "of the 21 killed, 15 were women" counts no women.
    // ("two UNMISS (UN Mission in South Sudan) national staff": an aside in brackets is no part of it.)
    const phrase = wordsIn(/^[^,.;:–—]*/.exec(text.slice(q.end, q.end + 200).replace(/\([^()]*\)/g, ' '))![0]);
    const lead = wordsIn(text.slice(Math.max(0, q.start - 30), q.start));
    const before = lead.at(-1);
    // "no one was hurt" counts no one; "40 rockets", "300 cattle", "3 km" count no people.
    if (before === 'no' && /^one\b/i.test(q.text)) continue;
    const single = q.noun !== null && q.text.endsWith(q.noun);
    const head = single ? null : headOf(fromNoun(q.noun, phrase), (w) => outcomeOf(w) !== null);
    if (head && NOT_PEOPLE.has(head.head)) continue;
    // "250 civilians, including 49 children and 31 women": the 49 and the 31 are parts of the 250.
    // Only a near figure can be the whole: the words between are read once per number, so an
    // unbounded gap (many numbers that count no one after a figure) would be quadratic.
    const near = (previous && q.start - previous.q.end <= PART_REACH ? previous : null) as Previous | null;
    const gap: string = near ? text.slice(near.q.end, q.start) : '';
    // (Right before the part: "…, including children, were killed, and dozens were injured" counts no part.)
    if (near && PART_GAP.test(gap)) parts = near.figure;
    // "eight officers, including an army colonel, four women and …": a part the rules do not count
    // between; the list goes on with no verb of its own.
    else if (near && partList(gap)) parts = near.figure.partOf ? (parts ?? null) : near.figure;
    // (A verb between ends the list: "three policemen were martyred and 21 … injured" is no part.)
    else if (!(
      near &&
      parts &&
      (LIST_GAP.test(gap) || (partsListed >= 2 && SERIAL_AND.test(gap))) &&
      !LIST_VERB.test(gap)
    ))
      parts = null;
    partsListed = parts ? partsListed + 1 : 0;
    // "42 militants were killed and another 30 were wounded": "another" goes on with the group as "others" does.
    const others =
      q.noun === 'others' ||
      q.noun === 'other' ||
      q.noun === 'more' ||
      (q.noun === null && (before === 'another' || /^(?:another|an?\s+[a-z]+(?:nd|rd|th))$/i.test(q.text))) ||
      // ("nine bodies … and an additional three": "an additional" is "another".)
      (q.noun === null && before === 'additional' && lead.at(-2) === 'an');
    // "killed 19 people …, and another 23 people": the count goes on with the outcome before it.
    // ("… and a third doctor": an ordinal is one more, as "another" is.)
    const more =
      before === 'another' ||
      (before === 'additional' && lead.at(-2) === 'an') ||
      /^an?\s+(?:second|third|fourth|fifth|sixth|seventh)\b/i.test(q.text);
    const another = more && previous !== null ? previous.figure.outcome : null;
    // "11 civilians were killed and five wounded": a bare number goes on counting the group before it.
    // "… and five wounded", "two people in Madira and three in Erbin".
    // "Over 70 villagers were killed, and hundreds were wounded": a bare count after ", and" too.
    const listed: boolean =
      near !== null &&
      (q.noun === null || outcomeOf(q.noun) !== null) &&
      (LIST_GAP.test(gap) || ((q.noun === null || outcomeOf(q.noun) !== null) && AND_GAP.test(gap)));
    // "Five civilians were killed. Six others were wounded.": others go on with the group counted before.
    // ("6 women and 20 others forcibly detained": others in one list with a group, before any verb,
    // are other people, not more of that group.)
    const sameList: boolean =
      others &&
      q.noun === 'others' &&
      near !== null &&
      /^\s*(?:[\p{L}-]+\s+){0,2}and\s+$/u.test(gap) &&
      !wordsIn(gap).some((w) => outcomeOf(w) !== null || VERB_AFTER.has(w)) &&
      // (One outcome told after both: "1,672 martyrs and 3,020 others were injured" goes on with the people.)
      laterOutcome(wordsIn(text.slice(q.end, q.end + 120)).slice(0, WINDOW)) === near.figure.outcome;
    const whole: string | null =
      (sameList ? 'people' : null) ??
      (previous && (previous.figure.partOf ?? previous.figure.victimGroup)) ??
      (others ? groupBefore(body, clause.start) : null);
    // "several other Chadian troops": "other" before a group of its own is that group.
    // "of the 21 killed, 15 were women": the group is what the count "were".
    const wereGroup =
      (after[0] === 'were' || after[0] === 'are') && q.noun === null && VICTIMS.get(after[1] ?? '') === after[1]
        ? after[1]
        : null;
    // ("six more gunmen were wounded": "more" before a group of its own is that group, as "other" is.)
    const otherGroup =
      (q.noun === 'other' || q.noun === 'more') && phrase.length > 1 && !outcomeOf(phrase[1])
        ? victimGroup(phrase[1], phrase.slice(2))
        : null;
    // "… were injured, including 11 seriously": the part is of the whole's group and outcome.
    // ("68 bodies have been recovered, including 12 on Sunday": a bare part, likewise.)
    const severe: ProposedFigure | null =
      parts !== null && (SEVERITY.test(counted.noun ?? '') || (counted.noun === null && /\bincluding\s*$/i.test(gap)))
        ? parts
        : null;
    // "several charred bodies", "12 decomposed bodies": an adjective between the number and the bodies.
    const adjectiveBodies =
      q.noun !== null && !outcomeOf(q.noun) && !VICTIMS.has(q.noun) && /^(?:bodies|corpses)$/.test(phrase[1] ?? '');
    const othersFound =
      others && OTHERS_FOUND.test(text.slice(q.end, q.end + 60)) ? bodiesBefore(body, clause.start + q.start) : null;
    const group0: string | null =
      othersFound ??
      NAMED_GROUPS.get(counted) ??
      severe?.victimGroup ??
      wereGroup ??
      otherGroup ??
      (others || listed
        ? // ("… a local chief and two of his guards": a group of its own after "of".)
          ((listed && q.noun === null ? groupAfterOf(text.slice(q.end, q.end + 80)) : null) ??
          whole ??
          (others ? 'people' : null))
        : q.noun === 'lives'
          ? 'people'
          : ((q.noun === null || outcomeOf(q.noun) !== null ? groupAfterOf(text.slice(q.end, q.end + 80)) : null) ??
            // ("11 corpses of civilians": whose bodies, with no article.)
            (/^(?:bodies|corpses|remains)$/.test(q.noun ?? '') || adjectiveBodies
              ? bodiesOf(text.slice(q.end, q.end + 80))
              : null) ??
            // (A single, "an officer", ends at its noun: the phrase after it is not its own.)
            victimGroup(q.noun, single ? [] : phrase.slice(1), q.max === null || q.max >= 2, single)));
    // "nine soldiers and civilians", "1,300 Israelis and foreign nationals": one group of two nouns.
    // "Two of them died": them are the group named before, in this clause or the sentences before.
    // ("engaged the attackers and managed to neutralise one of them": the people named before in the sentence.)
    const pronounGroup: string | null =
      group0 === null && PRONOUNS.has(q.noun ?? '')
        ? (whole ??
          groupBefore(body, clause.start + q.start) ??
          peopleBefore(sentenceBefore(body, clause.start + q.start)))
        : null;
    const group: string | null =
      pronounGroup ??
      (group0 && (!others || otherGroup) && !listed
        ? (pairedGroup(text.slice(q.end, q.end + 120), group0) ?? group0)
        : group0);
    // "killed 12", and "the deaths of 12 soldiers".
    // "killed a man and a woman": a list after a verb shares it; "among the victims were 4 women".
    // ("we lost two people and three were injured": a count followed by its own verb is no part of the list before.)
    const ownVerb = /^(?:were|was|are|is|have|has|had)$/.test(after[0] ?? '');
    const shared: Outcome | null = ownVerb ? null : sharedOutcome(near, gap);
    const leadText = text.slice(Math.max(0, q.start - 40), q.start);
    const amongWord = (AMONG_DEAD.exec(leadText) ?? DEAD_INCLUDED.exec(leadText))?.[1].toLowerCase();
    const among = amongWord ? (amongWord === 'victims' ? 'killed' : outcomeOf(amongWord)) : null;
    // "claimed the lives of 30 villagers", "cost the lives of 12": deaths.
    const lives =
      before === 'of' && lead.at(-2) === 'lives' && LIVES_VERB.test(lead.slice(-5, -3).join(' ')) ? 'killed' : null;
    // ("3 dead, 2 officers injured": the outcome right after the count before, then a comma, is
    // that count's, not this one's verb; "Of the deaths, 17 were …" keeps it.)
    const joined: boolean = !(near && /^\s*[\p{L}-]+\s*[,;]\s*$/u.test(gap));
    const active: Outcome | null =
      (joined ? outcomeOf(before) : null) ??
      (before === 'of' ? outcomeOf(lead.at(-2)) : null) ??
      // ("the bodies of the 17 personnel", "the killing of the three journalists".)
      (before === 'the' && lead.at(-2) === 'of' ? outcomeOf(lead.at(-3)) : null) ??
      // ("while injuring another two": the verb before "another".)
      (before === 'another' && joined ? outcomeOf(lead.at(-2)) : null) ??
      // ("They took away 27 students": people carried off are held.)
      // (Not "The floods took away 40 people": water carries off, it holds no one.)
      (before === 'away' &&
      /^(?:took|taken|take|takes|taking)$/.test(lead.at(-2) ?? '') &&
      !NATURAL_FORCE.test(lead.at(-3) ?? '')
        ? 'detained'
        : null) ??
      lives ??
      // "We lost more than a dozen soldiers": a group lost is a group killed.
      (before === 'lost' && group !== null && q.noun !== 'lives' ? 'killed' : null) ??
      shared ??
      among;
    // "the toll rose to 45", "the death toll has risen to 21,672 martyrs": a toll counts the dead.
    // "The death toll from the quake that flattened … passed 200": the verb is read into the quantity.
    const tollPassed =
      (TOLL_PASSED.test(q.text) || COULD_TOP.test(text.slice(Math.max(0, q.start - 20), q.start))) &&
      /\btoll\b[^.;]{0,110}$/i.test(text.slice(Math.max(0, q.start - 120), q.start));
    // ("The death toll rose to 9 after the attack", "… has risen to 60 since Friday": the word
    // after the number is no noun of it.)
    const toll =
      (q.noun === null || VICTIMS.has(q.noun) || PHRASE_STOP.has(q.noun)) &&
      (tollPassed || TOLL.test(text.slice(Math.max(0, q.start - TOLL_REACH), q.start)));
    // "Dozens of militants attacked the post, killing four policemen": the militants did the killing.
    // "Three women were freed and 14 men remain missing": an outcome after the next count is
    // that count's when this one has a verb of its own first.
    const next = nextCount[i];
    const between = next ? text.slice(q.end, next.start) : '';
    const upTo = next && OWN_VERB.test(between) && GOES_ON.test(between) ? next.start : q.end + 200;
    const later = agentOf(text.slice(q.end, q.end + 200))
      ? null
      : (laterOutcome(
          wordsIn(text.slice(q.end, upTo)).slice(0, WINDOW),
          wordsIn(text.slice(q.end, upTo)).slice(0, 2 * WINDOW),
        ) ??
        outcomeAfterAside(text, q.end) ??
        farOutcome(text, q) ??
        FATES.get(counted) ??
        null);
    // "those killed also included two people": the outcome told before the number, as a last resort.
    // (Not across a clause's opening word: "were fatally shot when a gunman entered" kills no gunman.)
    const opening = lead.findLastIndex((w) => CLAUSE_OPENING.test(w));
    // ("retrieved the remains of a woman and infant": the remains are of the dead, and the list shares them.)
    const remainsOf = before === 'of' && lead.at(-2) === 'remains';
    const earlier =
      lead
        .slice(Math.max(lead.length - 6, opening + 1))
        .map(outcomeOf)
        .findLast((o) => o !== null) ?? null;
    // "The number of refugees … has passed 2.5 million": the count is of the group named before it.
    const numberOf =
      q.noun === null ? NUMBER_OF.exec(text.slice(Math.max(0, q.start - NUMBER_OF_REACH), q.start)) : null;
    const countedWords = numberOf ? wordsIn(numberOf[1]) : [];
    const countedGroup = countedWords.map((w) => VICTIMS.get(w)).find(Boolean);
    // (The number of refugees is a count of people displaced; "62 refugees were killed" is not.)
    const countedOutcome = countedWords
      .map((w) => (w === 'refugees' ? 'displaced' : outcomeOf(w)))
      .find((o) => o !== null);
    // ("The number of dead rises to 120": the dead are people.)
    // ("the killing of five homeless people", "shot dead four displaced villagers": an outcome word
    // before the group's noun describes the victims; the verb of the clause tells what befell them.)
    const attributive =
      active !== null &&
      active !== outcomeOf(q.noun ?? undefined) &&
      phrase.length > 1 &&
      !!(VICTIMS.get(phrase[1]) ?? personPlural(phrase[1]));
    // ("one of the injured men died in the ambulance": one of the wounded who died is one killed.)
    const diedOfThem =
      outcomeOf(q.noun ?? undefined) === 'injured' &&
      /^\s+of\s+(?:the|those)\s/i.test(text.slice(q.end, q.end + 12)) &&
      wordsIn(text.slice(q.end, upTo))
        .slice(0, WINDOW)
        .some((w) => DIED.test(w));
    // ("Thirty dead or injured": either, so no figure, as "killed or injured" is none.)
    const either = outcomeOf(q.noun ?? undefined) !== null && after[1] === 'or' && outcomeOf(after[2]) !== null;
    const deadNoun =
      (diedOfThem ? 'killed' : attributive || either ? null : outcomeOf(q.noun ?? undefined)) ??
      (adjectiveBodies || othersFound ? 'killed' : null) ??
      countedOutcome ??
      null;
    // "dozens were injured": no noun, but the outcome follows at once, so it counts people.
    // ("the two were shot and killed", "two were listed in critical condition": a count with a verb of
    // its own and an outcome further on, told of people named before.)
    const subject = q.noun === null && !listed && OWN_VERB.test(after[0] ?? '') && later !== null;
    const bare = ((q.noun === null || others) && after.slice(0, 3).some((w) => outcomeOf(w) !== null)) || subject;
    // "202 people were confirmed dead, up from 180": the earlier count repeats the figure before it.
    const earlierCount =
      near && !near.figure.partOf && EARLIER_COUNT.test(text.slice(near.q.end, q.start).replace(/^[^,]*/, ''))
        ? near.figure
        : null;
    // ("up from nine earlier in the day": a word after the earlier count that names no group.)
    if (earlierCount && (q.noun === null || victimGroup(q.noun, []) === null)) {
      const figure: ProposedFigure = { ...earlierCount, min: q.min, max: q.max, qualifier: q.qualifier };
      figures.push(figure);
      continue;
    }
    const livesLost = q.noun === 'lives' && LIVES_AFTER.test(before ?? '') ? 'killed' : null;
    // "Five victims of the blast identified": dead victims identified are a count of the killed.
    // ("The victims, eight men and one woman, were identified as …": the counts of an aside after
    // "the victims" are the dead identified.)
    const victimsAside =
      /\b(?:the\s+)?(?:victims|dead|deceased),\s*$/i.test(text.slice(Math.max(0, q.start - 20), q.start)) ||
      (near !== null && identifiedAside.has(near.figure) && LIST_GAP.test(gap));
    const identified =
      (/^(?:victims|bodies|dead|remains)$/.test(q.noun ?? '') || victimsAside) &&
      after.slice(0, victimsAside ? WINDOW : 6).includes('identified')
        ? 'killed'
        : null;
    const outcome =
      severe?.outcome ??
      livesLost ??
      identified ??
      deadNoun ??
      (toll ? 'killed' : null) ??
      (listed && near && q.noun === null && !later && !active ? near.figure.outcome : null) ??
      (group || active || bare
        ? (active ??
          (parts ? parts.outcome : later) ??
          // ("… and 250 hostages were taken": people held are detained, when no verb says otherwise.)
          (/^(?:hostages|captives)$/.test(q.noun ?? '') ? 'detained' : null) ??
          another ??
          (remainsOf ? 'killed' : null) ??
          earlier ??
          null)
        : null);
    if (!outcome) {
      // ("23 miners were trapped and 4 had died": a count with no outcome still names the group.)
      if (group) unfigured = { end: q.end, group };
      continue;
    }
    const goesOn =
      q.noun === null && !listed && unfigured && q.start - unfigured.end <= PART_REACH
        ? AND_GAP.test(text.slice(unfigured.end, q.start))
        : false;
    const figure: ProposedFigure = {
      outcome,
      victimGroup:
        ((group === null || GENERIC.has(group)) && !others && !listed
          ? predicateGroup(text.slice(q.end, upTo))
          : null) ??
        group ??
        countedGroup ??
        (goesOn ? unfigured!.group : null) ??
        (subject && group === null ? groupBefore(body, clause.start + q.start) : null) ??
        ((q.noun === null || outcomeOf(q.noun) !== null) && !others && !listed && previous === null
          ? targetGroup(sentenceBefore(body, clause.start + q.start))
          : null) ??
        'people',
      min: q.min,
      max: q.max,
      qualifier: q.qualifier,
    };
    if (parts) figure.partOf = parts.partOf ?? parts.victimGroup;
    if (first === null) {
      first = clause.start + q.start;
      // "wounded several people", "the death toll rose to 45": the clause opens before the figure;
      // "six civilians were killed": at it.
      subjectFirst = active === null && !deadNoun && !toll && !livesLost;
    }
    figures.push(figure);
    if (victimsAside) identifiedAside.add(figure);
    // "The toll climbed from 558 to 569": the earlier toll is a figure of its own.
    if (q !== counted && q.qualifier === 'exact' && counted.qualifier === 'between' && counted.max !== null) {
      const from = counted.max === q.min ? counted.min : counted.max;
      figures.push({ ...figure, min: from, max: from });
    }
    previous = { figure, q, active: active !== null || remainsOf };
  }
  // "So far, 23 dead and 28 wounded. All civilians.": a fragment after the counts names them all.
  const from = previous ? clause.start + previous.q.end : clause.end;
  const all = ALL_OF_THEM.exec(body.slice(from, Math.max(from, clause.end) + 60));
  const allGroup = all ? (VICTIMS.get(all[1].toLowerCase()) ?? personPlural(all[1].toLowerCase())) : null;
  if (allGroup && !GENERIC.has(allGroup))
    for (const f of figures) if (f.victimGroup === 'people' && !f.partOf) f.victimGroup = allGroup;
  return { figures, first, subjectFirst, times };
}
