'use server';

import { revalidatePath } from 'next/cache';
import { formValues, refusal, type FormState } from '@/lib/actions/form-state';
import { requireRole } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { changeRole, createUser, issuePasswordLink, setDisabled } from '@/lib/users/manage';

const linkFor = (token: string) => new URL(`/set-password/${token}`, env.PUBLIC_BASE_URL).toString();

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRole('admin');
  const values = formValues(formData, ['password']);
  try {
    const { user, setPasswordToken } = await createUser(formValues(formData), admin);
    revalidatePath('/review/admin/users');
    return {
      status: 'ok',
      message: `Created ${user.name} (${user.email}).`,
      data: setPasswordToken ? { link: linkFor(setPasswordToken) } : undefined,
    };
  } catch (error) {
    return refusal(error, values);
  }
}

export async function userRowAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRole('admin');
  const userId = String(formData.get('userId') ?? '');
  try {
    switch (formData.get('intent')) {
      case 'role':
        await changeRole({ userId, role: formData.get('role') }, admin);
        revalidatePath('/review/admin/users');
        return { status: 'ok', message: 'Role saved.' };
      case 'disable':
      case 'enable':
        await setDisabled({ userId, disabled: formData.get('intent') === 'disable' }, admin);
        revalidatePath('/review/admin/users');
        return { status: 'ok', message: formData.get('intent') === 'disable' ? 'Disabled.' : 'Enabled.' };
      case 'link': {
        const { setPasswordToken } = await issuePasswordLink({ userId }, admin);
        return { status: 'ok', message: 'New one-time link:', data: { link: linkFor(setPasswordToken) } };
      }
      default:
        return { status: 'error', message: 'Unknown action.' };
    }
  } catch (error) {
    return refusal(error);
  }
}
