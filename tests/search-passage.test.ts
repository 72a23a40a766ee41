// Which passage a search result shows (src/search/browser/highlight.ts).
import { describe, expect, it } from 'vitest';
import { parseFoldPairs } from '../src/search/core/fold.ts';
import { passageOf, snippet, type ResultRecord } from '../src/search/browser/highlight.ts';

const folds = parseFoldPairs('');
const record = (fields: string[], head: number, lead: number): ResultRecord => ({ id: 'x', title: fields[0]!, paper: null, date: null, page: null, kind: 'article', authors: [], lang: 'zh-CN', fields, head, lead });
const shown = (r: ResultRecord, terms: string[]) => snippet(passageOf(r, terms, folds)).map((s) => s.text).join('');

describe('result passages', () => {
  const sentence = '这是开头的第一句话，讲明了事情的来龙去脉。';
  const long = `${sentence}${'后面还有很长的第二句话'.repeat(12)}。`;
  const r = record(['标题', '副题说明', '本报记者 王小明', long, '作者为某地教师'], 1, 3);

  it('skips subtitle and byline: a byline match shows the lead, cut after its last full sentence', () => {
    expect(shown(r, ['王小明'])).toBe(`${sentence}…`);
    expect(shown(r, [])).toBe(`${sentence}…`);
  });

  it('shows a body match where it is, and a match after the body proper (an author note)', () => {
    expect(shown(r, ['某地教师'])).toBe('作者为某地教师');
    expect(snippet(passageOf(r, ['第二句'], folds)).filter((s) => s.hit)).not.toHaveLength(0);
  });

  it('cuts a lead with no sentence end in reach at the passage width', () => {
    const run = '没有句号的一段很长的文字'.repeat(20);
    const text = shown(record(['标题', run], 1, 1), []);
    expect(text.endsWith('…')).toBe(true);
    expect(run.startsWith(text.slice(0, -1))).toBe(true);
  });
});
