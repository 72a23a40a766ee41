// Thousands of generated messy pages: the parser never throws, every entry
// passes the schema, and every printed character lands in exactly one place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/ingest/index.ts';
import { compareCoverage } from '../src/ingest/text-coverage.ts';
import { EntrySchema } from '../src/schema/entry.ts';
import { PageSchema } from '../src/schema/page.ts';

const han = fc.constantFrom(...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质');
const sentence = fc.array(han, { minLength: 4, maxLength: 60 }).map((cs) => cs.join('') + '。');
const name = fc.constantFrom('王海涛', '李静', '张崇周', '欧阳明', '刘露', '陈衡');

// Lines in the shapes real pages hold, plus arbitrary text to catch what rules miss.
const line = fc.oneof(
  fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join('')),
  fc.array(han, { minLength: 4, maxLength: 20 }).map((cs) => cs.join('')),
  sentence.map((s) => s.slice(0, -1)),
  fc.tuple(fc.array(han, { minLength: 3, maxLength: 12 }), fc.array(han, { minLength: 3, maxLength: 12 })).map(([a, b]) => `${a.join('')} ${b.join('')}`),
  sentence.map((s) => `——${s.slice(0, 20)}`),
  fc.array(name, { minLength: 1, maxLength: 3 }).map((ns) => ns.join(' ')),
  fc.tuple(fc.constantFrom('记者', '首席记者', '通讯员', '■ 记者'), name).map(([r, n]) => `${r} ${n}`),
  fc.tuple(name, sentence).map(([n, s]) => `本报讯（${n}）${s}`),
  fc.tuple(name, sentence).map(([n, s]) => `本报讯(记者 ${n} 通讯员 李静)${s}`),
  name.map((n) => `${n}摄`),
  // What real pages print after a body and at its head: credit lists, place credits, author notes, signatures, Taiwan bylines.
  fc.tuple(name, name).map(([a, b]) => `（本报记者${a}、${b}）`),
  fc.tuple(name, name).map(([a, b]) => `（综合本报记者${a}、${b}报道）`),
  name.map((n) => `（据新华社江城9月24日电  记者${n}）`),
  fc.constantFrom('（本报江城10月27日电）', '（作者为江城大学教授）', '（摘编自《江城日报》）', '数据来源：江城市统计局', '制图：李静', '本报评论员', '本報記者綜合報導', '【新华社江城十四日电】'),
  name.map((n) => `江城市  ${n}`),
  fc.tuple(name, sentence).map(([n, s]) => `記者${n}/台北報導  ${s}`),
  name.map((n) => `${n}摄（影像中国）`),
  fc.tuple(sentence, name).map(([s, n]) => `图为${s}${n}摄`),
  fc.constantFrom('下转第2版', '◀◀◀上接第1版', '### 机关党建', '【教育周刊】', '◎ 党建引领', '处方一：“三剂针药”整', '# 标题', '## ——副标题', '   ', '<script>alert(1)</script>', '（下转第3版）'),
  sentence.map((s) => `${s}（下转第2版）`),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const pageText = fc.tuple(
  fc.array(fc.tuple(line, fc.integer({ min: 0, max: 3 })), { maxLength: 40 }),
  fc.constantFrom('\n', '\r\n', '\r'),
).map(([lines, eol]) => lines.map(([l, gap]) => l + eol.repeat(gap + 1)).join(''));

describe('parsePage on generated pages', () => {
  it('never throws, passes the schema and loses no text', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const r = parsePage({ file: 'gen/2024-01-01/01.txt', bytes: new TextEncoder().encode(text), sidecar: null });
        expect(PageSchema.safeParse(r.page).success).toBe(true);
        for (const e of r.entries) expect(EntrySchema.safeParse(e).error).toBeUndefined();
        expect(compareCoverage(r.page, r.entries)).toEqual({ lost: '', extra: '' });
        expect(new Set(r.entries.map((e) => e.id)).size).toBe(r.entries.length);
      }),
      // Pages fast-check once found a loss on, checked on every run.
      { numRuns: 2000, examples: [['王海涛\n$\n!\n']] },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const r = parsePage({ file: 'x.txt', bytes, sidecar: null });
        if (r.page.encoding === null) expect(r.messages.some((m) => m.severity === 'error')).toBe(true);
        else expect(compareCoverage(r.page, r.entries)).toEqual({ lost: '', extra: '' });
      }),
      { numRuns: 1000 },
    );
  });
});
