import { z } from 'zod';
import { webUrl } from '@/lib/evidence/schemas';
import { isScriptlessPage } from '@/lib/publishing/whole-pages.mjs';
import { optionalText, recordId, requiredText, text } from '@/lib/validation-text';

// What a reader may send from a public page, and what staff send when they close a report.
// The same limits are written into the form (maxLength, type, pattern), so a browser with
// no JavaScript refuses most bad input before sending it; these are the ones that count.

export const MAX_MESSAGE = 2000;
export const MAX_EMAIL = 254;
export const MAX_LINK = 2048;
/** The hidden field only a bot fills in (docs/decisions/023-reader-reports.md). */
export const HONEYPOT_FIELD = 'homepage';

/** Tabs and line breaks are text; other control characters are not (and would hide words in the inbox). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** The public page a report was sent from: one of the pages readers read, never another site. */
export function reportPage(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 300) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  try {
    const { pathname, origin } = new URL(value, 'http://localhost');
    return origin === 'http://localhost' && isScriptlessPage(pathname) ? pathname : null;
  } catch {
    return null;
  }
}

export const sendReportSchema = z.object({
  page: text().transform((v, ctx) => {
    const page = reportPage(v);
    if (!page) ctx.addIssue({ code: 'custom', message: 'This report does not say which page it is about.' });
    return page ?? '/';
  }),
  message: requiredText('Tell us what is wrong or what we should check.', MAX_MESSAGE).refine(
    (v) => !CONTROL.test(v),
    'Remove the invisible control characters from the text.',
  ),
  link: text()
    .trim()
    .pipe(z.union([z.literal(''), webUrl('Give a web address starting with http:// or https://, or leave it empty.')]))
    .optional()
    .transform((v) => v || null),
  email: text()
    .trim()
    .max(MAX_EMAIL, `Use at most ${MAX_EMAIL} characters.`)
    .refine(
      (v) => v === '' || z.email().safeParse(v).success,
      'Give an e-mail address like name@example.org, or leave it empty.',
    )
    .optional()
    .transform((v) => v || null),
});

const reason = requiredText('Say why the report is dismissed (staff only see it).', 1000);

export const dismissReportSchema = z.object({ reportId: recordId(), reason });

/** A check named by its address (public or review page), or by its slug. */
export const linkReportSchema = z.object({
  reportId: recordId(),
  target: requiredText('Name the claim or comparison: paste its address or its slug.', 2048),
  note: optionalText(1000),
});

export const claimMadeSchema = z.object({ reportId: recordId(), claimId: recordId() });
