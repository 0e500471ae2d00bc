// The Node options `npm start` gives the server (package.json: `exec node ... scripts/serve.mjs`),
// read from package.json so that browser tests, the fault test and benches run the server
// under the same heap limit as production (docs/decisions/027).
import fs from 'node:fs';

export function serveNodeOptions(): string[] {
  const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  const options = /exec node (.*?)\s*scripts\/serve\.mjs/.exec(scripts.start);
  if (!options) throw new Error(`package.json's start script does not exec node scripts/serve.mjs`);
  return options[1]!.split(/\s+/).filter(Boolean);
}
