import { pinyin } from 'pinyin-pro';
import { PINYIN_BASE } from '../core/layout.ts';

/**
 * Pinyin of titles and names for the pinyin index: each Han character becomes
 * the private-use character that stands for its toneless syllable, so the
 * same character-triple index serves pinyin queries. Anything else breaks the
 * run (a space), since a pinyin query spells Han characters only.
 */
export class PinyinText {
  private syllableIds = new Map<string, number>();
  readonly syllables: string[] = [];

  /** The syllable string of a title (or, with `name`, of a person's name, reading surnames as surnames). */
  encode(text: string, name = false): string {
    const parts = pinyin(text, { toneType: 'none', type: 'array', v: true, ...(name ? { surname: 'head' as const } : {}) });
    const chars = Array.from(text);
    let out = '';
    parts.forEach((syllable, i) => {
      const ch = chars[i] ?? '';
      out += /^\p{Script=Han}$/u.test(ch) && /^[a-z]+$/.test(syllable) ? String.fromCharCode(PINYIN_BASE + this.id(syllable)) : ' ';
    });
    return out;
  }

  /** The spaced syllables of a name, for the names lexicon (`zhang chong zhou`). */
  spell(name: string): string {
    return pinyin(name, { toneType: 'none', type: 'array', v: true, surname: 'head' }).join(' ');
  }

  private id(syllable: string): number {
    let id = this.syllableIds.get(syllable);
    if (id === undefined) {
      id = this.syllables.length;
      this.syllableIds.set(syllable, id);
      this.syllables.push(syllable);
    }
    return id;
  }
}
