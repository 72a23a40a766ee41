// Bylines as real papers print them, with names and places made up for the test:
// roles, names padded with spaces, collective bylines, slashes, Taiwan styles,
// letter signatures. Each line either reads as the authors it names or as no byline.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPersonName, parseByline, readNameList, readSignature } from '../src/ingest/names.ts';
import { readRole } from '../src/ingest/roles.ts';

const names = (a: { name: string }[] | null) => a?.map((x) => x.name).join(' ') ?? null;
const pairs = (a: { name: string; role: string | null }[] | null) => a?.map((x) => `${x.role ?? '-'}:${x.name}`).join(' ') ?? null;

describe('parseByline', () => {
  it('reads names set two spaces apart after a role', () => {
    expect(pairs(parseByline('本报记者  郑立远  方志成'))).toBe('记者:郑立远 记者:方志成');
  });

  it('joins a two-character name padded with spaces to the width of three', () => {
    expect(names(parseByline('本报记者  何  青'))).toBe('何青');
    expect(names(parseByline('本报记者 方志成 罗 敏 韩 冬'))).toBe('方志成 罗敏 韩冬');
    expect(names(parseByline('本报记者 白雪梅 罗 敏'))).toBe('白雪梅 罗敏');
    expect(names(parseByline('罗  敏'))).toBe('罗敏');
  });

  it('joins the halves of a padded name across spaces only, never across a slash or a role word', () => {
    // Found by the property below: 郑/记者　郑 was read as one person, 郑郑.
    expect(parseByline('郑/记者\u3000郑')).toBeNull();
    expect(parseByline('韩/记者 冬')).toBeNull();
    expect(parseByline('罗 记者 敏')).toBeNull();
  });

  it('keeps two-character names apart when nothing splits them', () => {
    expect(names(parseByline('记者 罗敏 韩冬'))).toBe('罗敏 韩冬');
  });

  it('refuses a lone character that has no partner', () => {
    expect(parseByline('本报记者 方志成 罗')).toBeNull();
    expect(parseByline('本报记者 罗 方志成')).toBeNull();
  });

  it('reads a byline that names no person as no authors', () => {
    for (const t of ['本报评论员', '本报特约评论员', '本报记者', '本報記者綜合報導', '本報綜合報導', '新华社记者']) expect(parseByline(t), t).toEqual([]);
  });

  it('does not take a bare role word for a byline', () => {
    expect(parseByline('记者')).toBeNull();
    expect(parseByline('通讯员')).toBeNull();
  });

  it('reads 作者: with names split by slashes or a full-width colon', () => {
    expect(pairs(parseByline('作者:郑立远/方志成/韩冬'))).toBe('作者:郑立远 作者:方志成 作者:韩冬');
    expect(pairs(parseByline('作者：白雪梅'))).toBe('作者:白雪梅');
  });

  it('reads Taiwan bylines: names before the slash, the place and report word after it', () => {
    expect(pairs(parseByline('記者郑立遠／苍梧報導'))).toBe('记者:郑立遠');
    expect(names(parseByline('〔記者方志誠／西河報導〕'))).toBe('方志誠');
    expect(names(parseByline('記者白雪梅/台北報導'))).toBe('白雪梅');
    expect(names(parseByline('記者郑立遠、罗□、方志誠/台北報聯合報'))).toBe('郑立遠 罗□ 方志誠');
    expect(names(parseByline('☉韓冬青'))).toBe('韓冬青');
  });

  it("reads the names before the paper's citation that e-paper bylines end with", () => {
    expect(names(parseByline('本报记者  郑立远  何  青《西河日报》（2025年04月11日第 01 版）'))).toBe('郑立远 何青');
    expect(names(parseByline('作者:白雪梅 《西河日报》( 2012年10月27日 06版)'))).toBe('白雪梅');
    expect(parseByline('《西河日报》（2025年04月11日第 01 版）')).toBeNull();
  });

  it('reads roles with grades, employers and postings', () => {
    expect(pairs(parseByline('本报驻苍梧记者 郑立远'))).toBe('记者:郑立远');
    expect(pairs(parseByline('新华社记者 方志成'))).toBe('新华社记者:方志成');
    expect(pairs(parseByline('西河青年报记者 罗敏'))).toBe('记者:罗敏');
    expect(pairs(parseByline('苍梧网记者 韩冬'))).toBe('记者:韩冬');
    expect(pairs(parseByline('西青报·西青网记者 罗敏'))).toBe('记者:罗敏');
    expect(pairs(parseByline('本报全媒体记者 郑立远 方志成'))).toBe('记者:郑立远 记者:方志成');
    expect(pairs(parseByline('本报特派记者 韩冬'))).toBe('记者:韩冬');
    expect(pairs(parseByline('口述 罗敏 整理 本报记者 韩冬'))).toBe('-:罗敏 记者:韩冬');
    expect(pairs(parseByline('特约撰稿人 白雪梅'))).toBe('-:白雪梅');
    expect(pairs(parseByline('本报实习生 罗敏'))).toBe('实习生:罗敏');
    expect(pairs(parseByline('特约评论员 韩冬'))).toBe('特约评论员:韩冬');
    expect(pairs(parseByline('记者 郑立远 通讯员 罗敏'))).toBe('记者:郑立远 通讯员:罗敏');
  });

  it('takes a name after a role even with an uncommon surname, but not a column word', () => {
    expect(names(parseByline('记者侠远'))).toBe('侠远');
    expect(parseByline('侠远')).toBeNull();
    expect(parseByline('记者手记')).toBeNull();
    expect(parseByline('记者观察')).toBeNull();
    for (const t of ['作者简介', '编辑说明', '摄影作品', '摄影爱好者', '记者节']) expect(parseByline(t), t).toBeNull();
  });

  it('does not read headings as bylines', () => {
    for (const t of ['强化教育 立德固本', '党建引领 高位推进', '高质量发展', '文明城市']) expect(parseByline(t), t).toBeNull();
  });
});

describe('readNameList', () => {
  it('reads a long list separated by 、 with a role change for contributors', () => {
    expect(pairs(readNameList('记者郑立远、方志成，参与采写：罗敏、韩冬', null, 30))).toBe('记者:郑立远 记者:方志成 -:罗敏 -:韩冬');
  });

  it('drops the report word after the names', () => {
    expect(names(readNameList('本报记者郑立远、方志成报道', null, 30))).toBe('郑立远 方志成');
  });
});

describe('readSignature', () => {
  it('reads a letter signature: place, a wide space, the name', () => {
    expect(pairs(readSignature('江西临川市  郑立远'))).toBe('-:郑立远');
    expect(names(readSignature('湖南岳阳县  罗  敏'))).toBe('罗敏');
    expect(names(readSignature('湖南岳阳县\u00a0\u00a0方志成'))).toBe('方志成');
  });

  it('refuses lines that only look like one', () => {
    expect(readSignature('江西临川市 郑立远')).toBeNull(); // one narrow space: a heading's two phrases
    expect(readSignature('江西临川市  高新区')).toBeNull();
    expect(readSignature('江西临川市  推进改革发展')).toBeNull();
  });
});

describe('isPersonName and readRole', () => {
  it('accepts a name with a character the scraper lost', () => {
    expect(isPersonName('郑□')).toBe(true);
    expect(isPersonName('□立')).toBe(false);
  });

  it('reads role words, Traditional ones through the fold', () => {
    expect(readRole('本报记者')).toEqual({ length: 4, role: '记者' });
    expect(readRole('首席记者')?.role).toBe('首席记者');
    expect(readRole('作者：')).toEqual({ length: 3, role: '作者' });
    expect(readRole('参与采写')).toEqual({ length: 4, role: null });
    expect(readRole('郑立远')).toBeNull();
  });
});

describe('bylines, property', () => {
  const hanText = fc.string({ unit: fc.constantFrom(...'郑立远方志成罗敏韩冬白雪梅本报记者评论员通讯员作者摄影、/ 　'), maxLength: 30 });
  it('never throws, and every name is in the line once its spaces are gone', () => {
    fc.assert(
      fc.property(fc.oneof(hanText, fc.string({ maxLength: 40 })), (t) => {
        const squeezed = t.replace(/[\s\u3000]+/gu, '');
        for (const read of [parseByline(t), readSignature(t), readNameList(t, null, 30)]) {
          for (const a of read ?? []) expect(squeezed).toContain(a.name);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
