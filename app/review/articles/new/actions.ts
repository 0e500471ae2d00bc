'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formValues, refusal, type FormState } from '@/lib/actions/form-state';
import { importArticle } from '@/lib/articles/import';
import { requireUser } from '@/lib/auth/session';

export async function importArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData);
  const file = formData.get('file');
  let id: string;
  try {
    const upload =
      file instanceof File && file.size > 0
        ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
        : null;
    ({ id } = await importArticle({ ...values, file: upload }, user));
  } catch (error) {
    return refusal(error, values);
  }
  revalidatePath('/review/articles');
  redirect(`/review/articles/${id}`);
}
