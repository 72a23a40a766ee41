// Each correction operation on a page written here: what it changes, what it
// records, and that the page's text is all still in its entries.
import { describe, expect, it } from 'vitest';
import { compareCoverage } from '../src/ingest/text-coverage.ts';
import { EntrySchema } from '../src/schema/entry.ts';
import { PageSchema } from '../src/schema/page.ts';
import type { ParsedPage } from '../src/ingest/index.ts';
import { correct, parseText } from './support/corrections.ts';

const PAGE = `绿水青山就是金山银山

记者 王海涛

江城市今年新增绿地面积一百二十公顷，城区绿化覆盖率达到百分之四十三。

市园林局表示，明年将继续推进口袋公园建设，让市民出门见绿。

老街换新颜

通讯员 李静

城南老街改造工程近日完工，青石板路重现旧貌，沿街商铺陆续开业。

居民纷纷点赞，周末前来游玩的市民络绎不绝。

春季招聘会本周六举行

本报讯 本周六上午，江城市人才市场将举办春季招聘会，三百余家企业提供岗位五千多个。
`;

const FRAGMENT_PAGE = `这段文字前面没有标题，解析程序无法判断它属于哪一条。

另一段没头没尾的文字也放在这里。

绿水青山就是金山银山

记者 王海涛

江城市今年新增绿地面积一百二十公顷。

广告：江城家具城五一大促，全场八折。
`;

/** The page still passes the schema, its ids are unique, and every printed character is in one place. */
function expectSound(p: ParsedPage): void {
  expect(PageSchema.safeParse(p.page).error).toBeUndefined();
  for (const e of p.entries) expect(EntrySchema.safeParse(e).error).toBeUndefined();
  expect(compareCoverage(p.page, p.entries)).toEqual({ lost: '', extra: '' });
  expect(new Set(p.entries.map((e) => e.id)).size).toBe(p.entries.length);
  expect(p.page.items).toEqual(p.entries.map((e) => e.id));
  expect(p.entries.map((e) => e.order)).toEqual(p.entries.map((_, i) => i + 1));
}

const statuses = (p: ParsedPage) => p.page.corrections!.flatMap((f) => f.outcomes.map((o) => o.status));

describe('split', () => {
  it('starts a new item at the line, with the lines and authors from there on, under a new id', () => {
    const before = parseText(PAGE);
    const { parsed, messages } = correct(PAGE, '- op: split\n  line: 市园林局表示\n');
    expect(messages).toEqual([]);
    expectSound(parsed);
    expect(parsed.entries).toHaveLength(before.entries.length + 1);
    const [first, rest] = parsed.entries;
    expect(first!.id).toBe(before.entries[0]!.id);
    expect(first!.paragraphs).toEqual([before.entries[0]!.paragraphs[0]]);
    expect(rest!.paragraphs).toEqual([before.entries[0]!.paragraphs[1]]);
    expect(rest!.id.startsWith(`${first!.id}-`)).toBe(true);
    expect(rest!.source.lines).toEqual([[7, 7]]);
    expect(first!.source.lines.at(-1)![1]).toBeLessThan(7);
    expect(first!.authors).toEqual(before.entries[0]!.authors);
    expect(rest!.corrections).toEqual([{ op: 'split', field: 'item', before: first!.id, after: rest!.id }]);
    // The items after keep their ids, one place further down.
    expect(parsed.entries.slice(2).map((e) => e.id)).toEqual(before.entries.slice(1).map((e) => e.id));
  });

  it('is not needed at the first line of an item', () => {
    const { parsed, messages } = correct(PAGE, '- op: split\n  line: 老街换新颜\n');
    expect(statuses(parsed)).toEqual(['not-needed']);
    expect(messages.map((m) => [m.severity, m.ruleId, m.line])).toEqual([['info', 'correction-not-needed', 1]]);
    expect(parsed.entries).toEqual(parseText(PAGE).entries);
  });
});

describe('merge', () => {
  it('appends an item to the one before it: text, lines and authors; the first keeps its id', () => {
    const before = parseText(PAGE);
    const { parsed } = correct(PAGE, '- op: merge\n  item: 老街换新颜\n');
    expectSound(parsed);
    expect(parsed.entries).toHaveLength(before.entries.length - 1);
    const merged = parsed.entries[0]!;
    expect(merged.id).toBe(before.entries[0]!.id);
    expect(merged.title).toBe('绿水青山就是金山银山');
    // The second item's title is a subhead of the one it joined.
    expect(merged.subheads.map((i) => merged.paragraphs[i])).toEqual(['老街换新颜']);
    expect(merged.authors.map((a) => a.name)).toEqual(['王海涛', '李静']);
    expect(merged.bylines).toEqual(['记者 王海涛', '通讯员 李静']);
    expect(merged.source.lines).toEqual([[1, 15]]);
    expect(merged.corrections).toEqual([{ op: 'merge', field: 'item', before: before.entries[1]!.id, after: merged.id }]);
  });

  it('merges into the item named by into', () => {
    const { parsed } = correct(PAGE, '- op: merge\n  item: 春季招聘会\n  into: 绿水青山\n');
    expectSound(parsed);
    expect(parsed.entries.map((e) => e.title)).toEqual(['绿水青山就是金山银山', '老街换新颜']);
    expect(parsed.entries[0]!.dateline).toBe('本报讯');
  });
});

describe('set', () => {
  it('takes a title from text printed in the item; the old title stays as body text', () => {
    const { parsed } = correct(PAGE, '- op: set\n  item: 绿水青山\n  kicker: 绿水青山就是金山银山\n  title: 江城市今年新增绿地面积一百二十公顷\n');
    expectSound(parsed);
    const e = parsed.entries[0]!;
    expect(e.kicker).toBe('绿水青山就是金山银山');
    expect(e.title).toBe('江城市今年新增绿地面积一百二十公顷');
    expect(e.paragraphs[0]).toBe('，城区绿化覆盖率达到百分之四十三。');
    expect(e.corrections).toEqual([
      { op: 'set', field: 'kicker', before: null, after: '绿水青山就是金山银山' },
      { op: 'set', field: 'title', before: null, after: '江城市今年新增绿地面积一百二十公顷' },
    ]);
  });

  it('sets the kind, the authors with their roles, and a dateline read into its parts', () => {
    const yaml = `- op: set
  item: 春季招聘会
  kind: advertisement
  dateline: null
  authors: [记者 张三, { name: 李四, role: 通讯员 }, 王五]
`;
    const { parsed } = correct(PAGE, yaml);
    expectSound(parsed);
    const e = parsed.entries[2]!;
    expect(e.kind).toBe('advertisement');
    expect(e.dateline).toBeNull();
    expect(e.paragraphs[0]).toBe('本报讯');
    expect(e.authors).toEqual([
      { name: '张三', role: '记者' },
      { name: '李四', role: '通讯员' },
      { name: '王五', role: null },
    ]);
    expect(e.corrections!.map((c) => c.field)).toEqual(['kind', 'dateline', 'authors']);
    const back = correct(PAGE, '- op: set\n  item: 春季招聘会\n  dateline: 本报讯\n').parsed.entries[2]!;
    expect(back.datelineParts?.source).toBe('本报');
  });

  it('changes nothing when a text is not printed in the item, and says so', () => {
    const { parsed, messages } = correct(PAGE, '- op: set\n  item: 老街换新颜\n  kind: brief\n  title: 春季招聘会本周六举行\n');
    expect(parsed.entries).toEqual(parseText(PAGE).entries);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ file: 't/2024-05-01/01.fix.yaml', line: 1, severity: 'warning', ruleId: 'correction-not-applied' });
    expect(messages[0]!.reason).toContain('not printed in item');
  });
});

describe('mark', () => {
  it('marks a line as a subhead, and back as a paragraph', () => {
    const { parsed } = correct(PAGE, '- op: mark\n  line: 市园林局表示\n  as: subhead\n');
    expectSound(parsed);
    expect(parsed.entries[0]!.subheads).toEqual([1]);
    const back = correct(PAGE, '- op: mark\n  line: 市园林局表示\n  as: subhead\n- op: mark\n  line: 市园林局表示\n  as: paragraph\n').parsed;
    expect(back.entries[0]!.subheads).toEqual([]);
  });

  it('marks lines through another as the caption, and one as the credit', () => {
    const { parsed } = correct(PAGE, '- op: mark\n  line: 城南老街\n  through: 居民纷纷点赞\n  as: caption\n- op: mark\n  line: 通讯员 李静\n  as: credit\n');
    expectSound(parsed);
    const e = parsed.entries[1]!;
    expect(e.caption).toBe('城南老街改造工程近日完工，青石板路重现旧貌，沿街商铺陆续开业。居民纷纷点赞，周末前来游玩的市民络绎不绝。');
    expect(e.credit).toBe('通讯员 李静');
    expect(e.paragraphs).toEqual([]);
    expect(e.bylines).toEqual([]);
  });

  it('takes a line out of its item as a section label or page furniture', () => {
    const { parsed } = correct(PAGE, '- op: mark\n  line: 春季招聘会本周六举行\n  as: label\n- op: mark\n  line: 居民纷纷点赞\n  as: furniture\n');
    expectSound(parsed);
    expect(parsed.page.labels).toEqual([
      { text: '居民纷纷点赞，周末前来游玩的市民络绎不绝。', line: 15, kind: 'furniture' },
      { text: '春季招聘会本周六举行', line: 17, kind: 'section' },
    ]);
    expect(parsed.entries[1]!.furniture).toEqual(['居民纷纷点赞，周末前来游玩的市民络绎不绝。']);
    expect(parsed.entries[1]!.source.lines).toEqual([[9, 13]]);
    expect(parsed.entries[2]!.title).toBeNull();
  });
});

describe('move', () => {
  it('moves a fragment to the end of an item; the emptied fragment and its warning are gone', () => {
    const before = parseText(FRAGMENT_PAGE);
    expect(before.entries[0]!.kind).toBe('fragment');
    const { parsed } = correct(FRAGMENT_PAGE, '- op: move\n  lines: [这段文字前面没有标题, 另一段没头没尾]\n  to: 绿水青山\n');
    expectSound(parsed);
    expect(parsed.entries).toHaveLength(1);
    const e = parsed.entries[0]!;
    expect(e.id).toBe(before.entries[1]!.id);
    expect(e.order).toBe(1);
    expect(e.paragraphs.slice(-2)).toEqual(before.entries[0]!.paragraphs);
    expect(e.source.lines).toEqual([[5, 11], [1, 3]]);
    expect(parsed.page.messages.filter((m) => m.ruleId === 'fragment')).toEqual([]);
    expect(e.corrections![0]).toMatchObject({ op: 'move', before: before.entries[0]!.id });
  });

  it('moves a line that ends an item into an item of its own, then says it is an advertisement', () => {
    const yaml = '- op: split\n  line: 广告：江城家具城\n- op: set\n  item: 广告：江城家具城\n  kind: advertisement\n';
    const { parsed } = correct(FRAGMENT_PAGE, yaml);
    expectSound(parsed);
    expect(parsed.entries.map((e) => e.kind)).toEqual(['fragment', 'article', 'advertisement']);
    expect(parsed.entries[2]!.paragraphs).toEqual(['广告：江城家具城五一大促，全场八折。']);
  });

  it('does not move lines of two items at once', () => {
    const { parsed, messages } = correct(PAGE, '- op: move\n  lines: [市园林局表示, 城南老街]\n  to: 春季招聘会\n');
    expect(statuses(parsed)).toEqual(['not-applied']);
    expect(messages[0]!.reason).toContain('not in one item');
    expect(parsed.entries).toEqual(parseText(PAGE).entries);
  });
});

describe('join and break', () => {
  it('joins a paragraph to the one before it, and breaks it again', () => {
    const joined = correct(PAGE, '- op: join\n  line: 市园林局表示\n').parsed;
    expectSound(joined);
    expect(joined.entries[0]!.paragraphs).toEqual(['江城市今年新增绿地面积一百二十公顷，城区绿化覆盖率达到百分之四十三。市园林局表示，明年将继续推进口袋公园建设，让市民出门见绿。']);
    const broken = correct(PAGE, '- op: join\n  line: 市园林局表示\n- op: break\n  line: 市园林局表示\n').parsed;
    expect(broken.entries[0]!.paragraphs).toEqual(parseText(PAGE).entries[0]!.paragraphs);
    expect(broken.entries[0]!.corrections!.map((c) => c.op)).toEqual(['join', 'break']);
  });

  it('breaks a paragraph at text inside a line', () => {
    const { parsed } = correct(PAGE, '- op: break\n  line: 城区绿化覆盖率\n');
    expectSound(parsed);
    expect(parsed.entries[0]!.paragraphs.slice(0, 2)).toEqual(['江城市今年新增绿地面积一百二十公顷，', '城区绿化覆盖率达到百分之四十三。']);
  });

  it('cannot join the first paragraph of a body', () => {
    const { messages } = correct(PAGE, '- op: join\n  line: 江城市今年新增\n');
    expect(messages.map((m) => m.ruleId)).toEqual(['correction-not-applied']);
  });
});

describe('the corrections file', () => {
  it('reports a bad correction at its line with what to write, and applies the others', () => {
    const yaml = '- op: split\n  line: 市园林局表示\n- op: mark\n  line: 居民纷纷点赞\n  as: subtitle\n- op: splt\n  line: x\n';
    const { parsed, messages } = correct(PAGE, yaml);
    expect(parsed.entries).toHaveLength(parseText(PAGE).entries.length + 1);
    expect(messages.map((m) => [m.line, m.severity, m.ruleId])).toEqual([
      [5, 'error', 'correction-schema'],
      [6, 'error', 'correction-schema'],
    ]);
    expect(messages[0]!.reason).toContain('"as" cannot be "subtitle"');
    expect(messages[0]!.hint).toContain('as: subhead');
    expect(messages[1]!.hint).toContain('op: split');
  });

  it('reports YAML that does not parse, at its line', () => {
    const { messages } = correct(PAGE, '- op: split\n  line: [市园林局表示\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ severity: 'error', ruleId: 'correction-yaml' });
    expect(messages[0]!.line).toBeGreaterThanOrEqual(1);
    expect(messages[0]!.line).toBeLessThanOrEqual(2);
  });
});
