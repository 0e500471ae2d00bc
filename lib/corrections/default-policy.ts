// The corrections policy a newsroom publishes until an admin writes its own (the review
// desk's "Corrections policy" page). It follows what the IFCN code of principles asks of a
// signatory: what we correct, how a correction shows, and how a reader asks for one.
export const DEFAULT_CORRECTIONS_POLICY = `We want every check we publish to be accurate, and we correct our mistakes openly.

## What we correct

- **Errors of fact** in a check: a wrong figure, date, name, quotation or attribution, or a source we misread.
- **A verdict that no longer stands**, because we got it wrong or because new evidence changes it.
- **Evidence** we showed that turns out to be unreliable, or evidence we should have shown.

We do not treat a later development as a correction when the check was right at the time; we publish a new check, or add to the existing one with a dated note.

## How a correction appears

- A corrected check keeps its address. Its page says that it was corrected, when, and what changed, in a note written for readers; where the verdict changed, it shows the old verdict and the new one.
- Before a correction is published, an editor who did not prepare it reads it: the same two-person rule as a first publication.
- If a check cannot be repaired, we **retract** it: the page stays online, marked as retracted, with the reason, and no longer carries a rating.
- Every correction and retraction is listed on this page, newest first, and in its RSS feed. Each check also has a feed of its own, so anyone who shared or republished it can follow what happens to it.
- We do not silently edit published checks. Spelling and formatting fixes that change no meaning may be made without a note.

## How to ask for a correction

If you think we got something wrong, tell us: say which check, what you believe is wrong, and, if you can, a source that shows it. We read every request, answer those who leave a way to reach them, and aim to decide within two working days. If we disagree, we say why.
`;
