// What the site says of corrections: each recorded change as a sentence, and
// the corrections the report offers for fragments, which must resolve them.
import { describe, expect, it } from 'vitest';
import { describeCorrection } from '../../src/site/corrections.ts';
import { fixSnippets } from '../../src/site/fix-snippets.ts';
import { correct, parseText } from '../support/corrections.ts';

const FRAGMENT_PAGE = `这段文字前面没有标题，解析程序无法判断它属于哪一条。

另一段没头没尾的文字也放在这里。

绿水青山就是金山银山

记者 王海涛

江城市今年新增绿地面积一百二十公顷。

孤零零的一行字
`;

const sentence = (parts: ReturnType<typeof describeCorrection>) => parts.map((p) => ('item' in p ? `<${p.item}>` : p.text)).join('');

describe('recorded corrections as sentences', () => {
  it('say each change with the values before and after and the items it names', () => {
    const { parsed } = correct(FRAGMENT_PAGE, '- op: split\n  line: 江城市今年新增\n- op: set\n  item: 江城市今年新增\n  kind: brief\n');
    const [first, rest] = [parsed.entries[1]!, parsed.entries[2]!];
    expect(first.corrections!.map((c) => sentence(describeCorrection(c)))).toEqual([`其后的文字另立为条目 <${rest.id}>`]);
    expect(rest.corrections!.map((c) => sentence(describeCorrection(c)))).toEqual([`从条目 <${first.id}> 中分出，另立一条`, '类型：由「文章」改为「简讯」']);
  });

  it('say where moved text went, on both items', () => {
    const { parsed } = correct(FRAGMENT_PAGE, '- op: move\n  lines: 孤零零的一行字\n  to: 这段文字前面\n');
    const [to, from] = parsed.entries;
    expect(sentence(describeCorrection(to!.corrections![0]!))).toBe(`移入「孤零零的一行字」，原在条目 <${from!.id}>`);
    expect(sentence(describeCorrection(from!.corrections![0]!))).toBe(`「孤零零的一行字」移至条目 <${to!.id}>`);
  });
});

describe('corrections the report offers', () => {
  it('for a fragment, move it into the item above, and that resolves it', () => {
    const page = parseText(FRAGMENT_PAGE);
    expect(page.entries.filter((e) => e.kind === 'fragment')).toHaveLength(1);
    const snippets = fixSnippets(page.page, page.entries);
    expect(snippets.map((s) => s.file)).toEqual(['t/2024-05-01/01.fix.yaml']);
    const { parsed, messages } = correct(FRAGMENT_PAGE, snippets[0]!.yaml);
    expect(messages).toEqual([]);
    expect(parsed.entries.filter((e) => e.kind === 'fragment')).toEqual([]);
    expect(parsed.page.messages.filter((m) => m.ruleId === 'fragment')).toEqual([]);
  });

  it('for a fragment with no item above, make it an item of its own, and that resolves it', () => {
    const text = FRAGMENT_PAGE.split('绿水青山')[0]!;
    const page = parseText(text);
    const [snippet] = fixSnippets(page.page, page.entries);
    const { parsed, messages } = correct(text, snippet!.yaml);
    expect(messages).toEqual([]);
    expect(parsed.entries.map((e) => [e.kind, e.title])).toEqual([['brief', '这段文字前面没有标题，解析程序无法判断它属于哪一条。']]);
  });

  it('offers nothing for a page without fragments or such warnings', () => {
    const page = parseText('绿水青山就是金山银山\n\n记者 王海涛\n\n江城市今年新增绿地面积一百二十公顷。\n');
    expect(fixSnippets(page.page, page.entries)).toEqual([]);
  });
});
