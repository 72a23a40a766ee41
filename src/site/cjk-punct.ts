// ASCII punctuation printed inside Chinese text (`近来,市政府`, common in scraped
// pages) is set apart by the browser: text-autospace puts an eighth of an em on
// both sides of it as if it were a Latin letter, and justification adds to the
// gap beside it. The page view and article keep the text as printed; the article
// marks such runs so the stylesheet can set them as tight as the text around them.

/** A run of a paragraph: ASCII punctuation set inside Chinese text, or anything else. */
export interface TextRun {
  text: string;
  asciiPunct: boolean;
}

// A run of ASCII punctuation with Chinese (a Han character or CJK punctuation) right before or after it.
const RUN = /[!-/:-@[-`{-~]+/g;
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Splits a paragraph into runs, marking ASCII punctuation that stands next to Chinese text (`https://` stays plain). */
export function punctRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    const before = text[m.index - 1] ?? '';
    const after = text[m.index + m[0].length] ?? '';
    if (!CHINESE.test(before) && !CHINESE.test(after)) continue;
    if (m.index > at) runs.push({ text: text.slice(at, m.index), asciiPunct: false });
    runs.push({ text: m[0], asciiPunct: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), asciiPunct: false });
  return runs;
}
