// Datelines as papers print them, with made-up places, days and names: the
// source, place and day are read out, the names become authors, and the rest of
// the line is the first paragraph.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDateline, readDatelineParts, readLeadByline } from '../src/ingest/datelines.ts';

const read = (t: string) => {
  const d = readDateline(t);
  return d && { text: d.text, names: d.authors.map((a) => a.name).join(' '), ...d.parts, rest: d.rest };
};

describe('readDateline', () => {
  it('reads an agency dateline with the reporter in brackets', () => {
    expect(read('新华社苍梧3月5日电（记者 郑立远）今天上午，会议开幕。')).toEqual({
      text: '新华社苍梧3月5日电（记者 郑立远）', names: '郑立远', source: '新华社', place: '苍梧', date: '3月5日', rest: '今天上午，会议开幕。',
    });
  });

  it("reads the paper's own datelines, with and without a reporter", () => {
    expect(read('本报西河6月16日电 全市夏粮收购过半。')).toMatchObject({ source: '本报', place: '西河', date: '6月16日', names: '', rest: '全市夏粮收购过半。' });
    expect(read('本报西河10月4日电  （记者方志成）据介绍，……')).toMatchObject({ text: '本报西河10月4日电  （记者方志成）', names: '方志成', rest: '据介绍，……' });
    expect(read('本报临川18日电 在平原上，……')).toMatchObject({ place: '临川', date: '18日' });
    expect(read('本报讯 据临川日报消息:大桥合龙。')).toMatchObject({ text: '本报讯', place: null, date: null, rest: '据临川日报消息:大桥合龙。' });
    expect(read('本报讯(记者 郑立远 通讯员 罗敏)3月12日，……')).toMatchObject({ names: '郑立远 罗敏', rest: '3月12日，……' });
  });

  it('reads datelines in brackets, Chinese-numeral days and Traditional characters', () => {
    expect(read('【新华社苍梧十四日电】本市今天……')).toMatchObject({ text: '【新华社苍梧十四日电】', place: '苍梧', date: '十四日', rest: '本市今天……' });
    expect(read('【中新社西河9月22日電】(方志誠)特區……')).toMatchObject({ source: '中新社', place: '西河', date: '9月22日', names: '方志誠', rest: '特區……' });
    expect(read('【新華社苍梧7月7日電】(記者罗敏)站在……')).toMatchObject({ names: '罗敏' });
  });

  it("reads another paper's own dateline, its name before 讯", () => {
    expect(read('西河晚报讯（记者 郑立远）昨天，……')).toMatchObject({ text: '西河晚报讯（记者 郑立远）', source: '西河晚报', names: '郑立远', rest: '昨天，……' });
    expect(read('苍梧報訊 市府今天……')).toMatchObject({ text: '苍梧報訊', source: '苍梧報', rest: '市府今天……' });
    expect(read('他说报讯很快。')).toBeNull();
  });

  it('reads a reporter run on after 讯 up to 报道:', () => {
    expect(read('本报西河4月17日讯 记者郑立远报道:今天下午，……')).toMatchObject({ text: '本报西河4月17日讯 记者郑立远报道:', names: '郑立远', date: '4月17日', rest: '今天下午，……' });
    expect(read('本报西河四月三日讯记者方志成报道:今天，……')).toMatchObject({ names: '方志成', place: '西河', date: '四月三日' });
  });

  it('reads relays, 据 and the slash of Taiwan agencies', () => {
    expect(read('新华社六日讯 远港消息:……')).toMatchObject({ text: '新华社六日讯 远港消息:', place: '远港', date: '六日', rest: '……' });
    expect(read('本报讯 据西河日报消息:大桥合龙。')).toMatchObject({ text: '本报讯', place: null, rest: '据西河日报消息:大桥合龙。' });
    expect(read('【西河日報訊】記者方志誠報道：本澳今日……')).toMatchObject({ source: '西河日報', names: '方志誠', rest: '本澳今日……' });
    expect(read('【本報訊】本澳今日……')).toMatchObject({ text: '【本報訊】', source: '本報', rest: '本澳今日……' });
    expect(read('新华社据塔斯社苍梧1日讯 新年……')).toMatchObject({ source: '新华社', place: '苍梧', date: '1日' });
    expect(read('据新华社苍梧二十七日讯 今年……')).toMatchObject({ source: '新华社', date: '二十七日' });
    expect(read('中央社/西河十五日電  委員會……')).toMatchObject({ source: '中央社', place: '西河', date: '十五日', rest: '委員會……' });
    // The reporter's name runs into the place: three characters when a place of two is left, else two.
    expect(read('（中央社記者方志誠西河15日電）委員會……')).toMatchObject({ names: '方志誠', place: '西河', date: '15日', rest: '委員會……' });
    expect(read('（中央社記者罗敏西河15日電）委員會……')).toMatchObject({ names: '罗敏', place: '西河' });
  });

  it('does not read sentences that open with the paper or an agency', () => {
    for (const t of ['本报记者从市电力公司获悉，……', '本报电视台今天开播。', '新华社发布消息称，……', '本报评论员文章指出，……', '中新社记者看到，……']) expect(readDateline(t), t).toBeNull();
  });
});

describe('readDatelineParts', () => {
  it('reads the parts of a printed head, and says only the paper when it cannot', () => {
    expect(readDatelineParts('本报西河10月27日电')).toEqual({ source: '本报', place: '西河', date: '10月27日' });
    expect(readDatelineParts('本报（记者 郑立远）')).toEqual({ source: '本报', place: null, date: null });
  });
});

describe('readLeadByline', () => {
  it("reads a byline opening a paragraph as the paragraph's dateline", () => {
    expect(readLeadByline('記者方志誠/西河報導  適逢連假收假日，……')).toMatchObject({
      text: '記者方志誠/西河報導', authors: [{ name: '方志誠', role: '记者' }], parts: { source: null, place: '西河', date: null }, rest: '適逢連假收假日，……',
    });
    expect(readLeadByline('本報記者綜合報導 台東縣昨晚……')).toMatchObject({ text: '本報記者綜合報導', authors: [], parts: { source: '本報' }, rest: '台東縣昨晚……' });
    expect(readLeadByline('〔記者郑立遠／苍梧報導〕市府今天……')).toMatchObject({ text: '〔記者郑立遠／苍梧報導〕', rest: '市府今天……' });
  });

  it('does not read a sentence that mentions a report', () => {
    expect(readLeadByline('据媒体报道，今年……')).toBeNull();
    expect(readLeadByline('记者了解到，相关报道……')).toBeNull();
  });
});

describe('datelines, property', () => {
  it('never throws; the dateline and the rest are the line, and names are in the dateline', () => {
    const piece = fc.constantFrom('本报', '新华社', '【', '】', '据', '西河', '3月5日', '十四日', '电', '讯', '（', '）', '记者', '郑立远', ' ', '报道:', '今天', '。');
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.string({ maxLength: 60 })), (t) => {
        for (const d of [readDateline(t), readLeadByline(t)]) {
          if (!d) continue;
          expect(t.startsWith(d.text)).toBe(true);
          expect(t.endsWith(d.rest)).toBe(true);
          for (const a of d.authors) expect(d.text.replace(/\s+/gu, '')).toContain(a.name);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
