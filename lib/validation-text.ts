import { z } from 'zod';

// The shared building blocks of every input schema. Each refuses, with a message, a value
// the database would otherwise refuse with a crash: PostgreSQL text cannot hold U+0000, a
// lone UTF-16 surrogate is not valid UTF-8, an INTEGER column holds 32 bits, and a
// timestamp stops at year 294276 (we keep to years 1–9999, the ones a form can show).

export const TEXT_REFUSED = 'Remove the invisible control character (U+0000) or the broken character from this text.';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True for a string PostgreSQL can store and compare as text. */
export function isStorableText(value: string) {
  return !value.includes('\u0000') && !loneSurrogate.test(value);
}

/** Any string from a form, a query string or a JSON body: every text field starts here. */
export const text = (params?: Parameters<typeof z.string>[0]) => z.string(params).refine(isStorableText, TEXT_REFUSED);

/** A required text field: missing, empty and blank all get the same message. */
export const requiredText = (message: string, max: number) =>
  text({ error: message })
    .trim()
    .min(1, message)
    .max(max, `Use at most ${max.toLocaleString('en')} characters.`);

/** An optional text field: absent and blank both become null. */
export const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, `Use at most ${max.toLocaleString('en')} characters.`)
    .optional()
    .transform((v) => v || null);

/** The id of a record, as a hidden field or an address names it. */
export const recordId = (message = 'This item does not exist.') =>
  text({ error: message }).min(1, message).max(64, message);

/** An id that may be left empty (''): becomes null. */
export const optionalRecordId = (message = 'This item does not exist.') =>
  z
    .union([z.literal(''), recordId(message)])
    .optional()
    .transform((v) => v || null);

/** The largest value of a PostgreSQL INTEGER column. */
export const MAX_INT32 = 2 ** 31 - 1;

/** A whole number that fits an INTEGER column, from a form field or JSON. */
export const int32 = (message: string) =>
  z.coerce.number({ error: message }).int(message).min(0, message).max(MAX_INT32, message);

/** The version an edit was based on (optimistic concurrency): 1 or more, 32 bits. */
export const version = z.coerce
  .number({ error: 'Reload the page: the form does not say which version it edits.' })
  .int('Reload the page: the form does not say which version it edits.')
  .min(1, 'Reload the page: the form does not say which version it edits.')
  .max(MAX_INT32, 'Reload the page: the form does not say which version it edits.');

export const MIN_DATE = new Date('0001-01-01T00:00:00.000Z');
export const MAX_DATE = new Date('9999-12-31T23:59:59.999Z');

/** A date from a form or JSON, between the years 1 and 9999. */
export const date = (message: string) =>
  z.coerce
    .date({ error: message })
    .min(MIN_DATE, 'Give a date between the years 1 and 9999.')
    .max(MAX_DATE, 'Give a date between the years 1 and 9999.');

/** An optional date: '' or absent becomes null. */
export const optionalDate = (message: string) =>
  z
    .union([z.literal(''), date(message)])
    .optional()
    .transform((v) => (v instanceof Date ? v : null));

/**
 * Free text from a query string (a search box): the first value, trimmed, cut to `max`;
 * undefined when empty or when the database could not search for it.
 */
export function searchText(value: unknown, max = 200): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string') return undefined;
  const cut = Array.from(first.trim()).slice(0, max).join('');
  return cut && isStorableText(cut) ? cut : undefined;
}

/** True for a value that can name a record (an id from an address or a hidden field). */
export function isRecordId(value: unknown): value is string {
  return recordId().safeParse(value).success;
}

/** A name the client chose (an uploaded file's), made storable: unstorable characters dropped, cut to `max` whole characters. */
export function storableName(value: string, max: number, fallback: string): string {
  const kept = Array.from(value)
    .filter((ch) => isStorableText(ch))
    .slice(0, max)
    .join('')
    .trim();
  return kept || fallback;
}
