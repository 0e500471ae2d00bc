// International bodies that news copy names by what they do ("the UN refugee agency", "the UN
// children's fund") as often as by name. A descriptive mention is joined to the name the article
// also uses for that body: its short form where the article writes one (labels and reviewers read
// "UNHCR" in "UN High Commissioner for Refugees (UNHCR)" and in "UN refugee agency (UNHCR)"),
// else its formal name as the article writes it. A body the article names no other way keeps the
// description. Descriptions are lower case: "UN Human Rights Office" written as a name stays one.

const UN = String.raw`(?:the\s+)?(?:UN|U\.N\.|United\s+Nations?)(?:['’]s?)?`;

type Body = { short: string; described: RegExp; formal: RegExp };

const body = (short: string, described: string, formal: string): Body => ({
  short,
  described: new RegExp(`^(?:${described})$`),
  formal: new RegExp(formal, 'g'),
});

const BODIES: Body[] = [
  body(
    'UNHCR',
    `${UN}\\s+refugee\\s+(?:agency|body|office)`,
    String.raw`\b(?:UN|United Nations) High Commissioner for Refugees\b`,
  ),
  body(
    'UNICEF',
    `${UN}\\s+children['’]?s?\\s+(?:agency|fund|body)`,
    String.raw`\bUnited Nations Children['’]s (?:Emergency )?Fund\b`,
  ),
  body(
    'OHCHR',
    `${UN}\\s+(?:human\\s+)?rights\\s+(?:office|body|agency|chief['’]s\\s+office)`,
    String.raw`\bOffice of the (?:UN |United Nations )?High Commissioner for Human Rights\b`,
  ),
  body(
    'OCHA',
    `${UN}\\s+(?:humanitarian(?:\\s+affairs)?|aid|relief)\\s+(?:office|agency|coordination\\s+office|body)`,
    String.raw`\b(?:UN |United Nations )?Office for the Coordination of Humanitarian Affairs\b`,
  ),
  body('WHO', `${UN}\\s+health\\s+(?:agency|body)`, String.raw`\bWorld Health Organi[sz]ation\b`),
  body(
    'WFP',
    `${UN}\\s+food\\s+(?:aid\\s+)?(?:agency|body|programme|program)`,
    String.raw`\bWorld Food Program(?:me)?\b`,
  ),
  body('IOM', `${UN}\\s+migration\\s+(?:agency|body)`, String.raw`\bInternational Organi[sz]ation for Migration\b`),
  body(
    'UNRWA',
    `${UN}\\s+(?:agency\\s+for\\s+Palestinian\\s+refugees|Palestinian\\s+refugee\\s+agency|relief\\s+agency\\s+for\\s+Palestinians?)`,
    String.raw`\bUnited Nations Relief and Works Agency\b`,
  ),
  body('UNFPA', `${UN}\\s+population\\s+(?:fund|agency)`, String.raw`\bUnited Nations Population Fund\b`),
  body(
    'FAO',
    `${UN}\\s+food\\s+and\\s+agriculture\\s+(?:agency|body)`,
    String.raw`\bFood and Agriculture Organi[sz]ation\b`,
  ),
  // (No row for a bare "the Red Cross": it may be a national society the article also names.)
  body(
    'MSF',
    String.raw`(?:the\s+)?(?:medical\s+charity\s+)?Doctors\s+Without\s+Borders`,
    String.raw`\bM[ée]decins Sans Fronti[èe]res\b`,
  ),
];

export class WellKnown {
  private found = new Map<string, string | null>();

  constructor(private text: string) {}

  /** The name the article also gives the body a description names ("UNHCR" for "UN refugee agency"). */
  nameFor(mention: string): string | null {
    const known = BODIES.find((b) => b.described.test(mention.trim()));
    return known ? this.named(known) : null;
  }

  private named(known: Body): string | null {
    if (!this.found.has(known.short)) {
      // The short form as a word of its own ("UNHCR", "UNHCR's"), or the formal name as written.
      const short = new RegExp(`(?<![\\w.-])${known.short}(?![\\w-])`).test(this.text);
      const formal = short ? null : (this.text.match(known.formal)?.[0] ?? null);
      this.found.set(known.short, short ? known.short : formal);
    }
    return this.found.get(known.short) ?? null;
  }
}

// The heads of UN bodies that copy names by the body's work ("the UN human rights chief", "the U.N.
// refugee chief", "the UN chief"): the formal title, under which the article names the holder.
const CHIEFS: [RegExp, string][] = [
  [new RegExp(`^${UN}\\s+(?:human\\s+)?rights\\s+(?:chief|head|boss)$`, 'i'), 'High Commissioner for Human Rights'],
  [new RegExp(`^${UN}\\s+refugees?\\s+(?:chief|head|boss)$`, 'i'), 'High Commissioner for Refugees'],
  [new RegExp(`^${UN}\\s+(?:aid|humanitarian|relief)\\s+(?:chief|head|boss)$`, 'i'), 'Emergency Relief Coordinator'],
  [new RegExp(`^${UN}\\s+(?:chief|head|boss)$`, 'i'), 'Secretary-General'],
];

/** "High Commissioner for Human Rights" for "the UN human rights chief"; null for any other words. */
export function chiefTitle(mention: string): string | null {
  return CHIEFS.find(([re]) => re.test(mention.trim()))?.[1] ?? null;
}
