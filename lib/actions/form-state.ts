import { isAppError } from '@/lib/errors';
import { isUnreachable, unreachableReason } from '@/lib/ops/unreachable';

// What a server action hands back to its form: a message, one per field, and the values
// the user typed so that nothing they wrote is lost when a save is refused.
export type FormState = {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** Anything else the page shows after success (a one-time link, say). */
  data?: Record<string, string>;
  /** A bulk action's outcome for each item it was asked to change (lib/claims/bulk.ts). */
  items?: { id: string; label: string; done: boolean; message: string }[];
  /** A save refused because someone else saved first: who, and what is saved now. */
  conflict?: { changedBy: string; version: number; saved: Record<string, string> };
};

export const idle: FormState = { status: 'idle' };

export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !omit.includes(key) && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

/**
 * Turns a refusal into form state, and so a database that went away mid-save (the form
 * keeps what was typed); anything else (redirects included) is rethrown.
 */
export function refusal(error: unknown, values?: Record<string, string>): FormState {
  if (isUnreachable(error)) {
    return {
      status: 'error',
      message: `${unreachableReason(error)} Nothing was saved; please try again in a minute.`,
      values,
    };
  }
  if (!isAppError(error)) throw error;
  const conflict =
    error.code === 'conflict' && error.details?.saved ? (error.details as FormState['conflict']) : undefined;
  return { status: 'error', message: error.userMessage, fieldErrors: error.fieldErrors, values, conflict };
}
