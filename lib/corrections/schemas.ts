import { z } from 'zod';
import { int32, requiredText } from '@/lib/validation-text';

/** Long enough for a full policy; a limit so that one save cannot fill the page store. */
export const POLICY_MAX_CHARS = 20_000;

/** The admin's save of the corrections policy: the Markdown and the version the form showed (0: the default). */
export const policySchema = z.object({
  body: requiredText('Write the policy, or keep the default text.', POLICY_MAX_CHARS),
  version: int32('Reload the page: the form does not say which version it edits.'),
});
