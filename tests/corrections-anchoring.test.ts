// Corrections are anchored by the text they touch: a page fetched again with its
// lines moved still takes them, and one whose text is gone is told, not applied.
import { describe, expect, it } from 'vitest';
import { compareCoverage } from '../src/ingest/text-coverage.ts';
import { correct, parseText } from './support/corrections.ts';

const BODY = `老街换新颜

通讯员 李静

城南老街改造工程近日完工，青石板路重现旧貌，沿街商铺陆续开业。

居民纷纷点赞，周末前来游玩的市民络绎不绝。

春季招聘会本周六举行

本报讯 本周六上午，江城市人才市场将举办春季招聘会，三百余家企业提供岗位五千多个。

居民纷纷点赞，周末前来游玩的市民络绎不绝。
`;
// The same page fetched again: a header the site added on top, and the first
// paragraph's line wrapped where the first fetch did not.
const REFETCHED = `江城日报 2024年5月1日 第1版

更多新闻请访问本报网站

${BODY.replace('青石板路重现旧貌，', '青石板路重现旧貌，\n')}`;

const FIX = `- op: split
  line: 居民纷纷点赞
  near: 7
- op: set
  item: 老街换新颜
  kind: brief
- op: mark
  line: 沿街商铺陆续开业
  as: subhead
`;

const shape = (text: string) => {
  const { parsed, messages } = correct(text, FIX);
  return { parsed, messages, items: parsed.entries.map((e) => ({ kind: e.kind, title: e.title, paragraphs: e.paragraphs, subheads: e.subheads })) };
};

describe('corrections anchored by text', () => {
  it('take the nearest of two lines printing the same text, by the hint', () => {
    const { parsed, messages } = correct(BODY, FIX);
    expect(messages).toEqual([]);
    const split = parsed.entries.find((e) => e.corrections?.some((c) => c.op === 'split' && c.before !== null))!;
    expect(split.source.lines[0]![0]).toBe(7);
  });

  it('apply the same way to a page fetched again with its lines moved and wrapped', () => {
    const first = shape(BODY);
    const again = shape(REFETCHED);
    expect(again.messages).toEqual([]);
    expect(again.parsed.page.corrections![0]!.outcomes.map((o) => o.status)).toEqual(['applied', 'applied', 'applied']);
    // The split found line 7's text at its new place (three lines down), not the copy printed last.
    const split = again.parsed.entries.find((e) => e.corrections?.some((c) => c.op === 'split' && c.before !== null))!;
    expect(split.paragraphs[0]).toBe('居民纷纷点赞，周末前来游玩的市民络绎不绝。');
    expect(again.parsed.page.lines[split.source.lines[0]![0] - 1]).toBe('居民纷纷点赞，周末前来游玩的市民络绎不绝。');
    expect(split.source.lines[0]![0]).toBeGreaterThan(7);
    const kept = (i: { title: string | null; paragraphs: readonly string[] }) => i.title !== null || i.paragraphs.length > 1;
    expect(again.items.filter(kept)).toEqual(first.items.filter(kept));
    expect(compareCoverage(again.parsed.page, again.parsed.entries)).toEqual({ lost: '', extra: '' });
  });

  it('without a hint, apply nowhere when the text is printed twice', () => {
    const { parsed, messages } = correct(BODY, '- op: split\n  line: 居民纷纷点赞\n');
    expect(parsed.entries).toEqual(parseText(BODY).entries);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain('is printed on lines 7, 13');
  });

  it('whose text is gone are warnings naming the file and the text, and change nothing', () => {
    const gone = BODY.replace('居民纷纷点赞，周末前来游玩的市民络绎不绝。', '').replace('居民纷纷点赞，周末前来游玩的市民络绎不绝。', '');
    const { parsed, messages } = correct(gone, FIX);
    const unchanged = parseText(gone);
    expect(parsed.entries.map((e) => e.id)).toEqual(unchanged.entries.map((e) => e.id));
    expect(parsed.entries.map((e) => e.source.lines)).toEqual(unchanged.entries.map((e) => e.source.lines));
    const warnings = messages.filter((m) => m.severity === 'warning');
    expect(warnings.map((m) => [m.file, m.line, m.ruleId])).toEqual([['t/2024-05-01/01.fix.yaml', 1, 'correction-not-applied']]);
    expect(warnings[0]!.reason).toContain('居民纷纷点赞');
    // The other corrections still apply: they find their own text.
    expect(parsed.page.corrections![0]!.outcomes.map((o) => o.status)).toEqual(['not-applied', 'applied', 'applied']);
  });
});
