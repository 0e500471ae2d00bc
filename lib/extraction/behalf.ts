import { LETTER, LOWER, UPPER } from './chars';
import { HEADS, NAME } from './roles';

// Whom a person speaks for, as the article introduces them: "Ravina Shamdasani, a spokesperson
// for the UN human rights office,", "UN spokesman Stephane Dujarric", "Speaking on behalf of
// the WHO, Rick Brennan said". The claimant stays the person; the organisation goes with them,
// so a reviewer (and the evaluation) can take either.

const HEAD = `(?:${HEADS.split(' ').join('|')})`;
// An organisation's name: capitalised words and acronyms, with "of", "for", "the", "and" between.
// A dotted acronym keeps its dots ("U.N."); any other word ends before a full stop, and the
// name stays on one line, so "… on Tuesday.\n\nU.N. spokesman X" names no "Tuesday. U.N.".
const ORG_WORD = `(?:[${UPPER}](?:\\.[${UPPER}])+\\.?|[${UPPER}][${LETTER}’'-]*|\\([${UPPER}]{2,10}\\))`;
const ORG = `(?:the[ \\t]+)?${ORG_WORD}(?:[ \\t]+(?:(?:of|for|on|the|and)[ \\t]+)*${ORG_WORD}){0,9}`;
const ROLE_WORDS = `(?:[${LOWER}-]+\\s+){0,3}`;

const PATTERNS: { re: RegExp; name: number; org: number; of?: number }[] = [
  // "Ravina Shamdasani, a spokesperson for the UN human rights office (OHCHR),"
  {
    re: new RegExp(`(${NAME}),\\s+(?:(?:the|a|an)\\s+)?${ROLE_WORDS}${HEAD}\\s+(?:for|of|at|with|to)\\s+(${ORG})`, 'g'),
    name: 1,
    org: 2,
  },
  // "UN spokesman Stephane Dujarric", "OCHA head Tom Fletcher"
  // ("Jizan’s civil defence spokesman X": a possessive names the body with the words after it.)
  { re: new RegExp(`\\b(${ORG})\\s+(${ROLE_WORDS})${HEAD}\\s+(${NAME})`, 'g'), name: 3, org: 1, of: 2 },
  // "A WHO spokesperson, Tarik Jasarevic, said"
  {
    re: new RegExp(`\\b(${ORG})\\s+${ROLE_WORDS}${HEAD},\\s+(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?(${NAME})`, 'g'),
    name: 2,
    org: 1,
  },
  // "Speaking on behalf of the WHO, Rick Brennan said"
  {
    re: new RegExp(`\\bon\\s+behalf\\s+of\\s+(${ORG}),\\s+(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?(${NAME})`, 'g'),
    name: 2,
    org: 1,
  },
];

const tidy = (org: string) =>
  org
    .replace(/^(?:the|an?)\s+/i, '')
    .replace(/\s+(?:of|for|on|the|and)$/i, '')
    .trim();

export class Affiliations {
  private byName = new Map<string, string>();

  constructor(body: string) {
    for (const { re, name, org, of } of PATTERNS) {
      for (const m of body.matchAll(re)) {
        const person = m[name];
        // "UN spokesman" after a sentence's first word: the organisation is not a sentence opener.
        const possessive = of !== undefined && /['’]s$/.test(m[org]) ? ` ${m[of].trim()}` : '';
        const organisation = tidy(m[org] + possessive);
        if (!organisation || /^(?:The|A|An|In|On|At|He|She|They|It)$/.test(organisation)) continue;
        if (!this.byName.has(person)) this.byName.set(person, organisation);
        const surname = person.split(' ').at(-1)!;
        if (!this.byName.has(surname)) this.byName.set(surname, organisation);
      }
    }
  }

  /** The organisation the person named `name` speaks for, if the article says. */
  of(name: string): string | undefined {
    return this.byName.get(name) ?? this.byName.get(name.split(' ').at(-1) ?? '');
  }
}
