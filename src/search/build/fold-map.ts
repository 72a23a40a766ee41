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
  let pairs = '';
  chars.forEach((c, i) => {
    const s = converted[i] ?? c;
    // Compatibility ideographs fold to unified ones by NFKC before the map applies.
    if (c.normalize('NFKC') !== c) return;
    if (s !== c && Array.from(s).length === 1) pairs += c + s;
  });
  return pairs;
}
