import { LETTER, UPPER, isUpper, isWordChar } from './chars';
import { LOOKAHEAD, ahead, clausesFrom, commaBefore, frame, trailing, type Frame } from './clauses';
import { looksLikeSource } from './names';
import { isAbbreviationStop, trimSpan } from './sentences';
import { HEADS, NAME } from './roles';
import { subjectBefore, verbPhrase } from './speaker';
import type { Span } from './types';

// Reported speech and attribution in the reporter's own sentence: "X said (on Sunday)
// (that) C", "X told reporters that C", "C, according to X", "According to X, C", and
// acts of speech that are claims in themselves ("X has called on Y to ..."). Each frame
// names the speaker's words and the clauses claimed, on the masked body (quotes.ts).

const PLAIN = 'said|says|say|told|tells|added|adds';
// Footage and images are sources too ("videos posted online showed …"), but only they "show".
const SHOWING = 'showed|shows|show';
const EVIDENCE =
  /\b(?:videos?|footage|images?|photos?|photographs?|pictures?|imagery|recordings?|findings|data|figures|statistics|study|survey)\b/i;
// These verbs also have other senses ("reported attacks"), so they count only before "that".
const WITH_THAT =
  // ("Local officials allege that C", "Aid agencies estimate that C": a plural subject's present tense.)
  'allege|estimate|insist|fear|' +
  'stated|states|claimed|claims|reported|reports|announced|announces|confirms|notes|estimates|stresses|insists|argues|alleges|maintains|indicated|indicates|indicate|suggested|suggests|revealed|reiterated|emphasised|emphasized|asserted|declared|affirmed|disclosed|cautioned|predicted|conceded|warned|warns|insisted|explained|confirmed|denied|denies|noted|argued|estimated|alleged|acknowledged|admitted|stressed|wrote|tweeted|believes|maintained|posted|recorded|documented|detailed|described|outlined|registered|verified|feared|fears|highlighted|underlined|pointed\\s+out|drew\\s+attention\\s+to\\s+the\\s+fact|' +
  // "The ministry is insisting that …", "the authorities are now reporting 2,205 killed".
  '(?:is|are|was|were)\\s+(?:(?:now|still|also)\\s+)?(?:insisting|saying|claiming|reporting|warning|estimating|alleging|confirming)';
// Acts of speech: the claim runs from the verb ("deplored the attack", "expressed alarm at …").
const ACT = [
  'call(?:ed|s)\\s+(?:on|for)',
  'appeal(?:ed|s)\\s+(?:to|for)',
  'urge[sd]|advise[sd]|demand(?:ed|s)|blame[sd]|accuse[sd]|condemn(?:ed|s)|denounce[sd]|deplore[sd]|decr(?:ied|ies)',
  'vow(?:ed|s)|pledge[sd]|promise[sd]|threaten(?:ed|s)',
  // "Guterres issued a strong condemnation of the strikes": a stance issued is one taken.
  'issue[sd]\\s+(?:an?\\s+)?(?:[a-z]+\\s+){0,4}?(?:condemnation|rebuke|denial|appeal)',
  // "The survey put the magnitude at 5.8", "officials put the death toll at 45".
  'put(?:s)?\\s+the\\s+(?:(?:death|overall|final|official)\\s+)?(?:toll|number|figure|magnitude|count|total)\\s+(?:at|to|near)',
  // "Security agencies blame the TTP": a plural subject's present tense.
  '(?<=\\b(?:officials|authorities|agencies|residents|witnesses|activists|police|forces|groups|sources|rebels|militants|they)\\s)(?:blame|accuse|condemn|deny|urge)(?=\\s+(?:the|a|an|[A-Z]))',
  // A claim of responsibility is the claiming group's: "IS claimed responsibility for the attack".
  'claim(?:ed|s)\\s+(?:responsibility|credit)|claim(?:ed|s)\\s+the\\s+(?:attack|bombing|blast|killing|strike|assault)',
  'warn(?:ed|s)\\s+(?:of|against|about)',
  // ('expressed on Friday "deep concern" over the attack': a time first, the stance in quotation marks.)
  '(?:express|voic)(?:ed|es)\\s+(?:(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+)?[“"][^“”"]{2,40}[”"]\\s+(?:over|at|about|regarding|after)',
  '(?:express|voic)(?:ed|es)\\s+(?:(?:its|their|his|her|our)\\s+)?(?:(?:deep|grave|serious|great|profound|growing|strong)\\s+)?(?:alarm|concerns?|regrets?|outrage|shock|dismay|sorrow|grief|sadness|anguish|horror|condolences|sympathy|solidarity|fears?|disappointment|indignation|anger|support|hope|frustration|gratitude)',
  // Stance taken on something: "the ministry lamented the loss of life", "welcomed the ceasefire".
  'reiterate[sd]\\s+(?:its|their|his|her|our)|dismiss(?:ed|es)\\s+(?:the|these|those|such|their|its|all)\\s+(?:[a-z]+\\s+)?(?:claims?|reports?|allegations?|accusations?|charges?)|request(?:ed|s)|ask(?:ed|s)\\s+(?:the\\s+)?(?!not\\b)[\\w-]+\\s+to|regrett(?:ed)|regrets|lament(?:ed|s)|welcome[sd]|critici[sz]e[sd]|praise[sd]|hail(?:ed|s)|reject(?:ed|s)|rebuffed',
].join('|');
// These report a fact when no "that" follows ("the ministry confirmed 12 deaths").
// An observer mission "recorded 120 explosions", a monitor "documented 40 deaths": the same.
const REPORTING =
  /^(?:confirmed|reported|announced|denied|warned|estimated|acknowledged|admitted|recorded|documented|detailed|described|outlined|registered|verified|(?:is|are|was|were)\s+(?:(?:now|still|also)\s+)?(?:reporting|confirming|estimating))$/i;
// ("The UN estimates nearly 1 million people were …": a count is a word of it.)
// "X insisted the talks would continue": a clause with a finite verb of its own, "that" left out.
const CLAUSE_AHEAD =
  /^\s*(?:(?:the|a|an|his|her|its|their|our|this|these|those|some|many|all|no)\s+)?(?:[\p{L}’'-]+|\d[\d,.]*)(?:\s+(?:[\p{L}’'-]+|\d[\d,.]*)){0,4}?\s+(?:would|will|was|were|had|has|have|is|are|could|should|must|might|may|can|did|does|do)\b/u;
// ", at least 10 civilians were killed": a comma, then a clause with a finite verb of its own.
const COMMA_CLAUSE = /^\s*,(?=\s+(?:[\p{L}\d’'-]+\s+){1,8}?(?:were|was|had|have|has|is|are|would|will)\b)/u;
const INVERTS = /^(?:said|says|added|adds|wrote|continued|stated|warned|explained|noted|stressed|insisted)$/i;
const PLAIN_VERB = new RegExp(`^(?:${PLAIN})$`, 'i');
// Acts come first, so "warned of" is an act and "warned that" reported speech.
const MARKER = new RegExp(
  `(?<![-‐])\\b(?:((?:(?:has|have|had)\\s+)?(?:${ACT}))|(${PLAIN}|${WITH_THAT}|${SHOWING})|(according\\s+to)|((?:quoted|cited)\\s+[^,.;:]{2,80}?\\s+as\\s+saying(?:\\s+that)?)|((?:was|were|(?:has|have|had)\\s+been)\\s+(?:confirmed|reported|announced|documented|verified)\\s+by)|(,\\s+(?:saying(?:\\s+that)?|(?:adding|stressing|noting|insisting|arguing|explaining|emphasi[sz]ing|asserting)\\s+that))|((?:indicating|showing|suggesting|finding)(?:\\s+that)?)|(,\\s+with\\s+[^,.;:]{2,60}?\\s+(?:saying|citing|reporting|putting)(?:\\s+that)?)|((?:reports?|claims?|statements?|announcements?|assessments?|warnings?)\\s+(?:by|from)\\s+[^,.;:]{2,80}?\\s+that))\\b`,
  'gi',
);
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const ADVERBIAL = new RegExp(
  String.raw`^\s*,?\s*(?:(?:late|early|earlier)\s+)?(?:(?:on\s+)?${DAY}(?:\s+(?:morning|afternoon|evening|night))?|on\s+[${UPPER}][${LETTER}]+\s+\d{1,2}|on\s+\d{1,2}\s+[${UPPER}][${LETTER}]+|yesterday|today|tonight|earlier|later|also|again|previously|separately|last\s+(?:week|month|year|night)|in\s+(?:a|an|the|his|her|their|its)\s+(?:[${LETTER}-]+\s+)?(?:statement|interview|briefing|conference|speech|post|tweet|report|message|letter|address|video)(?:\s+(?:released|issued|published|posted)(?:\s+(?:on\s+)?${DAY})?)?|at\s+(?:a|an|the)\s+(?:news|press)\s+(?:conference|briefing)|in\s+[${UPPER}][${LETTER}]+(?:\s+[${UPPER}][${LETTER}]+){0,2}|by\s+(?:tele)?phone|on\s+(?:the\s+)?(?:Telegram|Twitter|X|Facebook|Instagram|YouTube|WhatsApp|social\s+media|state\s+(?:television|TV|radio|media))(?:\s+(?:messaging\s+)?(?:app|channel|account|page|platform))?)(?=[\s,.;:]|$)`,
);
const TOLD = new RegExp(
  // ("told investigators that", "told the court that": any listener of a word or two before "that".)
  String.raw`^\s+((?:(?:the|a|an)\s+)?[a-z]+(?:\s+[a-z]+)?(?=\s+that\b)|reporters|journalists|(?:a|the)\s+(?:news\s+|press\s+)?(?:conference|briefing)|parliament|lawmakers|(?:the\s+|local\s+|state\s+)?media|the\s+press|him|her|them|us|me|(?:(?:the|local|state|national|private|independent|privately-owned)\s+)?[${UPPER}][${LETTER}’'-]*(?:\s+[${UPPER}][${LETTER}’'-]*){0,3})(?![${LETTER}])`,
);
// "according to the type of munitions", "according to plan": a measure, not a source.
const NOT_A_SOURCE =
  /^(?:the\s+|a\s+|its\s+|their\s+)?(?:type|kind|nature|number|size|plan|plans|schedule|law|rules?|terms|agreement|deal|tradition|custom)\b/i;
// A sentence that opens with a name and an appositive before its verb: "Mohammed Ali, a doctor
// at the hospital, said …", "Anna Berg, 42, said …", "Omar Haddad, who heads the clinic, said …".
// ("A resident of the village, who asked not to be named, said …": a described person too.)
const NAMED_WITH_APPOSITIVE = new RegExp(
  String.raw`^\s*(?:(?:[${UPPER}][${LETTER}’'.-]*\s+){0,4}[${UPPER}][${LETTER}’'.-]*|(?:A|An|The|One)\s+[^,;:]{1,60}?)\s*,\s*(?:(?:a|an|the|who|whose|one|head|chief|director)\s[^,;:]{1,100}|\d{1,3})\s*,\s*$`,
);
// "A spokesman for the army, Brig. Gen. Nabil Abdallah, said the RSF …": a role, then its holder.
const ROLE_WITH_NAME = new RegExp(
  String.raw`^\s*(?:A|An|The)\s+[^,;:]{1,60}?\s*,\s*(?:[${UPPER}][${LETTER}’'.-]*\s+){1,5}[${UPPER}][${LETTER}’'-]*\s*,\s*$`,
);
const PREPOSITION_ONLY =
  /^\s*(?:in|on|at|after|before|during|alongside|following|ahead\s+of|with|from|via|through|upon|amid|outside|inside|near)\s[^,;:]*[.!?]?\s*$/i;
const COUNT_OPENS = /^\s*(?:at\s+(?:least|most)|in\s+(?:all|total)|on\s+average|up\s+to)\b/i;
const FINITE =
  /\b(?:is|are|was|were|had|has|have|would|will|could|should|did|does|do|may|might|must|can|killed|died)\b/i;
const CAPITALISED_BEFORE = new RegExp(`[${UPPER}][${LETTER}'’.-]*\\s+$`);
// ("blamed on Monday", "blamed on Twitter": when or where the blaming was said.)
const BLAMED_ON = new RegExp(
  `^\\s+on\\s+(?!${DAY}\\b|last\\b|(?:the\\s+)?(?:Telegram|Twitter|X|Facebook|Instagram|YouTube|WhatsApp|social\\s+media|state\\s+(?:television|TV|radio|media))\\b)`,
);
const REPORTS_DESCRIBED =
  /\b(?:initial|earlier|early|first|unconfirmed|conflicting|previous|local|media|press|news|some|other)\s+$/i;
const NEGATED = /\b(?:never|not|n['’]t)\s+(?:yet\s+)?$/i;
// "according to the mission it killed 12 people": a pronoun opens the clause that was claimed.
// ("according to official figures released Friday showing 400 people still missing": what they show is
// no part of whose they are.)
const OBJECT_END =
  /[,.;:[(]|\s(?:in|on)\s+(?:a|an|its|their)\s|\s(?:it|he|she|they|there|this)\s|\s(?:showing|indicating|suggesting)\s/g;

/** Where the source named after "according to" or "by" ends: not at an initial's stop ("L.C. Govak"). */
function sourceEnd(masked: string, from: number, to: number): { index: number } | null {
  const text = ahead(masked, from, to);
  for (const m of text.matchAll(OBJECT_END)) if (!(m[0] === '.' && isAbbreviationStop(text, m.index))) return m;
  return null;
}

export function findFrames(masked: string, sentence: Span): Frame[] {
  const frames: Frame[] = [];
  const text = masked.slice(sentence.start, sentence.end);
  const marker = new RegExp(MARKER.source, MARKER.flags);
  let from = sentence.start;
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    // "The United States and others are pressing": a capitalised word after another is a name's.
    // (Only the verbs that report before "that": a title-case "…, Police Say" keeps its speaker.)
    if (
      isUpper(masked[at]) &&
      m[2] &&
      !PLAIN_VERB.test(m[2]) &&
      CAPITALISED_BEFORE.test(masked.slice(Math.max(sentence.start, at - 30), at))
    )
      continue;
    // ("reports by X that": "reports" is also a verb, which the alternatives try first.)
    const nominal = m[9] ?? (m[2] ? REPORTS_BY.exec(ahead(masked, at, sentence.end))?.[0] : undefined);
    const found =
      (nominal ? reportsBy(masked, sentence, at, at + nominal.length, nominal) : null) ??
      (m[8]
        ? withSaying(masked, sentence, at, end, m[8])
        : m[7]
          ? documentSays(masked, sentence, from, at, end)
          : m[6]
            ? saying(masked, sentence, at, end, frames.at(-1))
            : m[5]
              ? passive(masked, sentence, from, at, end)
              : m[3]
                ? according(masked, sentence, from, at, end)
                : m[4]
                  ? quotedAs(masked, sentence, from, at, end, m[4])
                  : speech(masked, sentence, from, at, end, m));
    if (!found) continue;
    frames.push(found);
    from = Math.max(end, found.clauses.at(-1)?.end ?? end);
    marker.lastIndex = from - sentence.start;
  }
  if (!frames.length) {
    const doc = documentSubject(masked, sentence);
    if (doc) frames.push(doc);
  }
  return frames;
}

function speech(masked: string, sentence: Span, from: number, at: number, end: number, m: RegExpExecArray) {
  const [, act, verbWord] = m;
  // "C, said the ministry." (but not "X, the envoy, told reporters that …", nor "…, said Spain was …").
  // Only verbs that invert ("…, said the ministry"); "…, confirmed the attack" has its object after it.
  // "Mohammed Ali, a doctor at the hospital, said the wounded …" is no inverted "…, said X": a name
  // and its appositive before the verb are its subject.
  const inverted =
    verbWord &&
    INVERTS.test(verbWord) &&
    commaBefore(masked, from, at) !== null &&
    !NAMED_WITH_APPOSITIVE.test(masked.slice(from, at)) &&
    !ROLE_WITH_NAME.test(masked.slice(from, at));
  const invertedFrame = inverted ? trailing(masked, sentence, from, at, end, verbWord, null) : null;
  if (invertedFrame) return invertedFrame;
  // "The group has never claimed responsibility": a denied act is no claim of it.
  if (act && NEGATED.test(masked.slice(Math.max(from, at - 16), at))) return null;
  // "The explosions, blamed by U.S. forces on …": a participle before "by" is passive, no act.
  if (act && /^\s+by\b/.test(ahead(masked, end, sentence.end))) return null;
  // "… missing after a disaster blamed on torrential rains": a cause "blamed on" something is no
  // one's act of speech ("blamed on Monday" still is).
  if (act && /^blamed$/i.test(act.trim()) && BLAMED_ON.test(ahead(masked, end, sentence.end))) return null;
  // "Sherpao put the toll at 19,136 … and said that …": the second verb shares the sentence's subject.
  const coordinated = /\s(?:and|but)\s*$/.test(masked.slice(Math.max(from, at - 8), at));
  // "…, downplaying initial reports that hundreds had been taken": "reports" is a noun, and the
  // reports are the claimant.
  const described = /^(?:reports|claims)$/i.test(verbWord ?? '')
    ? REPORTS_DESCRIBED.exec(masked.slice(Math.max(from, at - 30), at))
    : null;
  const subject = described
    ? { start: at - described[0].length, end }
    : coordinated
      ? openingSubject(masked, sentence, at)
      : subjectBefore(masked, from, at);
  if (!subject) return null;
  // "No group has so far claimed responsibility": nobody is no source.
  if (NOBODY.test(masked.slice(subject.start, subject.end))) return null;
  const showing = /^show/i.test(verbWord ?? '');
  if (showing && !EVIDENCE.test(masked.slice(subject.start, subject.end))) return null;
  if (act) {
    const verb = act
      .replace(/^(?:has|have|had)\s+/i, '')
      .replace(/\s+/g, ' ')
      // (The stance quoted is the claim's, not the verb's: 'expressed "deep concern" over'.)
      .replace(/\s.*[“"].*$/, '')
      .toLowerCase();
    return frame('act', subject, verb, clausesFrom(masked, at, sentence.end));
  }
  let j = end;
  let listener: string | undefined;
  // ("A police officer told that C": the listener left out.)
  if (/^t[oe]l/i.test(verbWord)) {
    const told = TOLD.exec(ahead(masked, j, sentence.end));
    if (!told) return null;
    listener = told[1];
    j += told[0].length;
  }
  for (let a = ADVERBIAL.exec(ahead(masked, j, sentence.end)); a; a = ADVERBIAL.exec(ahead(masked, j, sentence.end))) {
    j += a[0].length;
  }
  // "A security official, pleading anonymity said, at least 10 civilians were killed": the subject
  // opens the sentence, so a comma after "said" stands for "that".
  const opens = !masked.slice(sentence.start, subject.start).trim();
  const that =
    /^\s*,?\s*that\b/.exec(ahead(masked, j, sentence.end)) ??
    (opens && PLAIN_VERB.test(verbWord ?? '') ? COMMA_CLAUSE.exec(ahead(masked, j, sentence.end)) : null);
  // "“…,” she said in a statement released alongside the report.": a phrase with no verb of its own
  // after "said" tells where or when it was said, not what.
  // (A circumstance is a few words: a longer rest is never one, and is not searched.)
  const rest = sentence.end - j <= 160 ? masked.slice(j, sentence.end) : '';
  // ("Officials said at least 20 dead": a count, not a circumstance.)
  const circumstance =
    !that && PLAIN_VERB.test(verbWord) && PREPOSITION_ONLY.test(rest) && !FINITE.test(rest) && !COUNT_OPENS.test(rest);
  // (Only after a quotation, whose speaker the quotation rules name: "C, police said on Monday"
  // is left to the reading below.)
  if (circumstance && /[”"’]\s*$/.test(masked.slice(from, subject.start))) return null;
  const bareEnd = !that && (j >= sentence.end || /[,.;!?]/.test(masked[j] ?? ''));
  if (that) {
    j += that[0].length;
    // "said that, in the operations …, 124 men had been killed": an aside opens the clause.
    const comma = /^\s*,(?=\s+\w)/.exec(ahead(masked, j, sentence.end));
    if (comma) j += comma[0].length;
  } else if (bareEnd) {
    // "C, the spokesperson maintained.": any reporting verb may trail its claim.
  } else if (REPORTING.test(verbWord) && looksLikeSource(masked.slice(subject.start, subject.end)))
    return reportedFact(masked, sentence, at, j, subject, verbWord);
  else if (
    !PLAIN_VERB.test(verbWord) &&
    !showing &&
    !(CLAUSE_AHEAD.test(ahead(masked, j, sentence.end)) && looksLikeSource(masked.slice(subject.start, subject.end)))
  )
    return null;
  while (/\s/.test(masked[j] ?? '')) j++;
  const attribution = `${verbPhrase(verbWord, listener)}${that ? ' that' : ''}`;
  // Nothing reported after the verb: the claim may come before it ("C, police said.").
  if (j >= sentence.end || /[,.;!?]/.test(masked[j]))
    return trailing(masked, sentence, from, at, end, attribution, subject);
  // A clause starts with a word; after "that" it may open with a quotation.
  if (!(isWordChar(masked[j]) || (that && /[“"‘]/.test(masked[j])))) return null;
  return frame('reported', subject, attribution, clausesFrom(masked, j, sentence.end));
}

/** "The ministry confirmed 12 deaths": the claim runs from the verb, when an object follows it. */
function reportedFact(masked: string, sentence: Span, at: number, end: number, subject: Span, verb: string) {
  // "Temperatures recorded in the city": a participle before a preposition reports nothing.
  const next = ahead(masked, end, sentence.end);
  if (!/^\s+[\w“"‘]/.test(next) || /^\s+(?:in|on|at|by|as|since|during|over|from|for|with|near)\b/i.test(next))
    return null;
  return frame('act', subject, verb.toLowerCase(), clausesFrom(masked, at, sentence.end));
}

/** "The channel quoted the health ministry as saying C": the ministry claims C. */
function quotedAs(masked: string, sentence: Span, from: number, at: number, end: number, words: string) {
  const verb = /^(?:quoted|cited)\s+/.exec(words)![0].length;
  const tail = /\s+as\s+saying(?:\s+that)?$/.exec(words)!;
  // "A witness quoted by the Premium Times as saying C": the witness is quoted, the paper quotes.
  const passive = /^by\s/i.test(words.slice(verb));
  // ("C, the Emergency Response Room was quoted by AFP as saying.": the auxiliary is no part of the subject.)
  const auxiliary = passive ? /\s(?:was|were|is|are|(?:has|have|had)\s+been)\s*$/.exec(masked.slice(from, at)) : null;
  const subject = passive
    ? subjectBefore(masked, from, auxiliary ? from + auxiliary.index : at)
    : trimSpan(masked, at + verb, at + tail.index);
  if (!subject) return null;
  let j = end;
  while (/\s/.test(masked[j] ?? '')) j++;
  // Nothing after "as saying": the claim is what came before the subject.
  if (passive && (j >= sentence.end || /[.;!?]/.test(masked[j]))) {
    const comma = commaBefore(masked, from, subject.start);
    const claim = comma === null ? null : trimSpan(masked, from, comma);
    return claim && claim.end > claim.start ? frame('reported', subject, 'quoted as saying', [claim]) : null;
  }
  return frame('reported', subject, 'quoted as saying', clausesFrom(masked, j, sentence.end));
}

/** "The toll was confirmed by the head of the area": the agent after "by" claims what came before. */
function passive(masked: string, sentence: Span, from: number, at: number, end: number): Frame | null {
  const stop = sourceEnd(masked, end, sentence.end);
  const subject = trimSpan(masked, end, stop ? end + stop.index : Math.min(sentence.end, end + LOOKAHEAD));
  const claim = trimSpan(masked, from, at);
  if (subject.end <= subject.start || claim.end <= claim.start) return null;
  return frame('according', subject, masked.slice(at, end).replace(/\s+/g, ' ').toLowerCase(), [claim]);
}

// "according to the coordinator of the CRDH, Irumu branch, Christophe Munyanderu,", "according to AIG,
// Bomb Disposal Squad, Shafqat Malik.": a role (or a rank written short), an aside, then its holder.
const ROLE_ONLY = new RegExp(
  `^(?:(?:the|a|an)\\s+)?(?:[\\p{L}.-]+\\s+){0,3}?(?:${HEADS.split(' ').join('|')})\\b`,
  'iu',
);
const RANK_ONLY = /^[A-Z]{2,4}$/;
const HOLDER_AFTER = new RegExp(String.raw`^,\s+(?:[^,;:()]{1,40},\s+)?(${NAME})(?=\s*[,.])`);

function according(masked: string, sentence: Span, from: number, at: number, end: number): Frame | null {
  const stop = sourceEnd(masked, end, sentence.end);
  let objectEnd = stop ? end + stop.index : Math.min(sentence.end, end + LOOKAHEAD);
  // "According to the Office for … Affairs (OCHA), C": the short form in brackets is part of the name.
  const bracket = /^\s*\([^()]{1,40}\)(?=\s*,)/.exec(masked.slice(objectEnd, objectEnd + 44));
  if (bracket) objectEnd += bracket[0].length;
  let subject = trimSpan(masked, end, objectEnd);
  const object = masked.slice(subject.start, subject.end);
  const holder =
    ROLE_ONLY.test(object) || RANK_ONLY.test(object)
      ? HOLDER_AFTER.exec(masked.slice(objectEnd, objectEnd + 120))
      : null;
  if (holder) {
    const start = objectEnd + holder[0].length - holder[1].length;
    subject = { start, end: start + holder[1].length };
    objectEnd += holder[0].length;
  }
  if (subject.end <= subject.start || NOT_A_SOURCE.test(masked.slice(subject.start, subject.end))) return null;
  // "C, according to X": the claim is what the sentence said before it; but "…, and according
  // to X it killed 12 people" claims the clause after it.
  const claim = trimSpan(masked, from, at);
  const goesOn =
    /\b(?:and|but)\s*$/i.test(masked.slice(from, at)) &&
    /^\s+(?:it|he|she|they|there|this)\s/.test(masked.slice(objectEnd, objectEnd + 8));
  if (goesOn) return frame('according', subject, 'according to', clausesFrom(masked, objectEnd, sentence.end));
  if (claim.end > claim.start) return frame('according', subject, 'according to', [claim]);
  // "According to X, C": the claim follows the comma.
  if (masked[objectEnd] !== ',') return null;
  return frame('according', subject, 'according to', clausesFrom(masked, objectEnd + 1, sentence.end));
}

// "Khattak defended the market's security measures, saying that it was not possible …": the
// sentence's subject, or the speaker of the frame the ", saying" follows, claims what follows.
const OPENING_VERB = new RegExp(
  String.raw`^\s*((?:[${UPPER}][${LETTER}’'.-]*\s+){0,5}?[${UPPER}][${LETTER}’'.-]*|(?:The|the)\s+(?:[${LETTER}’'-]+\s+){0,3}?[${LETTER}’'-]+)\s+(?:(?:also|later|again|[a-z]+ly)\s+)?(?:[a-z]{3,}ed|made|gave|took|sent|held|spoke|met|put|set|cut|led|saw|went|came)\b`,
);

// "The attack follows a UN report earlier this month indicating a rise in casualties": the report's issuer
// claims what it indicates.
// "Ishikawa authorities released figures showing that C": whoever released them claims C.
const DOCUMENT_BEFORE =
  /\b(?:(?:a|an|the|its|their)\s+(?:[\w.’'-]+\s+){0,3}?(?:report|statement|study|survey|assessment|analysis)|(?:(?:new|latest|official)\s+)?(?:figures|data|statistics))\b(?=[^,.;:]{0,40}$)/i;
const RELEASED = /\b(?:released|published|issued|presented|put\s+out)\s*$/;

function documentSays(masked: string, sentence: Span, from: number, at: number, end: number): Frame | null {
  const start = Math.max(from, at - 100);
  const doc = DOCUMENT_BEFORE.exec(masked.slice(start, at));
  if (!doc) return null;
  const released = RELEASED.exec(masked.slice(from, start + doc.index));
  const issuer = released && subjectBefore(masked, from, from + released.index);
  // (Figures no one is said to have released are no source.)
  // ("official figures released Friday showing C": official ones are said to be someone's.)
  if (!issuer && !/^(?:a|an|the|its|their|official)\s/i.test(doc[0])) return null;
  const subject = issuer ?? { start: start + doc.index, end: start + doc.index + doc[0].length };
  let j = end;
  while (/\s/.test(masked[j] ?? '')) j++;
  if (j >= sentence.end || !isWordChar(masked[j])) return null;
  return frame(
    'reported',
    subject,
    masked.slice(at, end).replace(/\s+/g, ' ').toLowerCase(),
    clausesFrom(masked, j, sentence.end),
  );
}

const NAMED_DOCUMENT = /^(?:the|its|their)\s+(?:report|statement|study|survey|assessment)$/i;

// "…, with officials saying between 20 and 60 people have died", "with BBC News citing at least five killed".
function withSaying(masked: string, sentence: Span, at: number, end: number, words: string): Frame | null {
  const who = /^,\s+with\s+([^]*?)\s+(?:saying|citing|reporting|putting)(?:\s+that)?$/.exec(words);
  // ("…, with the report saying C": a document named before speaks for its issuer.)
  if (!who || !(looksLikeSource(who[1]) || NAMED_DOCUMENT.test(who[1]))) return null;
  const start = at + words.indexOf(who[1], words.indexOf('with') + 4);
  let j = end;
  while (/\s/.test(masked[j] ?? '')) j++;
  if (j >= sentence.end || !isWordChar(masked[j])) return null;
  const verb = /(saying|citing|reporting|putting)/.exec(words.slice(who[0].indexOf(who[1]) + who[1].length))![1];
  return frame('reported', { start, end: start + who[1].length }, verb, clausesFrom(masked, j, sentence.end));
}

// "… followed overnight reports by the Ukrainian Air Force that C": a report named by its noun.
const REPORTS_BY = /^(?:reports?|claims?)\s+(?:by|from)\s+[^,.;:]{2,80}?\s+that\b/i;
function reportsBy(masked: string, sentence: Span, at: number, end: number, words: string): Frame | null {
  const by = /^(\w+)\s+(?:by|from)\s+([^]*?)\s+that$/.exec(words);
  if (!by || !looksLikeSource(by[2])) return null;
  const start = at + words.lastIndexOf(by[2], words.length - 5);
  let j = end;
  while (/\s/.test(masked[j] ?? '')) j++;
  if (j >= sentence.end || !isWordChar(masked[j])) return null;
  const subject = { start, end: start + by[2].length };
  return frame('according', subject, `${by[1].toLowerCase()} by`, clausesFrom(masked, j, sentence.end));
}

// "The report attributes the drop to …": what a report does in the present tense, it says.
// ("The statement comes after …" is the reporter placing it, not its words.)
// ("The report documented 4,451 killings", "The report also described rampant violence": what it set out.)
const DOCUMENT_PAST = 'documented|described|detailed|recorded|outlined|highlighted|listed|found|noted|cited';
const DOCUMENT_SUBJECT = new RegExp(
  String.raw`^\s*((?:The|This|That|Its|Their)\s+(?:(?:new|latest|annual|monthly|full)\s+)?(?:report|study|survey|assessment|analysis))\s+(?:also\s+)?((?!(?:comes|follows|appears|coincides|covers|includes|runs|spans)\b)[a-z]{2,}[^s\s]s|${DOCUMENT_PAST})\b`,
);

function documentSubject(masked: string, sentence: Span): Frame | null {
  const m = DOCUMENT_SUBJECT.exec(masked.slice(sentence.start, sentence.end));
  if (!m) return null;
  const start = sentence.start + m[0].indexOf(m[1]);
  const verb = sentence.start + m[0].length - m[2].length;
  return frame('act', { start, end: start + m[1].length }, m[2], clausesFrom(masked, verb, sentence.end));
}

/** The subject that opens the sentence before its first verb, when it reads as a source. */
function openingSubject(masked: string, sentence: Span, at: number): Span | null {
  const m = OPENING_VERB.exec(masked.slice(sentence.start, at));
  if (!m) return null;
  const start = sentence.start + m[0].indexOf(m[1]);
  const subject = { start, end: start + m[1].length };
  return looksLikeSource(masked.slice(subject.start, subject.end)) ? subject : null;
}

const NOBODY = /^(?:no|none|nobody|neither)\b/i;

function saying(masked: string, sentence: Span, at: number, end: number, last: Frame | undefined): Frame | null {
  const lastEnd = last?.clauses.at(-1)?.end ?? -1;
  let subject = last && lastEnd >= at - 1 && lastEnd <= at ? last.subject : null;
  subject ??= openingSubject(masked, sentence, at);
  if (!subject) return null;
  let j = end;
  while (/\s/.test(masked[j] ?? '')) j++;
  if (j >= sentence.end || !isWordChar(masked[j])) return null;
  // ("…, stressing that C": the participle as written.)
  const verb = /,\s+(\p{L}+)/u.exec(masked.slice(at, end))?.[1].toLowerCase() ?? 'saying';
  return frame('reported', subject, verb, clausesFrom(masked, j, sentence.end));
}
