import { PINYIN_BASE } from '../core/layout.ts';
import { MAX_PINYIN_READINGS as MAX_READINGS } from '../core/planner.ts';

/**
 * Reads a Latin query as pinyin: the ways its letters split into syllables
 * the archive's titles and names use (`xian` is `xian` or `xi an`), fewest
 * syllables first, each as the private-use code points the pinyin index
 * stores. Spaces and apostrophes are boundaries the split must respect.
 * Returns nothing when the query is not letters or does not spell pinyin.
 */
export function pinyinReadings(query: string, syllables: readonly string[]): number[][] {
  const q = query.toLowerCase().trim();
  if (!/^[a-zü' ]+$/.test(q) || q.replace(/[' ]/g, '').length < 2) return [];
  const ids = new Map(syllables.map((s, i) => [s.replace('ü', 'v'), i]));
  const longest = Math.max(0, ...syllables.map((s) => s.length));
  let readings: number[][] = [[]];
  for (const word of q.replace(/ü/g, 'v').split(/[' ]+/).filter(Boolean)) {
    const splits = splitWord(word, ids, longest);
    readings = readings.flatMap((r) => splits.map((s) => [...r, ...s])).slice(0, MAX_READINGS);
    if (readings.length === 0) return [];
  }
  return readings.sort((a, b) => a.length - b.length).map((r) => r.map((id) => PINYIN_BASE + id));
}

/** All splits of one word into known syllables (at most `MAX_READINGS`). */
function splitWord(word: string, ids: Map<string, number>, longest: number): number[][] {
  const memo = new Map<number, number[][]>();
  const from = (i: number): number[][] => {
    if (i === word.length) return [[]];
    let out = memo.get(i);
    if (out) return out;
    out = [];
    for (let len = Math.min(longest, word.length - i); len >= 1 && out.length < MAX_READINGS; len--) {
      const id = ids.get(word.slice(i, i + len));
      if (id === undefined) continue;
      for (const rest of from(i + len)) {
        out.push([id, ...rest]);
        if (out.length >= MAX_READINGS) break;
      }
    }
    memo.set(i, out);
    return out;
  };
  return from(0);
}
