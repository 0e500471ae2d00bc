import { z } from 'zod';
import { requiredText } from '@/lib/validation-text';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-policy';

// Shared by the forms and the domain functions (STYLE.md §7).
export const roleSchema = z.enum(['reviewer', 'editor', 'admin'], { message: 'Choose a role.' });

export const passwordSchema = z
  .string({ error: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(1024, 'Use at most 1024 characters.');

export const createUserSchema = z.discriminatedUnion('setup', [
  z.object({
    setup: z.literal('password'),
    email: z
      .string({ error: 'Enter a valid email address.' })
      .trim()
      .toLowerCase()
      .email('Enter a valid email address.'),
    name: requiredText('Enter a name.', 120),
    role: roleSchema,
    password: passwordSchema,
  }),
  z.object({
    setup: z.literal('link'),
    email: z
      .string({ error: 'Enter a valid email address.' })
      .trim()
      .toLowerCase()
      .email('Enter a valid email address.'),
    name: requiredText('Enter a name.', 120),
    role: roleSchema,
  }),
]);

export const changeRoleSchema = z.object({ userId: z.string().min(1), role: roleSchema });
export const setDisabledSchema = z.object({ userId: z.string().min(1), disabled: z.boolean() });
export const changePasswordSchema = z
  .object({ currentPassword: requiredText('Enter your current password.', 1024), newPassword: passwordSchema })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });
export const setPasswordWithTokenSchema = z.object({ token: z.string().min(20).max(200), password: passwordSchema });
