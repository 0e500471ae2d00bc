'use server';

import { action } from '@/lib/actions/action';
import { importArticle } from '@/lib/articles/import';

export const importArticleAction = action(
  async (values, user, formData) => {
    const file = formData.get('file');
    const upload =
      file instanceof File && file.size > 0
        ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
        : null;
    return importArticle({ ...values, file: upload }, user);
  },
  { refresh: () => ['/review/articles'], redirect: ({ id }) => `/review/articles/${id}` },
);
