import { z } from 'zod';

/** A required text field: missing, empty and blank all get the same message. */
export const requiredText = (message: string, max: number) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(max, `Use at most ${max.toLocaleString('en')} characters.`);
