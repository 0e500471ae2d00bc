import { rng } from './generate';

// About `bytes` of generated news copy in the shapes detection looks for: casualty counts
// with their sources, quotes with speakers, scheduled events. Deterministic.
export function generatedNews(bytes = 1_000_000, seed = 7) {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const places = ['Kano', 'Mosul', 'Gaza City', 'Kharkiv', 'Idlib', 'Goma', 'Marawi', 'Taiz'];
  const speakers = ['the health ministry', 'police', 'a local official', 'the Red Cross', 'witnesses', 'the army'];
  const templates = [
    () =>
      `At least ${Math.floor(random() * 90) + 2} people were killed in ${pick(places)} on Monday, ${pick(speakers)} said.`,
    () =>
      `More than ${Math.floor(random() * 500) + 10} civilians have been wounded since the offensive began, according to ${pick(speakers)}.`,
    () =>
      `“We need the shelling to stop,” said ${pick(['Amina Yusuf', 'Oleh Kovalenko', 'Maria Santos'])}, a resident of ${pick(places)}.`,
    () =>
      `Talks in ${pick(places)} were expected to resume on Thursday after a pause of ${Math.floor(random() * 9) + 2} days.`,
    () => `Hundreds of families fled the district overnight, ${pick(speakers)} told reporters.`,
  ];
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = Array.from({ length: 3 }, () => pick(templates)()).join(' ');
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs.join('\n\n');
}
