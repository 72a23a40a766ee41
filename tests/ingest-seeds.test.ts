// The five real pages: every item with its title, subtitle and authors as a
// careful reader finds them (checked by hand against the pages), no item holding
// another's text, and no text lost.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/ingest/index.ts';
import { compareCoverage } from '../src/ingest/text-coverage.ts';
import { readSeeds } from './support/seeds.ts';

type Want = { kind: string; title: string | null; subtitle?: string; authors: string };

const expected: Record<string, Want[]> = {
  '000': [
    { kind: 'article', title: '兴党建凝心聚力 扬品牌扶助小微', subtitle: '——成都中小担“担使命·保小微”党建品牌建设纪实', authors: '张崇周' },
    { kind: 'article', title: '积分制助力垃圾分类', authors: '吴学安' },
    { kind: 'photo', title: null, authors: '摄影:刘明祥' },
    { kind: 'brief', title: '河南省鲁山一高喜获“全国文明校园”荣誉', authors: '雷小军 张伟彬' },
    { kind: 'brief', title: '内江三中多措并举扎实推进文明校园建设', authors: '李云' },
    { kind: 'article', title: '耄耋老人和他的德艺辅导站', authors: '武桂成' },
    { kind: 'article', title: '西宁市虎台街道「四个窗口」提升服务群众质量', authors: '林洛 徐志涛' },
    { kind: 'brief', title: '陕煤黄陵矿业一号煤矿成为国家首批智能化示范建设煤矿', authors: '倪小红 陈衡' },
  ],
  '001': [
    { kind: 'article', title: '党建领航聚合力 文明花香溢财苑', subtitle: '——河南省漯河市召陵区财政局党建引领助推省级文明单位创建纪实', authors: '应旭初 高远 任晓静' },
    { kind: 'article', title: '青岛西海岸新区胶南街道·凝聚红色力量烹好惠民大餐', authors: '' },
    { kind: 'article', title: '珙县扎实做好省级文明城市创建工作', authors: '' },
    { kind: 'brief', title: '陕煤集团黄陵矿业双龙煤业开展消防安全培训', authors: '韦青松' },
    { kind: 'photo', title: null, authors: '' },
    { kind: 'article', title: '屏山县新安镇聚福村：党建引领基层治理 全面推进乡村振兴', authors: '何杨梅' },
  ],
  '002': [
    { kind: 'article', title: '打造党建品牌 筑牢文明基石', subtitle: '——漯河市市场监督管理局以高质量党建引领全国文明单位创建纪实', authors: '李连军 程浩' },
    { kind: 'article', title: '青海省格尔木市：绽放文明花 结出富裕果', authors: '吕正楷 鲍得秀' },
    { kind: 'photo', title: null, authors: '摄影:石玉成' },
    { kind: 'brief', title: '陕煤黄陵矿业双龙煤业：文明生产守护矿井安全', authors: '穆海宏' },
    { kind: 'article', title: '甘肃天祝：把实事办到老百姓的心坎儿上', authors: '靳文龙 张宗文' },
  ],
  '003': [
    { kind: 'article', title: '锻造“五大先锋” 建设模范机关', subtitle: '——市政府办机关党委打造“五色聚力‘政’当先锋”党建品牌', authors: '首席记者:肖干 通讯员:沈玉莲 通讯员:王沂' },
    { kind: 'brief', title: '市领导调研高铁西站片区建设', authors: '记者:刘露' },
    { kind: 'brief', title: '市人大常委会领导调研体育工作', authors: '通讯员:朱强' },
    { kind: 'photo', title: '六年级学生 迎来毕业季', authors: '摄影:万善朝 通讯员:赵明月' },
    { kind: 'brief', title: '杜集区强化政府性融资担保机构“信用放大器”功能 金融活水精准滴灌科技型企业', authors: '记者:黄旭 通讯员:周亚辉' },
    { kind: 'article', title: null, authors: '' },
    { kind: 'brief', title: '我市开展卓越绩效先进质量管理方法经验推广交流观摩活动', authors: '记者:徐志勤 通讯员:刘庆峰' },
  ],
  '004': [
    { kind: 'article', title: '用心用情，下活新时代文明实践一盘棋', subtitle: '——甘肃省清水县全国新时代文明实践中心建设试点工作掠影', authors: '杨澜' },
    { kind: 'article', title: '北京怀柔：“九度”社区建设的特色治理实践', authors: '于丽爽' },
    { kind: 'brief', title: '上海二十冶西南分公司团总支组织参观建川博物馆', authors: '戴幸林' },
    { kind: 'brief', title: '中国核能行业协会专家考察成都炭素', authors: '朱刚' },
    { kind: 'photo', title: null, authors: '摄影:张国荣' },
    { kind: 'brief', title: '陕煤黄陵矿业一号煤矿举办女职工读书活动', authors: '倪小红' },
    { kind: 'brief', title: '隆昌市水利局以专题党课推动党史学习教育扎实开展', authors: '王晓玉' },
    { kind: 'article', title: '宜宾市叙州区：三张处方提升市容市貌', authors: '丁泳米 徐杰震' },
  ],
};

// Text that must be read as part of one item, and text that must not be in it:
// the reading-order cases the seed notes describe.
const placements: { seed: string; title: string | null; has: string[]; hasNot: string[] }[] = [
  { seed: '000', title: '西宁市虎台街道「四个窗口」提升服务群众质量', has: ['“陈先生，您就按照这个纸上所列内容准备'], hasNot: ['丁庆云'] },
  { seed: '000', title: '兴党建凝心聚力 扬品牌扶助小微', has: ['伟大抗战精神。在“七一”建党节'], hasNot: [] },
  { seed: '001', title: '党建领航聚合力 文明花香溢财苑', has: ['有力推动财政各项工作稳步发展', '该局'], hasNot: ['胶南街道'] },
  { seed: '001', title: '青岛西海岸新区胶南街道·凝聚红色力量烹好惠民大餐', has: ['大邓陶村'], hasNot: ['该局', '财政'] },
  { seed: '004', title: '宜宾市叙州区：三张处方提升市容市貌', has: ['近期以来，在“我为群众办实事”', '处方一：“三剂针药”整治市容秩序'], hasNot: ['隆昌'] },
  { seed: '004', title: '陕煤黄陵矿业一号煤矿举办女职工读书活动', has: ['女职工代表带上自己喜欢的书籍'], hasNot: [] },
];

const seeds = readSeeds();
const parsed = new Map(seeds.map((s) => [s.name.slice(0, 3), parsePage({ file: s.name, bytes: s.bytes, sidecar: null })]));

describe('seed pages', () => {
  it('are all present beside the checkout', () => {
    expect(seeds.map((s) => s.name.slice(0, 3))).toEqual(Object.keys(expected));
  });

  for (const [seed, want] of Object.entries(expected)) {
    it(`${seed}: finds every item with its title, subtitle and authors`, () => {
      const got = parsed.get(seed)!.entries.map((e) => ({
        kind: e.kind,
        title: e.title,
        ...(e.subtitle ? { subtitle: e.subtitle } : {}),
        authors: e.authors.map((a) => (a.role ? `${a.role}:${a.name}` : a.name)).join(' '),
      }));
      expect(got).toEqual(want);
    });

    it(`${seed}: loses no text and doubles none`, () => {
      const { page, entries } = parsed.get(seed)!;
      expect(compareCoverage(page, entries)).toEqual({ lost: '', extra: '' });
    });

    it(`${seed}: no item holds another item's title or first paragraph`, () => {
      const { entries } = parsed.get(seed)!;
      for (const e of entries) {
        const body = e.paragraphs.join('');
        for (const other of entries) {
          if (other === e) continue;
          if (other.title) expect(body).not.toContain(other.title);
          const lead = other.paragraphs[0] ?? other.caption;
          if (lead && lead.length > 20) expect(body).not.toContain(lead.slice(0, 20));
        }
      }
    });
  }

  for (const p of placements) {
    it(`${p.seed}: reads "${p.title}" in the right order`, () => {
      const entry = parsed.get(p.seed)!.entries.find((e) => e.title === p.title)!;
      const text = entry.paragraphs.join('');
      for (const s of p.has) expect(text).toContain(s);
      for (const s of p.hasNot) expect(text).not.toContain(s);
    });
  }

  it('003: keeps the photo printed twice once, and links the continued piece to page 1', () => {
    const { page, entries } = parsed.get('003')!;
    expect(page.duplicates).toHaveLength(1);
    expect(entries.filter((e) => e.kind === 'photo')).toHaveLength(1);
    const continued = entries.find((e) => e.continuedFrom)!;
    expect(continued.continuedFrom).toMatchObject({ page: 1, marker: '◀◀◀上接第1版' });
    expect(page.labels.map((l) => l.text)).toEqual(['机关党建']);
  });
});
