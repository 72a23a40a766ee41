import { traditionalToSimplified } from '../../text/script.ts';

// Blocks of Han characters that Traditional text uses: the unified ideographs,
// extension A and extension B.
const HAN_BLOCKS: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0x20000, 0x2a6df],
];

/**
 * Builds the packed Traditional → Simplified pairs the index and the browser
 * fold with: every Han character that OpenCC converts, on its own, to another
 * single character. Converting each character alone (one per line) keeps the
 * map per character, as folding must be.
 */
export function buildFoldPairs(): string {
  const chars: string[] = [];
  for (const [from, to] of HAN_BLOCKS) for (let c = from; c <= to; c++) chars.push(String.fromCodePoint(c));
  const converted = traditionalToSimplified(chars.join('\n')).split('\n');
  const map = new Map<string, string>();
  chars.forEach((c, i) => {
    const s = converted[i] ?? c;
    // Compatibility ideographs fold to unified ones by NFKC before the map applies.
    if (c.normalize('NFKC') !== c) return;
    if (s !== c && Array.from(s).length === 1) map.set(c, s);
  });
  // Follow chains (A → B → C) to their end, so folding twice changes nothing
  // and every character of a chain finds the others.
  let pairs = '';
  for (const [from, to] of map) {
    let end = to;
    for (let hops = 0; map.has(end) && hops < 8; hops++) end = map.get(end)!;
    if (end !== from) pairs += from + end;
  }
  return pairs;
}
