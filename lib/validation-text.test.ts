import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every input schema builds on lib/validation-text.ts (docs/decisions/012-hostile-input.md):
// a bare z.string() lets U+0000 through to PostgreSQL, a bare z.coerce.date() lets year
// -200000 through, and a version of its own lets 3000000000 through. This scan keeps new
// schemas on the shared blocks; the exempt files parse no user input.
const exempt = new Map([
  ['lib/validation-text.ts', 'the shared blocks themselves'],
  ['lib/env.ts', 'the operator’s environment, read once at start'],
  ['lib/datasets/labelled-article.ts', 'labelled example files checked into the repository'],
  ['lib/ops/archive.ts', 'the manifest of a backup the operator restores'],
  ['lib/publishing/history.ts', 'audit snapshots the app wrote itself'],
  // passwordProblem() refuses U+0000, lone surrogates and every other control character, with its own message.
  ['lib/users/schemas.ts#passwordSchema', 'checked by lib/auth/password-policy.ts'],
]);

const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return p.includes('generated') ? [] : walk(p);
    return /\.tsx?$/.test(e.name) && !/\.(test|spec)\.tsx?$/.test(e.name) ? [p] : [];
  });

describe('input schemas', () => {
  it('take text, dates and versions from the shared blocks', () => {
    const offenders: string[] = [];
    for (const file of [...walk('lib'), ...walk('app')]) {
      if (exempt.has(file)) continue;
      // Each exported schema on its own, so that one may be exempt by name.
      const chunks = fs.readFileSync(file, 'utf8').split(/\n(?=export )/);
      const source = chunks
        .filter((chunk) => !exempt.has(`${file}#${/^export (?:const|function) (\w+)/.exec(chunk)?.[1]}`))
        .join('\n');
      for (const [pattern, use] of [
        [/\bz\s*\.string\(/, 'text() / requiredText()'],
        [/\bz\s*\.coerce\s*\.date\(|\bz\s*\.date\(/, 'date() / optionalDate()'],
        [/\bversion:\s*z\b/, 'version'],
      ] as const) {
        if (pattern.test(source)) offenders.push(`${file}: use ${use} from lib/validation-text.ts`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
