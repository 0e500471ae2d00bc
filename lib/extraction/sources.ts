import { LETTER } from './chars';
import type { NameIndex } from './name-index';
import { classify, cleanName, type SourceKind } from './names';
import type { Claimant, KnownSource } from './types';

// Who makes each claim. A mention ("Lund", "the group", "he") is resolved to a known
// Source by name or alias, or to an earlier claimant of the right kind, or proposed as a
// new Source under a clean name. Pronouns point back only to claimants, never to any
// name in the text, because "he said" in news copy continues the last speaker.

export type Resolved = { claimant: Claimant; kind: SourceKind; how?: string };

const PRONOUNS: Record<string, SourceKind[]> = { he: ['person'], she: ['person'], it: ['org'], they: ['group', 'org'] };
const GENERIC_HEADS = new Set(
  'group organisation organization monitor body watchdog agency ministry observatory network outlet newspaper'.split(
    ' ',
  ),
);
// Looking further back than this for "the group" would be a guess, and would make long texts quadratic.
const LOOKBACK = 50;

const NOT_WORD = new RegExp(`[^${LETTER}0-9]+`, 'g');
const THE_HEAD = new RegExp(`^the\\s+([${LETTER}-]+)$`, 'i');

export const normaliseName = (name: string) =>
  name
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .replace(/\b(?:the|a|an)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const hasWords = (hay: string, needle: string) => ` ${hay} `.includes(` ${needle} `);

export class SourceTracker {
  private history: Resolved[] = [];
  private aliases: { source: KnownSource; key: string }[];

  constructor(
    private index: NameIndex,
    known: readonly KnownSource[],
  ) {
    this.aliases = known.flatMap((source) =>
      [source.name, ...source.aliases].map((alias) => ({ source, key: normaliseName(alias) })).filter((a) => a.key),
    );
  }

  /** Resolves the words naming a speaker at offset `at`; null when they name no one. */
  resolve(mention: string, at: number): Resolved | null {
    const raw = mention.replace(/\s+/g, ' ').trim();
    const pronoun = PRONOUNS[raw.toLowerCase()];
    if (pronoun)
      return this.refer(
        this.last((r) => pronoun.includes(r.kind)),
        `"${raw}" is the last speaker of its kind`,
      );
    const head = THE_HEAD.exec(raw)?.[1].toLowerCase();
    if (head) {
      const named = this.last((r) => hasWords(normaliseName(r.claimant.name), head));
      const generic = GENERIC_HEADS.has(head) ? this.last((r) => r.kind === 'org') : null;
      if (named ?? generic) return this.refer(named ?? generic, `"${raw}" is the last source named`);
    }
    const name = cleanName(raw);
    if (!name) return null;
    const short = name.split(' ').length === 1 || /^(?:de|van|von|al|el|bin|ibn|abu)\s/i.test(name);
    const full = (short && this.index.expand(name, at)) || name;
    const known = this.matchKnown(full, raw);
    const resolved: Resolved = known
      ? { claimant: { name: known.name, sourceId: known.id, isNew: false }, kind: classify(known.name) }
      : { claimant: { name: full, isNew: true }, kind: classify(full) };
    this.history.push(resolved);
    return full === name ? resolved : { ...resolved, how: `"${name}" is ${full}` };
  }

  /** The publisher, for headlines and the article's own voice; not a speaker pronouns refer to. */
  publisher(name: string): Resolved {
    const known = this.matchKnown(name, name);
    return known
      ? { claimant: { name: known.name, sourceId: known.id, isNew: false }, kind: 'org' }
      : { claimant: { name, isNew: true }, kind: 'org' };
  }

  private matchKnown(name: string, raw: string) {
    const key = normaliseName(name);
    const whole = normaliseName(raw);
    const single = !key.includes(' ') && key.length >= 4 && !/(?:ian|ese|ish)$/.test(key);
    let best: { source: KnownSource; key: string } | null = null;
    for (const alias of this.aliases) {
      if (alias.key === key || alias.key === whole) return alias.source;
      // "the Geneva-based Red Crescent Society" holds the name; "Lund" ends "Karin Lund".
      // A one-word alias ("union") inside a longer mention ("Union leader Marta Kovac") is not enough.
      const holds =
        (alias.key.includes(' ') && hasWords(whole, alias.key)) ||
        ` ${alias.key}`.endsWith(` ${key}`) ||
        (single && hasWords(alias.key, key));
      if (holds && (!best || alias.key.length > best.key.length)) best = alias;
    }
    return best?.source ?? null;
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
