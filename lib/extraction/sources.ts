import { LETTER, isLower, isUpper } from './chars';
import { chiefTitle } from './aliases';
import type { NameIndex } from './name-index';
import { classify, cleanName, isTitleWord, type SourceKind } from './names';
import type { Affiliations } from './behalf';
import { RoleIndex } from './roles';
import type { Claimant, KnownSource } from './types';

// Who makes each claim. A mention ("Lund", "the group", "he") is resolved to a known
// Source by name or alias, or to an earlier claimant of the right kind, or proposed as a
// new Source under a clean name. Pronouns point back only to claimants, never to any
// name in the text, because "he said" in news copy continues the last speaker.

export type Resolved = {
  claimant: Claimant;
  kind: SourceKind;
  how?: string;
  /** The words that first named it. */ mention?: string;
};

// Object forms too: "according to him", "according to them".
const PRONOUNS: Record<string, SourceKind[]> = {
  he: ['person'],
  she: ['person'],
  him: ['person'],
  her: ['person'],
  it: ['org'],
  they: ['group', 'org'],
  them: ['group', 'org'],
};
const GENERIC_HEADS = new Set(
  'group organisation organization monitor body watchdog agency ministry observatory network outlet newspaper charity ngo'.split(
    ' ',
  ),
);
const STATEMENT = /^(?:a|an|the|its)\s+(.+?)\s+(?:statement|report|communiqu[eé]|release|update|announcement)$/i;
// "a statement by the rights group", "a report from the ministry": whoever made it.
const STATEMENT_BY =
  /^(?:a|an|the|its|this|that)\s+(?:[a-z-]+\s+)?(?:statement|report|communiqu[eé]|release|update|announcement)\s+(?:by|from|of|issued\s+by)\s+(.+)$/i;
// "a Telegram post published on the ministry's official channel": whoever owns the channel.
const POSTED_ON =
  /^(?:a|an|the)\s+(?:[A-Z][\w-]*\s+)?(?:post|message|video|statement)\s+(?:published|posted|shared|released)\s+(?:on|to)\s+(.+?)['’]s?\s+(?:official\s+)?(?:[A-Z][\w-]*\s+)?(?:channel|account|page|website|feed)$/;
// "Figures from the Gaza Health Ministry show", "data compiled by the UN": whoever compiled them.
const FIGURES_FROM =
  /^(?:(?:the|its|their|new|latest|official)\s+)*(?:figures|data|statistics|numbers|tallies|tally)\s+(?:from|by|released\s+by|compiled\s+by|published\s+by)\s+(.+)$/i;
// "A statement released Friday said": when it came out does not say whose it is.
const BARE_STATEMENT =
  /^(?:the|its|this|that|a|an)\s+(?:statement|report|communiqu[eé]|release|update|announcement|findings|data|figures|statistics|study|survey)(?:\s+(?:released|issued|published|posted|sent))?(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?)?$/i;
const DOCUMENT = /\b(statement|report|communiqu[eé]|release|update|announcement)\b/i;
const documentNoun = (words: string) => DOCUMENT.exec(words)?.[1].toLowerCase().replace('communique', 'communiqué');
const CARRIED = /\s+(?:carried|broadcast|aired|relayed|run|posted)\s+(?:by|on|in)\s.*$/i;
const TRAILING_WHEN =
  /\s+(?:(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?|(?:earlier\s+)?(?:last|this)\s+(?:week|month|year))$/i;
// A day or a month is when, never who.
const WHEN =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Yesterday|Today)$/i;
// Heads whose modifiers describe rather than tell bodies apart: "the London-based watchdog", "the
// rights group", "the state news agency" is the last organisation that spoke ("the health
// ministry" is not the foreign ministry that spoke before it).
const LOOSE_HEADS = new Set(
  'group organisation organization monitor body watchdog charity ngo network agency'.split(' '),
);
// "The military", "the police", "the ministry": the words a body of that kind has in its name.
const KIND_NAMES: Record<string, string[]> = {
  military: ['army', 'military'],
  army: ['army'],
  police: ['police'],
  ministry: ['ministry'],
  council: ['council'],
  command: ['command'],
  agency: ['agency'],
  commission: ['commission'],
  mission: ['mission'],
  coalition: ['coalition'],
  // "the carrier said" after "Azerbaijan Airlines flight J2-8243 …".
  carrier: ['airlines', 'airline', 'airways'],
  airline: ['airlines', 'airline', 'airways'],
};
// An organisation not yet named, which wire copy names in the next paragraph or two ("the army's media
// affairs wing said", then "the Inter-Services Public Relations (ISPR) said").
// ("an Israeli rescue service said", then "Magen David Adom rescue service said".)
const UNNAMED_BODY =
  /^(?:(?:a|an)\s+(?:[a-z-]+\s+){0,4}(?:monitor|group|organisation|organization|agency|watchdog|body|charity|network|service)|the\s+[a-z-]+['’]s?\s+(?:[a-z-]+\s+){0,3}wing)$/i;
const UNNAMED_REACH = 600;
const TITLE_WORD =
  /\b(?:Officer|Director|Spokesman|Spokeswoman|Spokesperson|Commissioner|Commander|Coordinator|Member of Parliament)$/;
const GENDERED = {
  male: /\b(?:spokesman|chairman|policeman|Mr|man|father|brother|son|husband|king|prince)\b/i,
  female: /\b(?:spokeswoman|chairwoman|policewoman|Mrs|Ms|Miss|woman|mother|sister|daughter|wife|queen|princess)\b/i,
};
/** "she" cannot be a source the article calls a spokesman, nor "he" one it calls a woman. */
function clashes(pronoun: string, r: Resolved): boolean {
  return clashesWith(pronoun, `${r.mention ?? ''} ${r.claimant.name}`);
}
function clashesWith(pronoun: string, words: string): boolean {
  const p = pronoun.toLowerCase();
  return p === 'she' || p === 'her'
    ? GENDERED.male.test(words)
    : p === 'he' || p === 'him'
      ? GENDERED.female.test(words)
      : false;
}
// How far back "he" or "she" may find a person named but not yet heard.
const PRONOUN_REACH = 600;
// Looking further back than this for "the group" would be a guess, and would make long texts quadratic.
const LOOKBACK = 50;

const NOT_WORD = new RegExp(`[^${LETTER}0-9]+`, 'g');
// "the group", "the militia member": the head word names the kind of source.
const THE_HEAD = new RegExp(`^the\\s+(?:[${LETTER}-]+\\s+){0,2}?([${LETTER}-]+)$`, 'i');

// "U.N." and "UN" are one name; the dots go before punctuation becomes spaces.
const DOTTED = /(?<![A-Za-z])[A-Z](?:\.[A-Z])+\.?(?![A-Za-z])/g;

export const normaliseName = (name: string) =>
  name
    .replace(DOTTED, (m) => m.replace(/\./g, ''))
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .replace(/\b(?:the|a|an)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const PRONOUN_AND = /^(?:both\s+)?(he|she)\s+and\s+(?:and\s+)?((?:another|a|an|the|his|her)\s+.+)$/i;
const JOINED = /^([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}) and ([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})$/;
const hasWords = (hay: string, needle: string) => ` ${hay} `.includes(` ${needle} `);

export class SourceTracker {
  private history: Resolved[] = [];
  /** The issuer of the last statement, report, … named, by that noun. */
  private documents = new Map<string, Resolved>();
  private aliases: AliasIndex;

  constructor(
    private index: NameIndex,
    known: readonly KnownSource[],
    private roles?: RoleIndex,
    private affiliations?: Affiliations,
  ) {
    this.aliases = new AliasIndex(known);
  }

  /** "Ban and Johnson": two speakers named short, each by the full name the article gave before. */
  private joined(name: string, at: number): string | null {
    // ("Both Ban and Moss" opening a sentence.)
    const pair = JOINED.exec(name.replace(/^Both\s+/, ''));
    if (!pair) return null;
    const full = [pair[1], pair[2]].map((part) =>
      part.includes(' ') ? part : this.index.holding(part, at) || this.index.expand(part, at) || part,
    );
    return full[0] === pair[1] && full[1] === pair[2] && !/^Both\s/.test(name) ? null : `${full[0]} and ${full[1]}`;
  }

  /** "Station House Officer Shah": a title and a surname are the person the article named in full before. */
  private titled(name: string, at: number): string | null {
    const words = name.split(' ');
    const surname = words.at(-1)!;
    // (A person's title is capitalised; "doctor at Finote Selam Hospital" and "Zamfara State Police Command" name bodies.)
    if (words.length < 2 || !words.slice(0, -1).some(isTitleWord) || isTitleWord(surname)) return null;
    if (classify(name) !== 'person' || !words.every((w) => isUpper(w[0]))) return null;
    const full = this.index.expand(surname, at);
    return full && full.includes(' ') && !isTitleWord(full.split(' ')[0]) && classify(full) === 'person' ? full : null;
  }

  /** Resolves the words naming a speaker at offset `at`; null when they name no one. */
  resolve(mention: string, at: number): Resolved | null {
    // "a military statement on Friday": when it spoke is no part of who spoke; "a statement carried by
    // Al Arabiya TV": nor is who carried it.
    const raw = mention.replace(/\s+/g, ' ').trim().replace(TRAILING_WHEN, '').replace(CARRIED, '');
    const pronoun = PRONOUNS[raw.toLowerCase()];
    if (pronoun) {
      const speaker = this.last((r) => pronoun.includes(r.kind));
      // "she said" after a spokesman spoke: the woman the article named since, if it named one.
      if (speaker && clashes(raw, speaker)) {
        const named = this.index.lastPerson(at, PRONOUN_REACH);
        const found = named && !clashesWith(raw, named) && this.resolve(named, at);
        if (found && !clashes(raw, found)) return { ...found, how: `"${raw}" is ${found.claimant.name}, named before` };
      }
      // "She added that …" when no person has spoken yet (her first words were read as a title's,
      // or her first verb is none of ours): the person the article last named, close before.
      const named = !speaker && pronoun.includes('person') ? this.index.lastPerson(at, PRONOUN_REACH) : null;
      if (named && !clashesWith(raw, named)) {
        const found = this.resolve(named, at);
        return found && { ...found, how: `"${raw}" is ${found.claimant.name}, named before` };
      }
      return this.refer(speaker, `"${raw}" is the last speaker of its kind`);
    }
    // "Both she and another council official": the woman who spoke last, and the other.
    const pair = PRONOUN_AND.exec(raw);
    const first = pair && this.resolve(pair[1], at);
    if (pair && first?.kind === 'person') {
      const name = `${first.claimant.name} and ${pair[2]}`;
      const both: Resolved = { claimant: { name, isNew: true }, kind: 'group', mention: raw };
      this.history.push(both);
      return { ...both, how: `"${pair[1]}" is ${first.claimant.name}` };
    }
    // "A ministry statement said": the ministry said (and "the statement" is the ministry's from now on).
    const by = STATEMENT_BY.exec(raw) ?? FIGURES_FROM.exec(raw) ?? POSTED_ON.exec(raw);
    const statement = by ? null : STATEMENT.exec(raw);
    if (by || statement) {
      const issuer = this.resolve(by ? by[1] : `the ${statement![1]}`, at);
      if (issuer) this.noteDocument(raw, issuer);
      return issuer;
    }
    // "The statement said", "the report added": the issuer of the last such document named, else the
    // last source that spoke.
    if (BARE_STATEMENT.test(raw)) {
      // ("A statement released Friday" is a new one: the last speaker's.)
      const issued = /^(?:the|this|that|its)\s/i.test(raw) ? this.documents.get(documentNoun(raw) ?? '') : undefined;
      return this.refer(issued ?? this.last(() => true), `"${raw}" is the last speaker's`);
    }
    // "a war monitor said", the monitor named in the next paragraph.
    if (UNNAMED_BODY.test(raw)) {
      const org = this.index.nextOrg(at, UNNAMED_REACH);
      if (org) {
        const found = this.resolve(org, at);
        return found && { ...found, how: `"${raw}" is ${found.claimant.name}, named next` };
      }
    }
    // "the mayor" when the article names the mayor; "the UN human rights chief" when it names the High Commissioner.
    const chief = chiefTitle(raw);
    const person = this.roles?.find(chief ? `the ${chief}` : raw, at);
    if (person) {
      const found = this.resolve(person, at);
      return found && { ...found, how: `"${raw}" is ${found.claimant.name}` };
    }
    // "The ICRC president also condemned …" with no president named: the person who spoke last.
    if (RoleIndex.definite(raw)) {
      // "The intelligence official said" after "a Pakistani intelligence official said": the speaker
      // described so before, not a general who spoke since.
      const words = normaliseName(raw).split(' ');
      const described = this.last(
        (r) => r.kind === 'person' && !!r.mention && words.every((w) => hasWords(normaliseName(r.mention!), w)),
      );
      if (described) return this.refer(described, `"${raw}" is the ${described.claimant.name} who spoke before`);
      // (Not "the air force commander" for the regional governor who spoke last, nor anyone before her.)
      const last = this.last((r) => r.kind === 'person');
      if (last && (this.roles?.mayHold(raw, last.claimant.name) ?? true))
        return this.refer(last, `"${raw}" is the last person who spoke`);
    }
    // "the group", "the Society"; not "the UN", an acronym that names a source itself.
    const theHead = THE_HEAD.exec(raw);
    const headWord = theHead?.[1];
    // "the militia member" may be the member named before; "the Houthi health ministry" is a name.
    const modified = !!theHead && raw.split(/\s+/).length > 2;
    // ("the London-based rights group", "the UK-registered organization": where it is based does not make it a name.)
    const kindWord =
      modified && /\s[A-Z](?![\w’'.]*-(?:based|registered|headquartered|backed|led|run|funded)\b)/.test(raw)
        ? undefined
        : headWord;
    const head = kindWord && !/^[A-Z.]+$/.test(kindWord) ? kindWord.toLowerCase() : undefined;
    if (head) {
      // "the militia member" is the member named before; but "the health ministry" is not
      // "Spain's foreign ministry": a body's modifiers tell bodies apart, so all must be in the name.
      const words = modified && classify(head) === 'org' ? normaliseName(raw) : head;
      // (By its name or by the words that named it: "the agency" after "the UN refugee agency", UNHCR.)
      const holds = (r: Resolved, w: string) =>
        hasWords(normaliseName(r.claimant.name), w) || (!!r.mention && hasWords(normaliseName(r.mention), w));
      const named = this.last((r) => words.split(' ').every((w) => holds(r, w)));
      const loose = GENERIC_HEADS.has(head) && (!modified || LOOSE_HEADS.has(head));
      const generic = loose ? this.last((r) => r.kind === 'org') : null;
      // "the source noted" after "an officer from Kirkuk police told Rudaw": the unnamed person who spoke last.
      const unnamed =
        !named && !modified && head === 'source'
          ? this.last((r) => r.kind === 'person' && isLower(r.claimant.name[0]))
          : null;
      if (named ?? generic ?? unnamed)
        return this.refer(named ?? generic ?? unnamed, `"${raw}" is the last source named`);
      // "Three staff of the World Food Programme were killed, the agency said": with no body heard
      // yet, the body the article named just before ("the terror group" may be any of several).
      const latest = loose && !modified ? this.index.lastOrg(at, UNNAMED_REACH) : null;
      if (latest) {
        const found = this.resolve(latest, at);
        return found && { ...found, how: `"${raw}" is ${found.claimant.name}, named before` };
      }
      // "the military said", "the police say": the body of that kind the article names ("Pakistan Army").
      const body = !modified && KIND_NAMES[head] ? this.index.orgHolding(KIND_NAMES[head], at, UNNAMED_REACH) : null;
      if (body && normaliseName(body) !== head) {
        const found = this.resolve(body, at);
        return found && { ...found, how: `"${raw}" is ${found.claimant.name}, named in the article` };
      }
    }
    const name = cleanName(raw);
    if (!name || WHEN.test(name)) return null;
    const short = name.split(' ').length === 1 || /^(?:de|van|von|al|el|bin|ibn|abu)\s/i.test(name);
    const full =
      this.index.wellKnown.nameFor(name) ??
      this.index.acronym(name) ??
      ((short && this.index.expand(name, at)) || this.joined(name, at) || this.titled(name, at) || name);
    // "PPRO" spelled out is "Police Public Relations Officer": a title, whose holder the article names.
    if (full !== name && TITLE_WORD.test(full)) {
      const holder = this.roles?.find(`the ${full}`, at);
      if (holder) return this.resolve(holder, at);
    }
    const known = this.matchKnown(full, raw);
    const resolved: Resolved = known
      ? { claimant: { name: known.name, sourceId: known.id, isNew: false }, kind: classify(known.name), mention: name }
      : { claimant: { name: full, isNew: true }, kind: classify(full), mention: name };
    const onBehalfOf = resolved.kind === 'person' ? this.affiliations?.of(full) : undefined;
    if (onBehalfOf) resolved.claimant.onBehalfOf = onBehalfOf;
    this.history.push(resolved);
    return full === name ? resolved : { ...resolved, how: `"${name}" is ${full}` };
  }

  /** "X said in a statement": "the statement" is X's until another is named. */
  noteDocument(words: string, issuer: Resolved) {
    const noun = documentNoun(words);
    if (noun) this.documents.set(noun, issuer);
  }

  /** The publisher, for headlines and the article's own voice; not a speaker pronouns refer to. */
  publisher(name: string): Resolved {
    const known = this.matchKnown(name, name);
    return known
      ? { claimant: { name: known.name, sourceId: known.id, isNew: false }, kind: 'org' }
      : { claimant: { name, isNew: true }, kind: 'org' };
  }

  private matchKnown(name: string, raw: string) {
    return this.aliases.match(normaliseName(name), normaliseName(raw));
  }

  private last(test: (r: Resolved) => boolean): Resolved | null {
    for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - LOOKBACK); i--) {
      if (test(this.history[i])) return this.history[i];
    }
    return null;
  }

  private refer(found: Resolved | null, how: string): Resolved | null {
    if (!found) return null;
    this.history.push(found);
    return { ...found, how };
  }
}

type Alias = { source: KnownSource; key: string; order: number };

// Of two aliases that hold a mention, the longer wins, then the earlier.
const better = (a: Alias | undefined, b: Alias | undefined) =>
  !a || (b && (b.key.length > a.key.length || (b.key.length === a.key.length && b.order < a.order))) ? b : a;

/**
 * The known sources' names and aliases, filed so that a mention is matched by a few map
 * lookups: a newsroom knows thousands of sources, and comparing each mention with every
 * alias made a long article with many speakers take minutes.
 */
class AliasIndex {
  /** The first alias of each key. */
  private exact = new Map<string, Alias>();
  /** Aliases of more than one word, for a mention that holds one ("the Geneva-based Red Crescent Society"). */
  private phrases = new Map<string, Alias>();
  /** Every word-aligned ending of an alias ("lund" ends "karin lund"). */
  private endings = new Map<string, Alias>();
  /** Every word of an alias, for a one-word mention inside it. */
  private words = new Map<string, Alias>();
  private longestPhrase = 0;

  constructor(known: readonly KnownSource[]) {
    let order = 0;
    for (const source of known) {
      for (const name of [source.name, ...source.aliases]) {
        const key = normaliseName(name);
        if (!key) continue;
        const alias = { source, key, order: order++ };
        const parts = key.split(' ');
        if (!this.exact.has(key)) this.exact.set(key, alias);
        if (parts.length > 1) {
          file(this.phrases, key, alias);
          this.longestPhrase = Math.max(this.longestPhrase, parts.length);
        }
        parts.forEach((_, i) => file(this.endings, parts.slice(i).join(' '), alias));
        for (const word of new Set(parts)) file(this.words, word, alias);
      }
    }
  }

  /**
   * The source a mention names: an alias equal to its name or its words as written, else
   * the best alias that holds it. A one-word alias ("union") inside a longer mention
   * ("Union leader Marta Kovac") is not enough.
   */
  match(key: string, whole: string): KnownSource | null {
    const same = firstOf(this.exact.get(key), this.exact.get(whole));
    if (same) return same.source;
    // "the Geneva-based Red Crescent Society" holds the name; "Lund" ends "Karin Lund".
    let best = this.endings.get(key);
    const single = !key.includes(' ') && key.length >= 4 && !/(?:ian|ese|ish)$/.test(key);
    if (single) best = better(best, this.words.get(key));
    const parts = whole.split(' ');
    for (let i = 0; i < parts.length; i++) {
      for (let n = 2; n <= this.longestPhrase && i + n <= parts.length; n++) {
        best = better(best, this.phrases.get(parts.slice(i, i + n).join(' ')));
      }
    }
    return best?.source ?? null;
  }
}

function file(map: Map<string, Alias>, key: string, alias: Alias) {
  map.set(key, better(map.get(key), alias)!);
}

const firstOf = (a: Alias | undefined, b: Alias | undefined) => (!a || (b && b.order < a.order) ? b : a);
