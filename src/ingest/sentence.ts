// Closing quotes and brackets may follow the punctuation that ends a sentence.
const CLOSERS = /[”’」』）)》\]】"']+$/u;
const ENDERS = /[。！？!?…；;]$/u;

/** True when a paragraph ends a sentence; false means it was probably cut by a column break. */
export function endsSentence(text: string): boolean {
  return ENDERS.test(text.replace(CLOSERS, ''));
}

/** True when a line ends with punctuation that a heading never ends with. */
export function endsLikeProse(text: string): boolean {
  return /[。！？!?；;，,、]$/u.test(text.replace(CLOSERS, ''));
}

/** Number of Han characters, the measure of length that matters for headings. */
export function hanLength(text: string): number {
  let n = 0;
  for (const ch of text) if (/\p{Script=Han}/u.test(ch)) n++;
  return n;
}

/** Number of characters other than spaces and punctuation: Han, figures and letters. */
export function wordLength(text: string): number {
  return text.replace(/[\s\p{P}\p{S}]/gu, '').length;
}
