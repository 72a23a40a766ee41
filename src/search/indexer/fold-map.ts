import { simplifiedChars } from '../../text/script.ts';

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
 * single character (the same per-character fold ingest matches with).
 */
export function buildFoldPairs(): string {
  function* han(): Generator<number> {
    for (const [from, to] of HAN_BLOCKS) for (let c = from; c <= to; c++) yield c;
  }
  const map = new Map<string, string>();
  for (const [c, s] of simplifiedChars(han())) {
    const from = String.fromCodePoint(c);
    // Compatibility ideographs fold to unified ones by NFKC before the map applies.
    if (from.normalize('NFKC') === from) map.set(from, String.fromCodePoint(s));
  }
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
