import { LETTER, UPPER } from './chars';
import { looksLikeSource } from './names';
import { HEADS, NAME } from './roles';
import type { Quote } from './quotes';
import { trimSpan, wordCount } from './sentences';
import type { Span } from './types';

// Finds the words that name a speaker: the subject before "said" (past auxiliaries,
// adverbs and an appositive: "Anna Berg, the harbour master, has called"), or the
// speaker next to a quotation (“…,” Berg told reporters / he said / said Berg / Berg said: “…”).

// Words between a subject and its verb: auxiliaries, adverbs, a day, "went on to (say)", and a
// word quoted for emphasis ('the ministry "strongly" condemned'), masked to x's.
const AUXILIARY =
  /\s(?:has|have|had|also|previously|later|earlier|again|then|reportedly|separately|meanwhile|further|once|repeatedly|would|will|did|does|do|has\s+also|had\s+also|(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|on\s+(?:Telegram|Twitter|X|Facebook|social\s+media)|in\s+(?:a|an|its|their)\s+(?:[a-z]+\s+)?(?:statement|report|post)|went\s+on\s+to|so\s+far|still|already|yet|just|all|both|jointly|[a-z]{3,}ly|(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|[“"]x{1,30}[”"])\s*$/i;
// Words that open a new clause: the subject of "said" starts after the last of them.
// A short aside in brackets ("(TPLF)", "(OHCHR)") is part of the name, not a clause break.
const CLAUSE_OPENER =
  /(?:^|[\s,])(?:as|while|when|after|because|since|though|although|whereas|but|if|so|before|until|where|which|who|that)\s|[”";:[\]]|\((?![^()]{0,40}\))|(?<!\([^()]{0,40})\)/gi;
const WINDOW = 200;
// A speaker after a quotation is a few words, or one run of capitalised words and connectors: a
// title, a body and a name ("the UN High Commissioner for Human Rights Volker Türk").
const TITLED_RUN = new RegExp(
  `^(?:the\\s+)?[${UPPER}][${LETTER}'’.-]*(?:\\s+(?:of|for|the|and|[${UPPER}][${LETTER}'’.-]*))*$`,
);
// ("Kabirdham superintendent of police (SP) Mohit Garg": a title in lower case, ending in the holder's name.)
const HOLDER_LAST = new RegExp(`\\s${NAME}$`);
const speakerLength = (words: string) =>
  wordCount(words) <= (TITLED_RUN.test(words) || HOLDER_LAST.test(words) ? 12 : 6);
const MAX_WORDS = 10;
// Before an appositive, more words than this that do not read as a name are a clause.
const APPOSITIVE_HEAD = 6;
// "the Emergency Medicine and Support Center of the Health Ministry of the Libyan Government …"
const LONG_NAME = 18;
// ("… Government of National Accord (GNA)": its short form in brackets too.)
const LONG_NAME_TEXT = new RegExp(
  `^(?:the\\s+)?[${UPPER}][${LETTER}'’-]*(?:\\s+(?:of|for|the|and|on|in|at|[${UPPER}][${LETTER}'’()-]*|\\([${UPPER}]{2,10}\\)))*$`,
);
// "UNICEF is alarmed by reports that …": a subject ends in a noun, never a preposition.
// ("Despite countless calls for …": a preposition opens a phrase, never a subject.)
const NOT_A_SUBJECT =
  /^(?:in|on|at|to|for|with|by|from|of|into|despite|amid|during|following|without|against|throughout|among)\b|\b(?:is|are|was|were|be|been|being|in|on|at|to|for|with|by|from|of|into|about|over)$/i;

/** The subject that ends before the verb at `verb`, no earlier than `from`; null if none. */
export function subjectBefore(masked: string, from: number, verb: number): Span | null {
  // A subject is a few words: looking further back would only make long sentences slow.
  from = Math.max(from, verb - WINDOW);
  let end = verb;
  for (let m = AUXILIARY.exec(masked.slice(from, end)); m; m = AUXILIARY.exec(masked.slice(from, end))) {
    // ("The survivors in Sicily told", "officials in Italy said": a capitalised "-ly" word is a name, no adverb.)
    if (/^\s[A-Z][a-z]*ly\s*$/.test(m[0])) break;
    end = from + m.index;
  }
  let start = from;
  const region = masked.slice(from, end).trimEnd();
  if (region.endsWith(',')) {
    // "X, <appositive>, said": the subject is before the appositive, unless what is before it
    // is a clause ("C, governor Oleh Lis, said"): then the appositive names the speaker.
    const previous = region.lastIndexOf(',', region.length - 2);
    const head = region.slice(region.lastIndexOf(',', previous - 1) + 1, previous);
    // "Mohammed Saleh, 34, a shopkeeper, said": an age between commas; the name is before it.
    const before = region.lastIndexOf(',', previous - 1);
    if (previous !== -1 && before !== -1 && /^\s*\d{1,3}\s*$/.test(head))
      return checked(masked, from + region.lastIndexOf(',', before - 1) + 1, from + before);
    // ("The official of the Volunteers for the Defense of the Fatherland (VDP), a civilian auxiliary …,
    // confirmed": a role held in a named body is a name too.)
    // "The Post-Courier newspaper, based in the nation's capital, Port Moresby, reported": where the
    // subject is based, and the place named after it, are asides; the subject is before them.
    if (previous !== -1 && before !== -1 && /^\s*(?:based|located|headquartered|stationed)\s/.test(head))
      return checked(masked, from + region.lastIndexOf(',', before - 1) + 1, from + before);
    // "Doctors Without Borders also known as MSF, which runs South Hospital, said": a relative clause
    // between commas describes the subject before it.
    if (previous !== -1 && /^\s*(?:which|who)\s/.test(region.slice(previous + 1)))
      return checked(masked, from + region.lastIndexOf(',', previous - 1) + 1, from + previous);
    const named = LONG_NAME_TEXT.test(head.trim()) || TITLE_OF_BODY.test(head.trim());
    if (previous !== -1 && wordCount(head, APPOSITIVE_HEAD) > APPOSITIVE_HEAD && !named) {
      start = from + previous + 1;
      end = from + region.length - 1;
      return checked(masked, start, end);
    }
    end = from + (previous === -1 ? region.length - 1 : previous);
    if (previous !== -1) start = from + region.lastIndexOf(',', previous - 1) + 1;
    // "The head of the agency, Maria Lopez, warned": the title's holder, named in the appositive.
    const appositive = region.slice(previous + 1, region.length - 1);
    // ("…, Brig. Gen. Nabil Abdallah,": ranks written short go before the name.)
    const holder = appositive.trim().replace(RANKS, '');
    if (previous !== -1 && (TITLED_HEAD.test(head) || DESCRIBED_HEAD.test(head)) && PERSON.test(holder)) {
      const at = from + previous + 1;
      return checked(masked, at, at + appositive.length);
    }
  } else {
    const comma = region.lastIndexOf(',');
    if (comma !== -1) start = from + comma + 1;
    // "A security official, pleading anonymity said": an aside left unclosed; the speaker is before it.
    if (comma !== -1 && PARTICIPLE_ASIDE.test(region.slice(comma + 1))) {
      const before = region.lastIndexOf(',', comma - 1);
      return checked(masked, from + before + 1, from + comma);
    }
    // "Muhammad Ismail, a broker in the market estimated that": an appositive left unclosed; the
    // name before it is the subject.
    // ("On Friday, the government announced": a time, not a name, before the comma.)
    let opened = comma === -1 ? null : UNCLOSED_APPOSITIVE.exec(region.slice(0, comma));
    // "C, Bernardino Rafael, commander-general of Mozambique's police announced": after a clause, a
    // name and a role in lower case with the closing comma left out.
    // "Sewunet Wubalem, administrator for the Dabat woreda, or district, in the Amhara region told": a
    // name opening the sentence, then a role in lower case that runs on to the verb.
    const lead = comma === -1 || opened ? null : OPENING_NAME.exec(region);
    const role = lead ? region.slice(lead[0].length) : '';
    if (lead && LOWER_ROLE.test(` ${role}`) && !HAS_VERB.test(role) && wordCount(role) <= 14)
      return checked(masked, from + lead[0].indexOf(lead[1]), from + lead[0].indexOf(lead[1]) + lead[1].length);
    const after = comma === -1 || opened ? null : NAME_AFTER_CLAUSE.exec(region.slice(0, comma));
    if (after && LOWER_ROLE.test(region.slice(comma + 1)) && wordCount(region.slice(comma + 1)) <= 8) {
      const at = from + after.index + after[0].length - after[1].length;
      return checked(masked, at, at + after[1].length);
    }
    if (opened && WHEN_WORDS.test(opened[1])) opened = null;
    // (A role in lower case after it: "Early Thursday, the Russian Defense Ministry said" is a time and a name.)
    if (opened && /^\s+(?:a|an|the)\s+[a-z]/.test(region.slice(comma + 1)) && wordCount(region.slice(comma + 1)) <= 8) {
      const at = from + opened.index + opened[0].length - opened[1].length;
      return checked(masked, at, at + opened[1].length);
    }
  }
  const base = start;
  // "A doctor at the hospital who spoke on condition of anonymity said": the relative clause
  // describes the speaker named before it.
  let head: Span | null = null;
  for (const m of masked.slice(base, end).matchAll(CLAUSE_OPENER)) {
    // "WHO" in capitals is the World Health Organization, not the relative pronoun.
    if (/(?:^|[\s,])WHO\s$/.test(m[0])) continue;
    head = /^\s(?:who|where)\s$/.test(m[0]) ? { start, end: base + m.index } : null;
    start = base + m.index + m[0].length;
  }
  const described = head && checked(masked, head.start, head.end);
  if (described && looksLikeSource(masked.slice(described.start, described.end))) return described;
  return checked(masked, start, end);
}

const PARTICIPLE_ASIDE =
  /^\s*(?:pleading|requesting|speaking|asking|declining|citing|insisting)\s+(?:on\s+)?(?:anonymity|condition|not\b)/;

const WHEN_WORDS =
  /^(?:On|In|At|By|Early|Late|Last|Since|Until|From|During|Before|After)\s|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const OPENING_NAME = new RegExp(`^\\s*(${NAME}),\\s+`);
const HAS_VERB = /\b(?:is|are|was|were|has|have|had|said|says|told|who|which|that|and\s+[a-z]+ed)\b/;
const NAME_AFTER_CLAUSE = new RegExp(`,\\s+(${NAME})\\s*$`);
const LOWER_ROLE = new RegExp(`^\\s+(?:(?:a|an|the)\\s+)?(?=[a-z])[^,]*?\\b(?:${HEADS.split(' ').join('|')})\\b`);
const UNCLOSED_APPOSITIVE = new RegExp(`(?:^|[.;:]\\s+|^\\s*)(${NAME})\\s*$`);

// A role before its holder's name: "the head of the agency", "the region's governor", "a UN spokesman".
const TITLED_HEAD = new RegExp(`^\\s*(?:[Tt]he|[Aa]n?)\\s(?:[^,]*\\s)?(?:${HEADS.split(' ').join('|')})\\b[^,]*$`);
const PERSON = new RegExp(`^${NAME}$`);
// "Another survivor of the attack, Lawal Usman, said": one more of people described, then named (not
// "The rights group, Amnesty International", a body).
const DESCRIBED_HEAD = /^\s*(?:[Aa]nother|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}[a-z]+(?:\s+(?:of|from|in|at)\s+[^,]*)?$/;
const RANKS = /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Maj|Gen|Brig|Col|Lt|Capt|Sgt|Cpl|Adm|Cmdr|Gov|Sen|Amb)\.?\s+)+/;

const SENTENCE_ADVERB =
  /^\s*(?:(?:However|Meanwhile|Moreover|Furthermore|Separately|Still|Also|Later|Earlier|Instead|Nevertheless|Yet|Then)\b,?|(?:(?:Early|Late)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today)(?:\s+(?:morning|afternoon|evening|night))?,?)\s+(?=\S)/;

// "The president of the International Committee of the Red Cross (ICRC)": a role held in a named body.
const TITLE_OF_BODY = new RegExp(
  `^(?:[Tt]he\\s+)?(?:[a-z-]+\\s+){0,2}(?:${HEADS.split(' ').join('|')})\\s+(?:of|for|at)\\s+(?:the\\s+)?[${UPPER}][${LETTER}'’()-]*(?:\\s+(?:of|for|the|and|on|in|at|[${UPPER}][${LETTER}'’()-]*|\\([${UPPER}]{2,10}\\)))*$`,
);

// "…, and a hospital official said": the conjunction joins clauses, it is no part of the name.
const CONJUNCTION = /^(?:and|but|or|nor|yet)\s+/i;

const IN_DOCUMENT =
  /\s(?:in|on)\s+(?:a|an|its|their|his|her)\s+(?:[a-z]+\s+)?(?:statement|interview|report|post|briefing|video|message|tweet|press\s+conference)\b/i;

const SAID_FIRST = /^\s*(?:said|says|added|told)\s+(?=(?:an?|the|one)\s)/;

function checked(masked: string, start: number, end: number): Span | null {
  const conjunction = CONJUNCTION.exec(masked.slice(start, Math.min(end, start + 8)).trimStart());
  if (conjunction) start = masked.indexOf(conjunction[0], start) + conjunction[0].length;
  // "“…,” said an official who asked not to be named": the verb before an inverted speaker is no part of them.
  const said = SAID_FIRST.exec(masked.slice(start, Math.min(end, start + 12)));
  if (said && start + said[0].length < end) start += said[0].length;
  // "However the BIFF said", "Early Thursday the ministry said": a sentence adverb or a time is no part of the subject.
  const opener = SENTENCE_ADVERB.exec(masked.slice(start, Math.min(end, start + 40)));
  if (opener && start + opener[0].length < end) start += opener[0].length;
  // "The commissioner in a statement on Thursday in Minna said": where and when it was said ends the subject.
  const document = IN_DOCUMENT.exec(masked.slice(start, end));
  if (document && document.index > 0) end = start + document.index;
  const span = trimSpan(masked, start, end, true);
  const text = masked.slice(span.start, span.end);
  // A subject is a few words, more only for a name ("the UN Office for the Coordination of …").
  const words = wordCount(text, LONG_NAME);
  // ("the country's Flood Forecasting and Warning Centre chief Arifuzzaman Bhuiyan": a title ending in its holder's name.)
  const limit =
    LONG_NAME_TEXT.test(text) || TITLE_OF_BODY.test(text) ? LONG_NAME : HOLDER_LAST.test(text) ? 12 : MAX_WORDS;
  if (words === 0 || words > limit || NOT_A_SUBJECT.test(text) || /x{3}/.test(text)) return null;
  // "…, downplaying initial reports that", "…, targeting civilians accused of": a participle opens a
  // clause, not a name.
  // ("Visiting doctors said", "fleeing residents said": a participle before people is an adjective.)
  if (/^[a-z]{2,}ing\b/.test(text) && !(/\s/.test(text) && looksLikeSource(text.replace(/^\S+\s+/, '')))) return null;
  return span;
}

// ("…," read the statement: a document's words are read.)
const QUOTE_VERBS =
  'said|says|added|adds|asked|continued|explained|wrote|insisted|warned|declared|stated|argued|noted|stressed|read';
// "told" takes a listener ("told reporters", "told the BBC"); the other verbs take none, so
// the name after "said" in “…,” said Maria Lopez is the speaker.
const VERB = String.raw`(?:(${QUOTE_VERBS})|(told|tells)(\s+(?:reporters|journalists|the\s+press|[${UPPER}][${LETTER}’'-]*(?:\s+[${UPPER}][${LETTER}’'-]*){0,3}))?)\b`;
const AFTER = new RegExp(String.raw`^[\s,]*([^,.;:!?“”"]{0,100}?)\s*\b${VERB}`, 'd');
// “…,” said Maria Lopez / said the engineer / said one of the aid workers.
// A short title's full stop ("Maj. Gen. Chris Olu", "Dr. Ana Ruiz", "U.N.") is inside the name.
const TITLE_STOP = String.raw`(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|Maj|Gen|Brig|Col|Lt|Capt|Sgt|Cpl|Adm|Cmdr|Supt|Insp|Gov|Sen|Rep|Amb|Pres|Hon|Rev|[${UPPER}]))\.`;
const INVERTED = new RegExp(
  String.raw`^\s+((?:[${UPPER}]|de\s|al\s|(?:one\s+of|the|a|an)\s|(?:[a-z-]+\s+){1,2}(?=[${UPPER}]))(?:[^,.;:!?“”"]|${TITLE_STOP}){0,90})`,
  'd',
);
const LISTENER_FIRST = new RegExp(
  String.raw`^\s+to\s+(?:the\s+)?[${UPPER}][${LETTER}.’'-]*(?:\s+[${UPPER}][${LETTER}.’'-]*){0,3}(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+night))?(?=\s+[${UPPER}])`,
);
const NAMED_AFTER = new RegExp(String.raw`^[\s,]*(${NAME}),\s+[^,.;:!?“”"]{1,100}?,\s*\b${VERB}`, 'd');
const VERBLESS_AFTER = new RegExp(
  String.raw`^[\s,]*(${NAME}),\s+(?:a|an|the)\s+(?=[^,.;:!?“”"]{0,100}?\b(?:${HEADS.split(' ').join('|')}|spokesperson|doctor|witness|resident|survivor|activist|journalist|reporter|officers?|policem[ae]n)\b)[^,.;:!?“”"]{1,100}?[.]?\s*$`,
  'd',
);
const BEFORE = new RegExp(String.raw`\b${VERB}(?:\s+on\s+[${UPPER}][${LETTER}]+)?\s*[:,]?\s*$`);
// "X told state radio CRTV: “…”", "X told the news agency on Monday: “…”": before a colon,
// "told" takes any listener of a few words.
const TOLD_BEFORE_COLON = /\b(told|tells)\s+(?:[^\s:;“”"]+\s+){0,5}?[^\s:;“”"]+\s*:\s*$/;

const RELATIVE = /\s(?:who|whom|whose)\s/;
const WHEN_AFTER =
  /\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+night|tonight)(?:\s+(?:morning|afternoon|evening|night))?\s*$/;

export type QuoteSpeaker = { subject: Span; attribution: string };

/** The speaker of a quotation, named after it or before it in its sentence. */
export function quoteSpeaker(masked: string, quote: Quote, sentence: Span): QuoteSpeaker | null {
  if (quote.close !== null) {
    const from = quote.close + 1;
    const after = AFTER.exec(masked.slice(from, Math.min(sentence.end, from + WINDOW)));
    if (after?.indices) {
      const verb = verbPhrase(after[2] ?? after[3], after[4]);
      const [s, e] = after.indices[1];
      if (s !== e) {
        const subject = checked(masked, from + s, from + e);
        if (subject && speakerLength(masked.slice(subject.start, subject.end))) return { subject, attribution: verb };
      } else {
        // ("…,” declared to AFP in the evening Innocent Matukadala: whom and when he told come first.)
        const listener = after[2] ? LISTENER_FIRST.exec(masked.slice(from + after[0].length, sentence.end)) : null;
        const at = from + after[0].length + (listener?.[0].length ?? 0);
        const named = INVERTED.exec(masked.slice(at, Math.min(sentence.end, at + WINDOW)));
        // "… said an official who asked not to be identified": the relative clause describes the speaker.
        const relative = named ? RELATIVE.exec(named[1]) : null;
        // "… said Maria Lopez on Saturday night": when she spoke is no part of her name.
        const when = named && !relative && WHEN_AFTER.exec(named[1]);
        const subject =
          named?.indices &&
          checked(
            masked,
            at + named.indices[1][0],
            relative
              ? at + named.indices[1][0] + relative.index
              : at + named.indices[1][1] - (when ? when[0].length : 0),
          );
        if (subject) return { subject, attribution: verb };
      }
    }
  }
  if (quote.close !== null) {
    // “…,” Edi Rahmatullah, military commander of the district, said. / “…,” Nasir Durrani, a regional
    // police officer. (no verb): a name and its appositive after the quotation are its speaker.
    const from = quote.close + 1;
    const rest = masked.slice(from, Math.min(sentence.end, from + WINDOW));
    const named = NAMED_AFTER.exec(rest) ?? VERBLESS_AFTER.exec(rest);
    const subject = named?.indices && checked(masked, from + named.indices[1][0], from + named.indices[1][1]);
    if (named && subject)
      // (No verb at all: the quotation is what the person said.)
      return { subject, attribution: named[2] || named[3] ? verbPhrase(named[2] ?? named[3], named[4]) : 'said' };
  }
  const lead = Math.max(sentence.start, quote.open - WINDOW);
  const ahead = masked.slice(lead, quote.open);
  const before = BEFORE.exec(ahead);
  if (before) {
    const subject = subjectBefore(masked, sentence.start, lead + before.index);
    return subject && { subject, attribution: verbPhrase(before[1] ?? before[2], before[3]) };
  }
  const told = TOLD_BEFORE_COLON.exec(ahead);
  const subject = told && subjectBefore(masked, sentence.start, lead + told.index);
  return subject ? { subject, attribution: told![1]!.toLowerCase() } : null;
}

/** "told reporters" keeps its object; "told Berg" is a listener, so only "told" stays. */
export function verbPhrase(verb: string, object: string | undefined): string {
  const listener = object?.trim().replace(/\s+/g, ' ') ?? '';
  return /^(?:reporters|journalists|the press)$/.test(listener)
    ? `${verb.toLowerCase()} ${listener}`
    : verb.toLowerCase();
}
