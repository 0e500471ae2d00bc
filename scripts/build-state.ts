import fs from 'node:fs';
import path from 'node:path';

// Whether the production build in .next is older than the sources it was built from.
const inputs = [
  'app',
  'components',
  'lib',
  'public',
  'next.config.ts',
  'proxy.ts',
  'instrumentation.ts',
  'package-lock.json',
  'postcss.config.mjs',
];

/** True when there is no build, or a source file changed after it. */
export function needsBuild(distDir = '.next') {
  const buildId = path.join(distDir, 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return inputs.some((input) => newestMtime(input) > built);
}

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (target === path.join('lib', 'generated')) return 0;
  return Math.max(0, ...fs.readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}
