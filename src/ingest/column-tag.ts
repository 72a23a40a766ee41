/**
 * The column tag a title ends with, `只要有信心 黄土变成金（今日谈）` → 今日谈,
 * `…（身边看“六稳”（16））` → 身边看“六稳”（16）; null when the title ends
 * otherwise. The title keeps its tag: the tag is printed as part of it.
 */
export function readColumnTag(title: string): string | null {
  if (!title.endsWith('）') && !title.endsWith(')')) return null;
  let depth = 0;
  for (let i = title.length - 1; i > 0; i--) {
    const c = title[i];
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') depth--;
    if (depth === 0) {
      const name = title.slice(i + 1, -1).trim();
      // A tag names a column in a few words; a longer bracket is part of the headline.
      return name.length >= 2 && name.length <= MAX_TAG ? name : null;
    }
  }
  return null;
}

const MAX_TAG = 16;
