// npm test: every test. Unit and database tests (Vitest), then the production build and
// the browser tests (Playwright, with Debian's Chromium).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(label, command, args) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\nnpm test: ${label} failed.`);
    process.exit(result.status ?? 1);
  }
}

if (!fs.existsSync(chromium)) {
  const root = process.getuid?.() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (root && hasApt) {
    run('installing Debian Chromium for the browser tests', 'sh', [
      '-c',
      'apt-get update -q && apt-get install -y -q chromium',
    ]);
  } else {
    console.error(`npm test: the browser tests need Chromium at ${chromium}.`);
    console.error('Install it with:  sudo apt-get update && sudo apt-get install -y chromium');
    console.error('or point CHROMIUM_PATH at a Chromium or Chrome binary.');
    process.exit(1);
  }
}

run('unit and database tests', 'npx', ['vitest', 'run']);
run('production build', 'npx', ['next', 'build']);
run('browser tests', 'npx', ['playwright', 'test']);
console.log('\nnpm test: all tests passed.');
