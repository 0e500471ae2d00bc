import { format } from 'date-fns';
import type { Metadata } from 'next';
import { PolicyForm } from '@/components/admin/policy-form';
import { requireRole } from '@/lib/auth/session';
import { readPolicy } from '@/lib/corrections/policy';
import { paths } from '@/lib/publishing/site';

export const metadata: Metadata = { title: 'Corrections policy' };

export default async function CorrectionsPolicyPage() {
  await requireRole('admin');
  const policy = await readPolicy();
  return (
    <section className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">Corrections policy</h1>
      <p>
        Readers find this policy on <a href={paths.corrections()}>the corrections page</a>, above every correction and
        retraction we have published.{' '}
        {policy.isDefault
          ? 'No policy has been saved yet: readers see the default text below. Edit it to fit your newsroom and save.'
          : `Last saved ${format(policy.updatedAt!, 'd MMM yyyy, HH:mm')}.`}
      </p>
      <PolicyForm body={policy.body} version={policy.version} />
    </section>
  );
}
