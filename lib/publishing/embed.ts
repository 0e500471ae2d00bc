import { DEMO_LABEL } from './demo';
import { absoluteUrl, paths, type Site } from './site';
import type { PublicClaim } from './types';

// The card other sites put in an iframe: one small HTML document with its own styles and no
// script, so it costs the host page almost nothing. Every value is escaped.

const escapeHtml = (text: string) =>
  text.replace(/[<>&'"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&quot;' })[ch]!);

// Text and ring colours of components/verdict-badge.tsx, all at least 4.5:1 on their backgrounds.
const tones: Record<string, [string, string]> = {
  positive: ['#d1fae5', '#064e3b'],
  negative: ['#fee2e2', '#7f1d1d'],
  mixed: ['#fef3c7', '#451a03'],
  disputed: ['#ede9fe', '#4c1d95'],
  neutral: ['#f1f5f9', '#0f172a'],
};

const style = `
body{margin:0;font:16px/1.5 ui-sans-serif,system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#0f172a;background:#fff}
article{border:1px solid #cbd5e1;border-radius:6px;padding:16px;max-width:640px}
.org{margin:0;font-size:14px;color:#334155}
.badge{display:inline-block;border-radius:4px;padding:2px 8px;font-weight:600;box-shadow:inset 0 0 0 1px currentColor}
.note{margin:8px 0 0;font-size:14px;font-weight:600;color:#451a03;background:#fffbeb;border-left:4px solid #b45309;padding:4px 8px}
h1{margin:8px 0 0;font:600 20px/1.3 ui-serif,Georgia,Cambria,'Times New Roman',serif}
blockquote{margin:8px 0 0;padding-left:12px;border-left:4px solid #cbd5e1;font-family:ui-serif,Georgia,serif}
p{margin:8px 0 0}a{color:#1e40af}`;

export function embedHtml(claim: PublicClaim, site: Site): string {
  const url = absoluteUrl(paths.claim(claim.slug), site.baseUrl);
  const [background, color] = tones[claim.verdict.tone] ?? tones.neutral;
  const verdict =
    claim.status === 'retracted'
      ? `<span class="badge" style="background:#0f172a;color:#fff">Retracted</span> (was ${escapeHtml(claim.verdict.label)})`
      : `<span class="badge" style="background:${background};color:${color}">${escapeHtml(claim.verdict.label)}</span>`;
  const who = claim.claimant
    ? `<p>${escapeHtml(claim.claimant.name)}${claim.attribution ? `, ${escapeHtml(claim.attribution)}` : ''}, in “${escapeHtml(claim.article.title)}”</p>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(`Fact check: ${claim.statement} · ${site.name}`)}</title>
<meta name="robots" content="noindex"><link rel="canonical" href="${escapeHtml(url)}"><style>${style}</style></head>
<body><main><article>
<p class="org">${escapeHtml(site.name)} · Fact check</p>
${claim.demo ? `<p class="note">${escapeHtml(DEMO_LABEL)}</p>` : ''}
<p>Our verdict: ${verdict}</p>
<h1>${escapeHtml(claim.statement)}</h1>
<blockquote>“${escapeHtml(claim.quote)}”</blockquote>
${who}
<p><a href="${escapeHtml(url)}" target="_blank" rel="noopener">Read the full check on ${escapeHtml(site.name)}</a></p>
</article></main></body></html>
`;
}

export function embedNotFoundHtml(site: Site): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Check not found · ${escapeHtml(site.name)}</title>
<meta name="robots" content="noindex"><style>${style}</style></head>
<body><main><article><h1>Check not found</h1><p>There is no published check at this address.</p></article></main></body></html>
`;
}
