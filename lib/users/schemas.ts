import { z } from 'zod';
import { recordId, requiredText, text } from '@/lib/validation-text';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from '@/lib/auth/password-policy';

// Shared by the forms and the domain functions (STYLE.md §7).
export const roleSchema = z.enum(['reviewer', 'editor', 'admin'], { message: 'Choose a role.' });

/** A password being set (never trimmed: every character counts). */
export const passwordSchema = z
  .string({ error: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const createUserSchema = z.discriminatedUnion('setup', [
  z.object({
    setup: z.literal('password'),
    email: text({ error: 'Enter a valid email address.' }).trim().toLowerCase().email('Enter a valid email address.'),
    name: requiredText('Enter a name.', 120),
    role: roleSchema,
    password: passwordSchema,
  }),
  z.object({
    setup: z.literal('link'),
    email: text({ error: 'Enter a valid email address.' }).trim().toLowerCase().email('Enter a valid email address.'),
    name: requiredText('Enter a name.', 120),
    role: roleSchema,
  }),
]);

export const changeRoleSchema = z.object({ userId: recordId(), role: roleSchema });
export const setDisabledSchema = z.object({ userId: recordId(), disabled: z.boolean() });
export const changePasswordSchema = z
  .object({
    // Checked as typed: a password may begin or end with a space.
    currentPassword: text({ error: 'Enter your current password.' })
      .min(1, 'Enter your current password.')
      .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`),
    newPassword: passwordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });
export const setPasswordWithTokenSchema = z.object({ token: text().min(20).max(200), password: passwordSchema });
