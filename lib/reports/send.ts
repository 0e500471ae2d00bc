import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { HONEYPOT_FIELD, sendReportSchema } from './schemas';

// A reader's report, sent with no account. What guards it is not a role but a limit per
// sender, counted in the database so that it holds across app servers and restarts
// (docs/decisions/023-reader-reports.md).

export const REPORTS_PER_HOUR = 5;
export const REPORT_WINDOW_MS = 60 * 60 * 1000;

export type SentReport = { outcome: 'sent'; id: string } | { outcome: 'dropped' };

/**
 * Stores a reader's report. `sender` is the client's address as lib/auth/throttle.ts
 * names it. A filled-in hidden field (a bot) is dropped without a word and without a
 * count; a sixth report within the hour from one sender is refused and nothing is kept.
 */
export async function sendReport(
  input: Record<string, unknown>,
  sender: string,
  now = new Date(),
): Promise<SentReport> {
  if (typeof input[HONEYPOT_FIELD] === 'string' && input[HONEYPOT_FIELD].trim() !== '') return { outcome: 'dropped' };
  const report = parseInput(sendReportSchema, input);
  const since = new Date(now.getTime() - REPORT_WINDOW_MS);
  return db.$transaction(async (tx) => {
    // One sender's reports are counted one at a time, on every app server: two sent at
    // once cannot both see four before them.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`reader-report:${sender}`}))`;
    const recent = await tx.reportSend.findMany({
      where: { sender, sentAt: { gt: since } },
      orderBy: { sentAt: 'asc' },
      select: { sentAt: true },
    });
    if (recent.length >= REPORTS_PER_HOUR) {
      const again = new Date(recent[0]!.sentAt.getTime() + REPORT_WINDOW_MS);
      throw new AppError('locked', {
        userMessage: `You have sent ${REPORTS_PER_HOUR} reports in the last hour, the most we take from one address. Please try again after ${again.toISOString().slice(11, 16)} UTC.`,
        details: { retryAt: again.toISOString() },
      });
    }
    // An address is kept only while it counts: older sends (anyone's) go now.
    await tx.reportSend.deleteMany({ where: { sentAt: { lte: since } } });
    await tx.reportSend.create({ data: { sender, sentAt: now } });
    const { id } = await tx.readerReport.create({ data: { ...report, createdAt: now }, select: { id: true } });
    return { outcome: 'sent', id };
  });
}
