import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { ownEntry } from '@/lib/own-key';
import { formValues, refusal, type FormState } from './form-state';

// Every server action in one shape (STYLE.md §6): who is acting, the form's values, the
// domain verb (which validates and checks the role again, inside its transaction), then
// the pages to refresh and the answer. A refusal (an AppError, or the database gone away)
// comes back to the form with what was typed; anything else, redirects included, is thrown.

export type Values = Record<string, string>;
export type Staff = Awaited<ReturnType<typeof requireUser>>;

export type ActionSpec<Result, Actor> = {
  /** Who is acting; by default a signed-in member of staff (others are sent to sign in). */
  as?: () => Promise<Actor>;
  /** The answer on success: a message, or the answer worded from the verb's result. */
  ok?: string | ((result: Result, values: Values) => Omit<FormState, 'status'>);
  /** The staff pages that show what changed (a route pattern as `[pattern, 'page']`). */
  refresh?: (result: Result, values: Values) => (string | readonly [string, 'page'])[];
  /** Readers' pages, when the verb reports that readers see what changed. */
  refreshPublic?: (result: Result, values: Values) => Promise<void>;
  /** Where to go after success, instead of answering the form. */
  redirect?: (result: Result, values: Values) => string;
  /** Fields never handed back to the form (passwords), or true to hand back none. */
  forget?: string[] | true;
};

type Verb<Result, Actor> = (values: Values, actor: Actor, formData: FormData) => Promise<Result>;

async function perform<Result, Actor>(
  formData: FormData,
  verb: Verb<Result, Actor>,
  spec: ActionSpec<Result, Actor>,
  refuse: typeof refusal = refusal,
): Promise<FormState> {
  const actor = await (spec.as ?? (requireUser as () => Promise<Actor>))();
  const values = formValues(formData);
  const kept = spec.forget === true ? undefined : spec.forget ? formValues(formData, spec.forget) : values;
  let result: Result;
  try {
    result = await verb(values, actor, formData);
    await spec.refreshPublic?.(result, values);
  } catch (error) {
    return refuse(error, kept);
  }
  for (const path of spec.refresh?.(result, values) ?? []) {
    if (typeof path === 'string') revalidatePath(path);
    else revalidatePath(...path);
  }
  if (spec.redirect) redirect(spec.redirect(result, values));
  const ok = typeof spec.ok === 'function' ? spec.ok(result, values) : { message: spec.ok };
  return { status: 'ok', ...ok };
}

/** A server action for a form that shows its answer (`useActionState`). */
export function action<Result, Actor = Staff>(verb: Verb<Result, Actor>, spec: ActionSpec<Result, Actor> = {}) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => perform(formData, verb, spec);
}

/**
 * A server action for a plain form that only ever moves on (sign out, sign in elsewhere):
 * with no form to answer, a failure is the error page.
 */
export function formAction<Actor = Staff>(verb: Verb<unknown, Actor>, spec: ActionSpec<unknown, Actor> = {}) {
  return async (formData: FormData): Promise<void> => {
    await perform(formData, verb, spec, (error) => {
      throw error;
    });
  };
}

/**
 * One verb of several, picked by a form field (the pressed button): only the listed ones,
 * since the field is untrusted ("constructor" is not a step).
 */
export function choose<Result, Actor>(
  field: string,
  verbs: Record<string, (values: Values, actor: Actor) => Promise<Result>>,
  unknown: string,
): Verb<Result, Actor> {
  return (values, actor) => {
    const verb = ownEntry<(values: Values, actor: Actor) => Promise<Result>>(verbs, values[field]);
    if (!verb) throw new AppError('invalid_input', { userMessage: unknown });
    return verb(values, actor);
  };
}

/** The step of a workflow panel or a pending correction, named by the pressed button. */
export function workflowStep<Result, Actor>(steps: Record<string, (values: Values, actor: Actor) => Promise<Result>>) {
  return choose('move', steps, 'Unknown workflow step.');
}

/**
 * The answer to a workflow step: the staff pages that list the item, and readers' pages
 * when the verb reports a move they see (publish, retract, a correction published).
 */
export function afterMove<Moved extends { isPublic: boolean }>(
  refresh: (moved: Moved, values: Values) => string[],
  revalidatePublic: (moved: Moved) => Promise<void>,
): ActionSpec<Moved, Staff> {
  return {
    ok: 'Done.',
    refresh,
    refreshPublic: async (moved) => {
      if (moved.isPublic) await revalidatePublic(moved);
    },
  };
}
