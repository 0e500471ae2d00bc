import 'server-only';
import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/session';
import { ownEntry } from '@/lib/own-key';
import type { Move } from '@/lib/workflow/rules';
import { formValues, refusal, type FormState } from './form-state';

type User = Awaited<ReturnType<typeof requireUser>>;

/**
 * The server action behind a workflow panel (claims and comparisons alike): the pressed
 * button names the move, the domain function makes it, and readers' pages are refreshed
 * when the move is one they see. Also used for a pending correction's own steps
 * (publish, discard), which are not stages of the workflow.
 */
export function workflowAction<Moved extends { isPublic: boolean }, Step extends string = Move>(
  moves: Record<Step, (input: unknown, user: User) => Promise<Moved>>,
  after: { published: (moved: Moved) => Promise<void>; paths: (values: Record<string, string>) => string[] },
) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const user = await requireUser();
    const values = formValues(formData);
    // Only the listed steps: the form field is untrusted ("constructor" is not a move).
    const move = ownEntry<(input: unknown, user: User) => Promise<Moved>>(moves, values.move);
    if (!move) return { status: 'error', message: 'Unknown workflow step.' };
    try {
      const moved = await move(values, user);
      if (moved.isPublic) await after.published(moved);
    } catch (error) {
      return refusal(error, values);
    }
    for (const path of after.paths(values)) revalidatePath(path);
    return { status: 'ok', message: 'Done.' };
  };
}
