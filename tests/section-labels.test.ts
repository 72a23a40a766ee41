// Section labels printed on a page (`### 机关党建`, `【教育周刊】`) name the items printed
// under them, until the next label; a label printed inside an item's head names that item
// alone. The page's own name (sidecar, path, header) is the page's, not a label's.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/ingest/index.ts';
import { compareCoverage } from '../src/ingest/text-coverage.ts';
import { sectionGroups } from '../src/site/page-context.ts';

const story = (title: string, author: string, lead: string) => [title, `记者 ${author}`, `${lead}，有关部门介绍了下一步的工作安排。`, '这项工作将在年底前全部完成，市民可以通过热线反映意见。'];

const PAGE = [
  ...story('南湖公园完成改造', '方晓', '南湖公园改造工程日前完工，新增步道三公里'),
  '### 机关党建',
  ...story('支部活动进社区', '李明', '市直机关各党支部近日走进社区开展志愿服务'),
  ...story('党员学习形式多样', '王强', '各单位创新学习形式，组织党员到教育基地现场学习'),
  '【教育周刊】',
  ...story('山区学校办起食堂', '方晓', '今年春季学期起，全县山区学校都办起了食堂'),
  // A label inside an item's head, between its title and its byline: that item's alone.
  '# 校园足球联赛开幕',
  '### 体育',
  ...story('', '李明', '全市中小学校园足球联赛昨日开幕，共有八十支球队参赛').slice(1),
  ...story('青年教师赛课评优', '王强', '全市青年教师课堂教学比赛近日落下帷幕'),
];

function parse(sidecar: { pageName: string } | null = null) {
  const bytes = new TextEncoder().encode(PAGE.join('\n\n') + '\n');
  const r = parsePage({ file: 'daily/2024-05-01/02.txt', bytes, sidecar });
  expect(compareCoverage(r.page, r.entries)).toEqual({ lost: '', extra: '' });
  return r;
}

describe('section labels', () => {
  it('name the items printed under them until the next label, not the items above or the page', () => {
    const r = parse();
    expect(r.entries.map((e) => [e.title, e.section])).toEqual([
      ['南湖公园完成改造', null],
      ['支部活动进社区', '机关党建'],
      ['党员学习形式多样', '机关党建'],
      ['山区学校办起食堂', '教育周刊'],
      ['校园足球联赛开幕', '体育'],
      ['青年教师赛课评优', '教育周刊'],
    ]);
    expect(r.page.labels.map((l) => [l.text, l.kind])).toEqual([
      ['机关党建', 'section'],
      ['【教育周刊】', 'section'],
      ['体育', 'section'],
    ]);
  });

  it('keep the page name a sidecar gives as the page’s, apart from the printed labels', () => {
    const r = parse({ pageName: '综合新闻' });
    expect(r.page.pageName).toBe('综合新闻');
    expect(r.entries.map((e) => e.section)).toEqual([null, '机关党建', '机关党建', '教育周刊', '体育', '教育周刊']);
  });

  it('are shown on the page view over the items they name and no others', () => {
    const { entries } = parse();
    // Reading order may differ from printed order: groups follow the printed lines.
    const groups = sectionGroups([...entries].reverse());
    expect(groups.map((g) => [g.label, g.items.map((e) => e.title)])).toEqual([
      [null, ['南湖公园完成改造']],
      ['机关党建', ['支部活动进社区', '党员学习形式多样']],
      ['教育周刊', ['山区学校办起食堂']],
      ['体育', ['校园足球联赛开幕']],
      ['教育周刊', ['青年教师赛课评优']],
    ]);
  });
});
