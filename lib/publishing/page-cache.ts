import fs from 'node:fs';
import path from 'node:path';

// Public pages with a slug are rendered on first request and kept on disk by Next
// (.next/server/app/claims/<slug>.html and friends) until a publish revalidates them. That
// disk copy outlives the process: after a re-seed or a restore, a new server would serve
// pages of the old data. Every start therefore drops them; they render again on demand.
const renderedOnDemand = ['claims', 'articles', 'comparisons', path.join('embed', 'claims')];

export function clearRenderedPages(distDir = '.next') {
  for (const route of renderedOnDemand) {
    const dir = path.join(distDir, 'server', 'app', route);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      // The build's own files live in the `[slug]` folder and `page*` files; the rest is rendered output.
      if (entry.name.startsWith('[') || entry.name.startsWith('page')) continue;
      if (/\.(html|rsc|meta|body)$/.test(entry.name) || entry.name.endsWith('.segments')) {
        fs.rmSync(path.join(dir, entry.name), { recursive: true, force: true });
      }
    }
  }
}
