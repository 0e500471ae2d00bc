import type { z } from 'zod';
import { AppError } from '@/lib/errors';

/** Parses untrusted input or throws AppError('invalid_input') with a message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.join('.') || 'form';
    fieldErrors[field] ??= issue.message;
  }
  throw AppError.fields(fieldErrors);
}
