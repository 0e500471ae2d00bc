import { clientAddress } from '@/lib/auth/address';
import { throttleAddress } from '@/lib/auth/throttle';
import { AppError, isAppError } from '@/lib/errors';
import { errorResponse, isSameOrigin, readLimitedForm } from '@/lib/http';
import { reportPage } from '@/lib/reports/schemas';
import { sendReport } from '@/lib/reports/send';
import { reportResultPath } from '@/lib/reports/result';

// The report form on every public page posts here (components/public/report-form.tsx). The
// answer is a 303 to the plain page that says what happened (app/(public)/report/page.tsx),
// so the reader's browser never re-sends the form on reload.

const MAX_FORM_BYTES = 32 * 1024;

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });

export async function POST(request: Request) {
  // Browsers send Origin with every form they post: a report comes from one of our pages.
  if (!isSameOrigin(request)) {
    return errorResponse(new AppError('forbidden', { userMessage: 'Send your report from the form on our pages.' }));
  }
  let form: FormData;
  try {
    form = await readLimitedForm(request, MAX_FORM_BYTES, 'This report is too long to send.');
  } catch (error) {
    if (isAppError(error)) return seeOther(reportResultPath({ page: '/', refused: 'invalid' }));
    throw error;
  }
  const values: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === 'string' && !(name in values)) values[name] = value;
  const page = reportPage(values.page) ?? '/';
  try {
    await sendReport(values, throttleAddress(clientAddress(request.headers)));
    return seeOther(reportResultPath({ page, sent: true }));
  } catch (error) {
    if (isAppError(error) && error.code === 'locked') {
      return seeOther(reportResultPath({ page, refused: 'limit', retryAt: String(error.details?.retryAt ?? '') }));
    }
    if (isAppError(error) && error.code === 'invalid_input') {
      const field = Object.keys(error.fieldErrors ?? {})[0];
      return seeOther(reportResultPath({ page, refused: 'invalid', field }));
    }
    return errorResponse(error);
  }
}
