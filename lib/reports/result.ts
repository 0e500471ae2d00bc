import { reportPage } from './schemas';

// The address of the page that answers a report (app/(public)/report/page.tsx). Only
// what every reader of that address sees alike goes into it: never what was typed.

export type ReportResult = {
  page: string;
  sent?: boolean;
  refused?: 'limit' | 'invalid';
  /** The field that was refused (invalid), by name. */
  field?: string;
  /** When the sender may try again (limit), as an ISO time. */
  retryAt?: string;
};

const FIELDS = ['message', 'link', 'email', 'page'] as const;
export type RefusedField = (typeof FIELDS)[number];

export function reportResultPath({ page, sent, refused, field, retryAt }: ReportResult) {
  const query = new URLSearchParams({ page });
  if (sent) query.set('sent', '1');
  if (refused) query.set('refused', refused);
  if (field && (FIELDS as readonly string[]).includes(field)) query.set('field', field);
  // To the minute: one address per minute at most, not per request.
  if (retryAt && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(retryAt)) query.set('after', retryAt.slice(11, 16));
  return `/report?${query}`;
}

/** What the result page may show, read back from its address; anything else is ignored. */
export function readReportResult(query: Record<string, string | string[] | undefined>) {
  const one = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
  const refused = one('refused');
  const field = one('field');
  const after = one('after');
  return {
    page: reportPage(one('page') ?? '') ?? null,
    sent: one('sent') === '1',
    refused: refused === 'limit' || refused === 'invalid' ? refused : null,
    field: (FIELDS as readonly string[]).includes(field ?? '') ? (field as RefusedField) : null,
    after: after && /^\d\d:\d\d$/.test(after) ? after : null,
  };
}
