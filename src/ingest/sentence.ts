import { codeUnitClass } from '../text/code-unit-class.ts';

// Closing quotes and brackets may follow the punctuation that ends a sentence.
const isCloser = codeUnitClass(/[”’」』）)》\]】"']/u);
const isEnder = codeUnitClass(/[。！？!?…；;]/u);
const isProseEnd = codeUnitClass(/[。！？!?；;，,、]/u);
// Han characters of the Basic Multilingual Plane by table; those beyond it come
// as surrogate pairs and are asked of the regex.
const isHanUnit = codeUnitClass(/\p{Script=Han}/u);
const HAN = /^\p{Script=Han}$/u;

// The last code unit before the closers that end a text; -1 when there is none.
// A loop from the end: a regex anchored at the end is tried from every position.
function lastBeforeClosers(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  return i < 0 ? -1 : text.charCodeAt(i);
}

/** True when a paragraph ends a sentence; false means it was probably cut by a column break. */
export function endsSentence(text: string): boolean {
  const c = lastBeforeClosers(text);
  return c >= 0 && isEnder(c);
}

/** True when a line ends with punctuation that a heading never ends with. */
export function endsLikeProse(text: string): boolean {
  const c = lastBeforeClosers(text);
  return c >= 0 && isProseEnd(c);
}

/** Number of Han characters, the measure of length that matters for headings. */
export function hanLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (HAN.test(text.slice(i, i + 2))) n++;
        i++;
        continue;
      }
    }
    if (isHanUnit(c)) n++;
  }
  return n;
}

/** Number of characters other than spaces and punctuation: Han, figures and letters. */
export function wordLength(text: string): number {
  return text.replace(/[\s\p{P}\p{S}]/gu, '').length;
}
