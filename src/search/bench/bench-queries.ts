import * as OpenCC from 'opencc-js';
import type { Entry } from '../../schema/entry.ts';

/** A benchmark query and what kind it is. */
export interface BenchQuery {
  q: string;
  kind: 'word' | 'phrase' | 'traditional' | 'absent';
}

const HAN = /^\p{Script=Han}+$/u;

/**
 * Queries of 2–6 characters for the benchmark, the same for the same entries:
 * common words, runs of characters cut from random articles (within or across
 * words), some of those in Traditional characters, and strings of rare
 * characters that no entry holds.
 */
export function benchQueries(entries: readonly Entry[], count = 40): BenchQuery[] {
  let seed = 12345;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const simplified = entries.filter((e) => e.lang === 'zh-CN' && e.paragraphs.length > 0);
  const out: BenchQuery[] = ['发展', '乡村振兴', '高质量发展', '党建工作', '疫情防控'].map((q) => ({ q, kind: 'word' }));
  const absentShare = Math.ceil(count / 5);
  const traditionalShare = Math.ceil(count / 8);
  while (out.length < count - absentShare) {
    const e = simplified[Math.floor(rnd() * simplified.length)]!;
    const p = Array.from(e.paragraphs[Math.floor(rnd() * e.paragraphs.length)]!);
    const len = 2 + Math.floor(rnd() * 5);
    const at = Math.floor(rnd() * Math.max(1, p.length - len));
    const q = p.slice(at, at + len).join('');
    if (!HAN.test(q) || q.length !== len) continue;
    const traditional = out.filter((x) => x.kind === 'traditional').length < traditionalShare && toTraditional(q) !== q;
    out.push(traditional ? { q: toTraditional(q), kind: 'traditional' } : { q, kind: 'phrase' });
  }
  const text = entries.map((e) => [e.title, ...e.paragraphs, e.caption].join('\n')).join('\n');
  while (out.length < count) {
    const len = 2 + Math.floor(rnd() * 5);
    const q = Array.from({ length: len }, () => String.fromCodePoint(0x9f00 + Math.floor(rnd() * 0xa0))).join('');
    if (!text.includes(q)) out.push({ q, kind: 'absent' });
  }
  return out;
}
