import { requiredText, text, version } from '@/lib/validation-text';

// The fields of a workflow step, the same for claims and comparisons: each kind's schemas
// add the record's id (claimId, comparisonId) and what its own correction changes.

export const stepFields = { version, reason: text().trim().max(5000).default('') };

export const correctionFields = {
  reason: requiredText('Give the reason for the correction.', 5000),
  publicNote: requiredText('Write the correction note readers will see.', 2000),
};

export const discardFields = { reason: requiredText('Say why the correction is discarded.', 5000) };

export const retractFields = {
  reason: requiredText('Give the reason for the retraction.', 5000),
  publicNote: requiredText('Write the retraction note readers will see.', 2000),
};
