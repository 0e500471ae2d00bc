'use server';

import { action } from '@/lib/actions/action';
import { dismissReport, linkReport } from '@/lib/reports/triage';

export const dismissReportAction = action(dismissReport, {
  refresh: () => ['/review/reports'],
  ok: 'Report dismissed.',
});

export const linkReportAction = action(linkReport, {
  refresh: () => ['/review/reports'],
  ok: 'Report linked to the check.',
});
