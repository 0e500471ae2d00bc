import { capitalisedRuns, isParticle } from './names';

// Stories name a person in full once ("Ana de la Cruz", often outside any attribution)
// and by surname afterwards ("De la Cruz said"). The index maps each surname back to the
// full name: the given name before it, with any particles, as the text first wrote it.

type Entry = { words: string[]; at: number };

export class NameIndex {
  private byLast = new Map<string, Entry[]>();

  constructor(body: string) {
    for (const run of capitalisedRuns(body)) {
      // "Ana Ruiz and Piet Claes" holds two names; connectors never sit inside a person's.
      for (const part of run.text.split(/\s(?:and|of|for)\s(?:the\s)?/)) {
        const words = part.split(/\s+/);
        if (words.length < 2) continue;
        const key = words[words.length - 1].toLowerCase();
        const list = this.byLast.get(key) ?? [];
        list.push({ words, at: run.start });
        this.byLast.set(key, list);
      }
    }
  }

  /** "De la Cruz" → "Ana de la Cruz", from the latest fuller run before `at` (or the first after). */
  expand(mention: string, at: number): string | null {
    const words = mention.split(/\s+/);
    if (words.length > 3) return null;
    const list = this.byLast.get(words[words.length - 1].toLowerCase());
    if (!list) return null;
    // Entries are in text order: search back from `at`, then forward (a headline may come later).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].at < at) lo = mid + 1;
      else hi = mid;
    }
    const split = lo;
    for (let i = split - 1; i >= 0; i--) {
      const full = fullName(list[i].words, words);
      if (full) return full;
    }
    for (let i = split; i < list.length; i++) {
      const full = fullName(list[i].words, words);
      if (full) return full;
    }
    return null;
  }
}

// The mention must end the run; the full name is one given name, its particles, the mention.
function fullName(run: string[], mention: string[]): string | null {
  const offset = run.length - mention.length;
  if (offset < 1) return null;
  for (let i = 0; i < mention.length; i++) {
    if (run[offset + i].toLowerCase() !== mention[i].toLowerCase()) return null;
  }
  let first = offset - 1;
  while (first > 0 && isParticle(run[first])) first--;
  if (isParticle(run[first])) return null;
  return run.slice(first).join(' ');
}
