import { describe, expect, it } from 'vitest';
import { OffThreadFailed, extractClaimsOffThread } from '@/lib/articles/off-thread';
import type { KnownSource } from './types';

// Any text up to the import limit (1 MB of UTF-8) is read in time linear in its length:
// texts built against each rule of the detector, each run in the worker thread that import
// uses. Detection takes well under 2 s on each (npm run bench:import); the guard is
// generous for a busy machine, and the detector before these tests needed minutes to hours.

const MB = 1_000_000;
const GUARD_MS = 20_000;
/** `unit` repeated to about 1 MB of UTF-8. */
const fill = (unit: string, prefix = '') =>
  prefix + unit.repeat(Math.floor((MB - Buffer.byteLength(prefix)) / Buffer.byteLength(unit)));

const sentences = [
  'At least 12 people were killed in Kano on Monday, the health ministry said.',
  '“We need the shelling to stop,” said Amina Yusuf, a resident of the town.',
  'According to the Red Cross, more than 300 families were displaced by the fighting.',
];
const news = fill(sentences.join(' ') + '\n\n');

const hostile: Record<string, string> = {
  'one run of "!"': fill('!'),
  'one run of ".", "!" and "?"': fill('.!?'),
  'one run of "! "': fill('! '),
  'one 1 MB paragraph': fill(sentences.join(' ') + ' '),
  'a million straight quotation marks': fill('"'),
  'an opening quotation mark never closed, on every line': fill('“a\n'),
  'no spaces': news.replace(/\s+/g, ''),
  'a million digits': fill('1'),
  'a million "("': fill('('),
  'a long run of capitalised words': fill('Ana de la Cruz '),
  'a long run of "said"': fill('said '),
  'a long run of "told"': fill('told '),
  'surnames whose full name never comes': fill('Ana Berg met Bob. De Berg said it was bad. '),
  'a figure, then numbers that count no one': fill('3 tanks ', '6 civilians were killed '),
  'a figure, then parts that never end': fill(' and three tanks', '250 civilians were killed, including 49 children'),
  'one sentence of ", while" claims': fill(', while 7 people were killed', '6 people were killed'),
  'persons named singly among numbers, in one clause': fill('killed a man 5 '),
  'a role introduced again and again': fill('the mayor, Ivan Petrenko, said '),
  'spokespeople for bodies again and again': fill(
    'UN spokesman Piet Claes, a spokesperson for the Office Of The Sea, said ',
  ),
  'passive agents again and again': fill('The toll was confirmed by the head of the area was reported by '),
  'a relayed source in every sentence of one paragraph': fill(
    'At least 5 people were killed in the town, the ministry said, citing the governor. ',
  ),
  'a source after "according to" that never ends (initials and titles)': fill('according to Mr. ', 'It rained, '),
  'a title, a body and a name again and again': fill('Deputy Inspector General of Police Ana Ruiz said it rained. '),
  'lines wrapped in the middle of every sentence': fill('five people were killed\nand ', 'Storm\n\nIn the town '),
  'a number of people that keeps passing': fill(
    ' has crossed 2 million and',
    'the number of refugees fleeing the coast',
  ),
};

async function detect(body: string, knownSources: KnownSource[] = []) {
  const started = performance.now();
  const proposals = await extractClaimsOffThread(body, { knownSources }, { timeoutMs: GUARD_MS });
  return { proposals, ms: performance.now() - started };
}

describe('claim detection on 1 MB of hostile text', () => {
  for (const [name, body] of Object.entries(hostile)) {
    it(`finishes in time: ${name}`, { timeout: GUARD_MS + 15_000 }, async () => {
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MB);
      const { proposals, ms } = await detect(body);
      expect(ms).toBeLessThan(GUARD_MS);
      for (const p of proposals) expect(body.slice(p.start, p.end)).toBe(p.text);
    });
  }

  it(
    'finishes in time with thousands of known sources and a new speaker in every sentence',
    {
      timeout: GUARD_MS + 15_000,
    },
    async () => {
      const known = Array.from({ length: 5_000 }, (_, i) => ({
        name: `Regional Agency ${i.toString(36)} Office`,
        aliases: [`RA${i}`, `the agency ${i}`],
      }));
      const said = (i: number) => `Ana B${i.toString(36)} said the road was shut. `;
      const body = Array.from({ length: MB / said(99_999).length }, (_, i) => said(i)).join('');
      const { proposals, ms } = await detect(body, known);
      expect(ms).toBeLessThan(GUARD_MS);
      expect(proposals.length).toBeGreaterThan(0);
    },
  );

  it('finds the claims of ordinary news however long', { timeout: GUARD_MS + 15_000 }, async () => {
    const { proposals } = await detect(news);
    // Repeated paragraphs are proposed once.
    expect(proposals.map((p) => [p.text, p.kind, p.claimant?.name])).toEqual([
      ['At least 12 people were killed in Kano on Monday', 'casualty', 'health ministry'],
      ['We need the shelling to stop', 'quote', 'Amina Yusuf'],
      ['more than 300 families were displaced by the fighting', 'casualty', 'Red Cross'],
    ]);
  });

  it('stops a detection that outlives its time and says so', async () => {
    await expect(extractClaimsOffThread(news, {}, { timeoutMs: 1 })).rejects.toThrow(OffThreadFailed);
  });
});
