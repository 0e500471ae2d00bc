// Generated news text for the benchmarks. Words are drawn by Zipf's law from a vocabulary
// of common news words followed by made-up place and person names, so a common word ("said")
// is in most claims, a topical one ("hospital") in a few per cent and a name in a handful:
// the spread a real archive has, which is what search speed depends on.

const common = `the of to and in a said that on for was were by with at from as is have had been
has are an it not their which after this government forces killed people city more than
two who also but they would told its three security military officials at least since
attack group police where killed report over other including state during against day
injured war hundreds area several town local rebels minister spokesman civilians
statement monitoring according residents army week troops four near capital some dozens
north south east west children women men fighting air strikes shelling province
border hospital ceasefire talks envoy agency activists neighbourhood offensive displaced
families aid convoy village district ministry president foreign united nations council
observatory human rights witnesses medical sources health workers bodies wounded
casualties toll death rising opposition regime rockets mortar bombs barrel helicopters
jets warplanes artillery checkpoint road bridge market school mosque church building
homes streets buildings destroyed damaged evacuated trapped siege besieged blockade
humanitarian supplies food water electricity fuel shortages refugees camp crossing
negotiations agreement violations truce deal diplomats meeting summit conference
delegation leaders announced confirmed denied claimed accused blamed warned urged
demanded called condemned described estimated counted recorded documented verified
reported added stressed insisted explained noted stated repeated pledged promised
yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday
morning evening night hours days weeks months year earlier later recent latest
five six seven eight nine ten twenty thirty forty fifty hundred thousand million
first second third last next new old major key senior top former acting deputy
region areas towns villages cities countries country nation national international
western eastern northern southern central rural urban coastal mountain desert river`
  .split(/\s+/)
  .filter(Boolean);

const syllables = [
  'al',
  'ka',
  'dar',
  'tal',
  'mun',
  'sa',
  'ri',
  'ha',
  'ba',
  'qas',
  'deir',
  'zor',
  'ma',
  'lik',
  'bin',
  'tu',
  'sur',
  'ra',
  'na',
  'jib',
  'kho',
  'fa',
  'ya',
  'mir',
];

/** Made-up proper names, each a few syllables long: places, people, units. */
function names(count: number, random: () => number) {
  const seen = new Set<string>();
  while (seen.size < count) {
    const parts = 2 + Math.floor(random() * 2);
    const name = Array.from({ length: parts }, () => syllables[Math.floor(random() * syllables.length)]).join('');
    seen.add(name[0]!.toUpperCase() + name.slice(1));
  }
  return [...seen];
}

export type TextMaker = { sentence: (words: number) => string; vocabulary: readonly string[] };

/** A sentence maker over a Zipf-distributed vocabulary (common words first, then 3,000 names). */
export function textMaker(random: () => number): TextMaker {
  const vocabulary = [...common, ...names(3000, random)];
  // Cumulative Zipf weights (exponent 1.05); a word is drawn by binary search.
  const cumulative: number[] = [];
  let sum = 0;
  vocabulary.forEach((_, rank) => {
    sum += 1 / (rank + 1) ** 1.05;
    cumulative.push(sum);
  });
  const draw = () => {
    const target = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo]!;
  };
  const sentence = (count: number) => {
    const words = Array.from({ length: count }, draw);
    words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
    return words.join(' ');
  };
  return { sentence, vocabulary };
}
