import type { Entry } from '../../schema/entry.ts';
import { foldText, type FoldMap } from '../core/fold.ts';
import type { NameEntry } from '../core/layout.ts';
import type { PinyinText } from './pinyin-text.ts';

/** A reporter as the filter and fuzzy search know them: folded key, shown name, pinyin, documents. */
export interface Reporter extends NameEntry {
  key: string;
  docs: number[];
}

/**
 * Collects the people named by entries, given in document order. A name
 * printed in both scripts is one person (its folded form is the key); it is
 * shown as printed most often.
 */
export class ReporterCollector {
  private byKey = new Map<string, { docs: number[]; spellings: Map<string, number> }>();

  constructor(private foldMap: FoldMap) {}

  /** Adds the authors of document `n` (the next one). */
  add(e: Entry, n: number): void {
    for (const { name } of e.authors) {
      const key = foldText(name, this.foldMap).trim();
      if (!key) continue;
      let r = this.byKey.get(key);
      if (!r) this.byKey.set(key, (r = { docs: [], spellings: new Map() }));
      if (r.docs[r.docs.length - 1] !== n) r.docs.push(n);
      r.spellings.set(name, (r.spellings.get(name) ?? 0) + 1);
    }
  }

  /** The reporters, most often named first. */
  reporters(pinyin: PinyinText): Reporter[] {
    return [...this.byKey]
      .map(([key, r]) => {
        const name = [...r.spellings].sort((a, b) => b[1] - a[1])[0]![0];
        return { key, name, pinyin: pinyin.spell(key), count: r.docs.length, docs: r.docs };
      })
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  }
}
