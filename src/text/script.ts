import * as OpenCC from 'opencc-js';
import type { Lang } from '../schema/ids.ts';

let toSimplified: ((s: string) => string) | null = null;

/** Converts Traditional Chinese (Taiwan, Hong Kong and older print forms) to Simplified, phrase-aware. */
export function traditionalToSimplified(s: string): string {
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplified(s);
}

// A sample is enough to tell the script of a page and keeps this off the hot path.
const SAMPLE = 4000;

/**
 * Tells whether a text is printed in Traditional or Simplified Chinese: it is
 * Traditional when more than 2% of its Han characters change on conversion.
 */
export function detectLang(text: string): Lang {
  const sample = text.slice(0, SAMPLE);
  const converted = traditionalToSimplified(sample);
  let han = 0;
  let changed = 0;
  const n = Math.min(sample.length, converted.length);
  for (let i = 0; i < n; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    if (c !== converted.charCodeAt(i)) changed++;
  }
  return han > 0 && changed * 50 > han ? 'zh-Hant' : 'zh-CN';
}
