// Small pages, one layout rule each, written for these tests: what the parser
// makes of item boundaries the generated pages showed it getting wrong.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/ingest/index.ts';
import { compareCoverage } from '../src/ingest/text-coverage.ts';

function parse(lines: string[]) {
  const r = parsePage({ file: 'test/2024-05-01/01.txt', bytes: new TextEncoder().encode(lines.join('\n\n') + '\n'), sidecar: null });
  expect(compareCoverage(r.page, r.entries)).toEqual({ lost: '', extra: '' });
  return r;
}
const heads = (r: ReturnType<typeof parse>) => r.entries.map((e) => [e.kind, e.title, e.paragraphs[0]?.slice(0, 6) ?? null]);
const rules = (r: ReturnType<typeof parse>) => r.messages.map((m) => m.ruleId);

describe('item boundaries', () => {
  it('splits an item at a lone two-phrase headline, and keeps a series of such subheads', () => {
    const lone = parse([
      '南湖公园完成改造',
      '记者 方晓',
      '南湖公园改造工程日前完工，新增步道三公里，园内花木也重新栽种。',
      '市民张立说，每天傍晚都来这里散步，环境比以前好多了。',
      '推进旧城管网更新 为居民解决积水难题',
      '城建部门今年将更新旧城区排水管网十二公里，重点解决雨季路面积水问题。',
      '施工期间，沿线道路将分段封闭，请市民绕行。',
    ]);
    expect(heads(lone)).toEqual([
      ['article', '南湖公园完成改造', '南湖公园改造'],
      ['article', '推进旧城管网更新 为居民解决积水难题', '城建部门今年'],
    ]);
    expect(rules(lone)).toContain('lone-headline');

    const series = parse([
      '山区学校办起食堂',
      '记者 方晓',
      '今年春季学期起，全县山区学校都办起了食堂，学生每天能吃上热饭。',
      '统筹资金保障到位 食堂建设全面铺开',
      '县里统筹各类资金，为二十所学校新建和改建了食堂。',
      '配齐厨师加强监管 饭菜质量稳步提升',
      '各校都配齐了厨师，并由家长轮流参与陪餐监督。',
    ]);
    expect(series.entries).toHaveLength(1);
    expect(series.entries[0]!.subheads).toEqual([1, 3]);

    // Short subheads in the item above do not make a long two-phrase headline one of theirs.
    const unlike = parse([
      '山区学校办起食堂',
      '记者 方晓',
      '今年春季学期起，全县山区学校都办起了食堂。',
      '资金到位',
      '县里统筹各类资金，为二十所学校新建了食堂。',
      '推进旧城管网更新 为居民解决积水难题',
      '城建部门今年将更新旧城区排水管网十二公里。',
    ]);
    expect(heads(unlike).map(([, title]) => title)).toEqual(['山区学校办起食堂', '推进旧城管网更新 为居民解决积水难题']);
  });

  it('never moves a paragraph above a dateline into its item', () => {
    const r = parse([
      '河堤加固工程开工',
      '记者 方晓',
      '河堤加固工程昨天开工，计划汛期前完成主体施工。',
      '工程完工后，沿河村庄的防洪标准将明显提高，村民出行也更方便。',
      '防汛物资储备到位',
      '本报讯（通讯员 李安）防汛办已在沿河村庄储备沙袋和抽水设备，随时可以调用。',
    ]);
    expect(r.entries.map((e) => e.paragraphs.length)).toEqual([2, 1]);
    expect(r.entries[1]!.kind).toBe('brief');
  });

  it('reads a dated 图为 paragraph among an article’s paragraphs as a photo without credit', () => {
    const r = parse([
      '夜市重新开张',
      '记者 方晓',
      '停业半年的老街夜市昨晚重新开张，摊位比以前多了一倍。',
      '5月1日，市民在老街夜市选购小吃。图为夜市入口。',
      '管理方表示，夜市每天营业到晚上十一点。',
    ]);
    expect(r.entries.map((e) => e.kind)).toEqual(['article', 'photo']);
    expect(r.entries[0]!.paragraphs).toHaveLength(2);
    expect(r.entries[1]!.caption).toBe('5月1日，市民在老街夜市选购小吃。图为夜市入口。');
  });

  it('joins a short line to the paragraph under it when that paragraph opens with a comma', () => {
    const r = parse([
      '社区食堂受欢迎',
      '记者 方晓',
      '截至4月底，社区食堂已服务老人三千',
      '，比开业时增加了一半。食堂每天提供两荤两素。',
    ]);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]!.paragraphs).toEqual(['截至4月底，社区食堂已服务老人三千，比开业时增加了一半。食堂每天提供两荤两素。']);
  });

  it('gives a head printed without body the run of paragraphs after the photo below it', () => {
    const r = parse([
      '东港码头扩建完工',
      '记者 方晓',
      '5月2日，工人在东港码头检修吊机。',
      '李安摄',
      '',
      '',
      '东港码头扩建工程近日完工，新增泊位四个，年吞吐能力提高三成。',
      '码头负责人说，扩建后大型货轮可以直接靠泊东港码头。',
    ]);
    expect(heads(r)).toEqual([
      ['article', '东港码头扩建完工', '东港码头扩建'],
      ['photo', null, null],
    ]);
  });

  it('reads a jump to another page printed in Traditional characters', () => {
    const r = parse(['夜市重新開張', '記者 方曉', '停業半年的老街夜市昨晚重新開張，攤位比以前多了一倍，', '（下轉第3版）']);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]!.continuedOn).toMatchObject({ page: 3, marker: '（下轉第3版）' });
    expect(r.entries[0]!.paragraphs).toEqual(['停業半年的老街夜市昨晚重新開張，攤位比以前多了一倍，']);
  });

  it('reads a heading broken over two lines by the column as a title, and two parallel phrases as a subhead', () => {
    const r = parse([
      '南湖公园完成改造',
      '记者 方晓',
      '南湖公园改造工程日前完工，新增步道三公里。',
      '统筹资金保障\n配齐设施管理',
      '园内新设座椅和饮水点，由专人管理。',
      '北渡村生\n态环境局开展河道清淤',
      '北渡村生态环境局本月开展河道清淤，清出淤泥两千立方米。',
    ]);
    expect(heads(r)).toEqual([
      ['article', '南湖公园完成改造', '南湖公园改造'],
      ['article', '北渡村生态环境局开展河道清淤', '北渡村生态环'],
    ]);
    expect(r.entries[0]!.subheads).toEqual([1]);
  });

  it('gives a byline printed above a title to that title when a marked subhead opens its body', () => {
    const r = parse([
      '南湖公园完成改造',
      '记者 方晓',
      '南湖公园改造工程日前完工，新增步道三公里。',
      '李安 王平',
      '北渡村：河道清淤见成效',
      '第一招：分段施工',
      '北渡村生态环境局本月开展河道清淤，清出淤泥两千立方米。',
    ]);
    expect(r.entries.map((e) => [e.title, e.authors.map((a) => a.name)])).toEqual([
      ['南湖公园完成改造', ['方晓']],
      ['北渡村：河道清淤见成效', ['李安', '王平']],
    ]);
  });

  it('keeps a subhead-shaped heading under 上接第N版 in the continued text', () => {
    const r = parse(['◀◀◀上接第1版', '分段施工 稳步推进', '河道清淤工程分三段施工，目前第一段已经完成。']);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]!.title).toBeNull();
    expect(r.entries[0]!.paragraphs).toEqual(['分段施工 稳步推进', '河道清淤工程分三段施工，目前第一段已经完成。']);
    expect(r.entries[0]!.subheads).toEqual([0]);
  });
});

describe('repeated blocks', () => {
  it('keeps a paragraph printed twice once, and names a one-line repeat as one line', () => {
    const para = '本报讯 昨日，江城第十届春季运动会在市体育中心开幕，三千多名运动员参加比赛。';
    const r = parse(['江城举行春季运动会', '记者 方晓', para, para, '比赛将持续五天，设田径、游泳等十二个大项。']);
    expect(r.entries[0]!.paragraphs.filter((p) => p.includes('三千多名运动员'))).toHaveLength(1);
    expect(r.messages.map((m) => [m.ruleId, m.line, m.reason])).toEqual([['duplicate-block', 7, 'line 7 repeats line 5; kept once']]);
  });
});
