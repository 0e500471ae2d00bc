'use server';

import { action } from '@/lib/actions/action';
import { requireRole } from '@/lib/auth/session';
import { savePolicy } from '@/lib/corrections/policy';
import { revalidateCorrectionsPolicy } from '@/lib/publishing/revalidate';

export const savePolicyAction = action(savePolicy, {
  as: () => requireRole('admin'),
  refresh: () => ['/review/admin/corrections-policy'],
  refreshPublic: async ({ changed }) => {
    if (changed) await revalidateCorrectionsPolicy();
  },
  ok: ({ changed, version }) => ({
    message: changed ? 'Policy saved and published on /corrections.' : 'Nothing changed.',
    data: { version: String(version) },
  }),
});
