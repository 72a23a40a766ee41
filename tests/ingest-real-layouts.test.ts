// The page-structure rules of the real scrapers' layouts (page-layout, furniture,
// contents, site-chrome, front-matter-lines, run-on-line, headline, packages,
// bare-heads, file-furniture, printed-meta and their steps in assemble and
// classify), one small page each in tests/fixtures/real-layouts/. The pages are
// written for these tests, in the shapes the real styles have
// (../shared/real/README.md): invented papers, names and text. Each case says
// what a reader finds on the page: the items, the page's labels, the furniture
// each entry carries, and that every printed character ends up in exactly one
// entry field or label.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage, type ParsedPage } from '../src/ingest/index.ts';
import { compareCoverage } from '../src/ingest/text-coverage.ts';

const fixtures = join(import.meta.dirname, 'fixtures/real-layouts');

/** Parses a case's page, saved at `file` (by default in a folder whose path says nothing of the page). */
function parseCase(name: string, file = `real-layouts/${name}.txt`): ParsedPage {
  const bytes = new Uint8Array(readFileSync(join(fixtures, `${name}.txt`)));
  return parsePage({ file, bytes, sidecar: null });
}

/** What a reader checks of an item; fields left out of a wanted item are null (or empty). */
interface ItemView {
  kind: string;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  authors: string[];
  dateline: string | null;
  first: string | null;
  last: string | null;
  subheads: number[];
  caption: string | null;
  credit: string | null;
  furniture: string[];
  column: { name: string; line: string | null } | null;
}

const want = (w: Partial<ItemView> & Pick<ItemView, 'kind'>): ItemView => ({
  kicker: null,
  title: null,
  subtitle: null,
  authors: [],
  dateline: null,
  first: null,
  last: null,
  subheads: [],
  caption: null,
  credit: null,
  furniture: [],
  column: null,
  ...w,
});

function items(r: ParsedPage): ItemView[] {
  return r.entries.map((e) => ({
    kind: e.kind,
    kicker: e.kicker,
    title: e.title,
    subtitle: e.subtitle,
    authors: e.authors.map((a) => a.name),
    dateline: e.dateline,
    first: e.paragraphs[0] ?? null,
    last: e.paragraphs.at(-1) ?? null,
    subheads: e.subheads,
    caption: e.caption,
    credit: e.credit,
    furniture: e.furniture,
    column: e.column,
  }));
}

const labels = (r: ParsedPage) => r.page.labels.map((l) => [l.text, l.kind]);
const furnitureLabels = (...texts: string[]) => texts.map((t) => [t, 'furniture']);

/** Parses a case and checks that no printed text was lost or doubled. */
function read(name: string, file?: string): ParsedPage {
  const r = parseCase(name, file);
  expect(compareCoverage(r.page, r.entries), `${name}: text lost or doubled`).toEqual({ lost: '', extra: '' });
  return r;
}

describe('element lines (page-layout, furniture, headline)', () => {
  // govopendata: a header line, 第N版() / 专栏: before each item, one line per
  // headline line and per paragraph with no blank between.
  it('reads header and item-start lines as furniture that close items, and three headline lines as kicker, title, subtitle', () => {
    const r = read('element-lines-header');
    expect(labels(r)).toEqual(furnitureLabels('1962年4月9日青川日报 第2版', '第2版()', '专栏:', '第2版()', '专栏:'));
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '柳河公社春耕进度快',
        dateline: '本报柳河8日电',
        first: '柳河公社各生产队抓紧晴好天气翻地送肥,到昨天为止,全社已经翻耕土地一万二千亩,比去年同期多三千亩。',
        last: '各队还组织了送肥小组,把积存的农家肥及时送到田头,保证了早稻下种的需要。',
        furniture: ['1962年4月9日青川日报 第2版', '第2版()', '专栏:'],
      }),
      want({
        kind: 'brief',
        kicker: '抢晴天 赶农时 社员们日夜奋战',
        title: '石桥水库提前完成加固工程',
        subtitle: '下游八个大队的农田今年不怕旱涝',
        dateline: '本报讯',
        first: '据临江报消息:石桥水库的加固工程已经提前半个月全部完成,大坝加高了两米,溢洪道也加宽了。',
        last: '工程开工以来,附近八个大队先后出动民工四千多人,他们冒着寒风挑土筑坝,工地上红旗招展。',
        furniture: ['第2版()', '专栏:'],
      }),
    ]);
  });

  it('makes the paragraph after (附图片) a photo caption with the credit under it, and reads two headline lines as title and subtitle', () => {
    const r = read('element-lines-photo-marker');
    expect(labels(r)).toEqual(furnitureLabels('1965年8月3日青川日报 第1版', '第1版()', '专栏:', '(附图片)', '第1版()', '专栏:'));
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '全省夏粮征购任务超额完成',
        dateline: '新华社二日讯',
        first: '全省各地农村人民公社积极交售夏粮,到七月底止,全省已经超额百分之六完成了今年的夏粮征购任务。',
        last: '全省各地农村人民公社积极交售夏粮,到七月底止,全省已经超额百分之六完成了今年的夏粮征购任务。',
        furniture: ['1965年8月3日青川日报 第1版', '第1版()', '专栏:'],
      }),
      want({
        kind: 'photo',
        authors: ['周立民'],
        caption: '东岗公社社员们赶着大车,把晒干扬净的新麦送到粮站。',
        credit: '新华社记者 周立民摄',
        furniture: ['(附图片)'],
      }),
      want({
        kind: 'brief',
        title: '产量比去年高 品种比往年多',
        subtitle: '南岭各县蔬菜喜获丰收',
        dateline: '本报讯',
        first: '南岭地区各县今年蔬菜种植面积扩大,产量比去年提高两成,上市的品种也比往年多了十几个。',
        last: '各地供销社在产区设立了收购站,保证城镇居民吃上新鲜蔬菜。',
        furniture: ['第1版()', '专栏:'],
      }),
    ]);
  });

  it('reads a header line in full-width figures and a 第N版(版名) line as furniture', () => {
    const r = read('element-lines-fullwidth-header');
    expect(labels(r)).toEqual(furnitureLabels('１９６２年４月９日青川日报 第２版', '第2版(要闻)', '专栏:'));
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '柳河公社春耕进度快',
        dateline: '本报柳河8日电',
        first: '柳河公社各生产队抓紧晴好天气翻地送肥,到昨天为止,全社已经翻耕土地一万二千亩,比去年同期多三千亩。',
        last: '各队还组织了送肥小组,把积存的农家肥及时送到田头,保证了早稻下种的需要。',
        furniture: ['１９６２年４月９日青川日报 第２版', '第2版(要闻)', '专栏:'],
      }),
    ]);
  });

  it('reads the first of two headline lines as a kicker when it ends with ——', () => {
    const r = read('element-lines-kicker-dash');
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        kicker: '南岭县出台“十条”——',
        title: '全力支持山区小水电建设',
        dateline: '本报南岭1日电',
        first: '南岭县日前出台支持山区小水电建设的十条措施,从资金、技术、用地等方面给予扶持。',
        last: '县水利局有关负责人表示,这些措施将惠及全县二十多个山区大队。',
        furniture: ['1963年5月2日青川日报 第1版', '第1版()', '专栏:'],
      }),
    ]);
  });

  it('lets no paragraph after an item-start line join the item above it', () => {
    // A correction printed without a headline: its own fragment, not the brief's last paragraph.
    const r = read('furniture-closes-item');
    expect(labels(r)).toEqual(furnitureLabels('1959年10月8日青川日报 第4版', '第4版()', '专栏:', '第4版()', '专栏:'));
    const correction = '本版九月三十日所载《柳河公社秋收忙》一文中,“三万亩”应为“三千亩”,特此更正。';
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '东岗水泥厂提前完成全年计划',
        dateline: '本报东岗7日电',
        first: '东岗水泥厂全体职工奋战九个月,提前八十五天完成了全年的生产计划。',
        last: '全厂水泥的质量也有提高,一级品率达到百分之九十七。',
        furniture: ['1959年10月8日青川日报 第4版', '第4版()', '专栏:'],
      }),
      want({ kind: 'fragment', first: correction, last: correction, furniture: ['第4版()', '专栏:'] }),
    ]);
  });

  it('joins a long line between the headline and the dateline to the headline (continuesHead)', () => {
    const r = read('element-lines-long-subtitle');
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '南岭山区建成第一座小水电站',
        subtitle: '全县二十多个生产大队用上了电灯,碾米磨面再也不用靠人力和畜力,社员们高兴地说这是山里的大喜事',
        dateline: '本报南岭1日电',
        first: '南岭县山区的第一座小水电站最近建成发电,发电量可供二十多个生产大队照明和农副产品加工使用。',
        last: '水电站由县水利局设计,各大队出工出料,前后只用了五个月就建成了。',
        furniture: ['1963年5月2日青川日报 第1版', '第1版()', '专栏:'],
      }),
    ]);
  });
});

describe('indented paragraphs (page-layout, classifyByIndent, headline crawler slots)', () => {
  // caspiankexin: the crawler's files of one page joined byte for byte (CRLF,
  // paragraphs indented with two U+3000, 引题 / 主题 / 副题 on lines 1–3 of each file).
  it('keeps 图片说明： above the photo captions of a page as a label: the photos under it have no title', () => {
    const r = read('crawler-files-photo-captions');
    expect(labels(r)).toEqual(furnitureLabels('图片说明：'));
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        kicker: '春耕时节农机忙',
        title: '南岭各地抢抓农时备耕生产',
        first: '连日来,南岭各地抢抓晴好天气,组织农机手下田作业,全力以赴做好春耕备耕工作。',
        last: '在东岗镇的千亩示范田里,十多台旋耕机来回穿梭,翻起的泥土散发着清香。',
      }),
      want({ kind: 'photo', authors: ['林海涛'], caption: '图①：东岗镇农机手驾驶旋耕机在示范田里作业。', credit: '林海涛摄（本报视觉）', furniture: ['图片说明：'] }),
      want({ kind: 'photo', authors: ['何静'], caption: '图②：西溪村农技员在育秧大棚里查看秧苗长势。', credit: '何  静摄' }),
    ]);
  });

  it('reads the short heading over signed letters (来信, 百姓呼声) as a section label, each letter under it an item signed by its writer', () => {
    const indented = read('letters-under-heading');
    expect(labels(indented)).toEqual([['来信', 'section']]);
    expect(items(indented).map((i) => [i.kind, i.title, i.authors, i.first])).toEqual([
      ['article', '家门口的服务站越办越好（来信综述）', [], '近来,不少读者致信本报,谈家门口的社区服务站给生活带来的变化,也对服务站的下一步提出了建议。'],
      ['article', '托管班能否延长到晚上', ['林小梅'], '我家孩子放学早,我们下班晚,社区的托管班五点半就关门了。希望托管班能延长到晚上七点。'],
      ['article', '快递柜不妨多设几处', ['何平'], '小区里只有一处快递柜,取件的人常常排起长队。建议在每栋楼下都设几个快递柜。'],
    ]);
    const apart = read('letters-under-heading-blank-lines');
    expect(labels(apart)).toEqual([['百姓呼声', 'section']]);
    expect(items(apart).map((i) => [i.title, i.authors])).toEqual([
      ['东岗镇新建三座文化广场', ['周明']],
      ['老旧小区加装电梯要提速', ['何平']],
      ['菜市场周边停车难题待解', ['林小梅']],
    ]);
  });

  it('reads the headings of a feature under a ——…综述 subtitle as its subheads, however long, but a 某地：… headline after it as the next item', () => {
    const r = read('feature-subheads');
    expect(items(r).map((i) => [i.title, i.subtitle, i.subheads, i.authors])).toEqual([
      ['共同书写区域合作新篇章', '——2025年“南岭论坛”综述', [1, 4], []],
      ['东港市：港口货运量创历史新高', null, [], ['林涛']],
    ]);
  });

  it('takes the lines printed together above a credit as one caption where paragraphs stand a blank line apart', () => {
    const r = read('caption-two-lines');
    expect(items(r).map((i) => [i.kind, i.title, i.last, i.caption, i.credit])).toEqual([
      ['brief', '省农业劳动模范大会在临江开幕', '大会将表彰一批在农业生产中作出突出贡献的先进集体和个人。', null, null],
      ['photo', null, null, '出席大会的劳动模范代表在会场前合影。\n省委负责同志同代表们亲切交谈。', '新华社记者摄'],
    ]);
  });

  it('reads two short phrases right under a long first headline line as the title, the line above as its kicker; later short lines are subheads', () => {
    const r = read('short-title-under-kicker');
    expect(items(r).map((i) => [i.kicker, i.title, i.subheads.length])).toEqual([['南岭博物馆推出二十场线上展览和十门公开课', '足不出户 看遍千年文物', 2]]);
  });

  it('reads unindented lines as heads and indented short lines as subheads; a kicker ends with ——, or fills the crawler’s first slot', () => {
    const r = read('crawler-files-indented');
    expect(labels(r)).toEqual([]);
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        kicker: '“全国劳动模范”获得者周海林——',
        title: '扎根海岛三十年 守护万家灯火（劳模风采）',
        authors: ['程远'],
        dateline: '（据新华社东港3月4日电\u00a0\u00a0记者程远）',
        first: '周海林是东港供电所的一名普通线路工,三十年来一直守护着海岛上的电力线路,从没有离开过这座小岛。',
        last: '如今,海岛电网已经连上了大陆主网,停电的日子一去不复返了,岛上还建起了光伏电站。',
        subheads: [2],
      }),
      // Two headline lines right after the last item's text, an empty 副题 line after them: 引题 and 主题.
      want({
        kind: 'article',
        kicker: '试点“以旧换新”扩围到全省',
        title: '让更多家庭用上节能家电（政策解读）',
        first: '近日,省商务厅公布了家电“以旧换新”试点扩围方案。方案显示,试点城市将从三个扩大到全省所有地级市,补贴品类也有所增加。',
        last: '此次扩围后,补贴品类由八类增加到十二类,洗碗机、净水器等也被纳入其中,每户最多可以享受两次补贴。',
        subheads: [1],
      }),
      // An unindented line with a comma and a 、 is still a headline where paragraphs are indented.
      want({
        kind: 'brief',
        title: '临江县委原书记赵德胜严重违纪违法，受到开除党籍、开除公职处分',
        authors: ['方明'],
        dateline: '本报临江3月4日电\u00a0\u00a0（记者方明）',
        first: '经省委批准,省纪委监委对临江县委原书记赵德胜严重违纪违法问题进行了立案审查调查。',
        last: '经查,赵德胜违反中央八项规定精神,利用职务上的便利为他人谋取利益,并非法收受巨额财物。',
      }),
    ]);
  });

  it('keeps a 核心阅读 box label as furniture of its article, the box text opening the body', () => {
    const r = read('crawler-files-box');
    expect(labels(r)).toEqual(furnitureLabels('核心阅读'));
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        title: '治理城市内涝 将有新办法',
        first: '近年来,一些城市每逢暴雨就出现内涝,给群众出行带来不便。',
        last: '专项检查将持续到六月底,检查结果将向社会公布,接受群众监督。',
        subheads: [2],
        furniture: ['核心阅读'],
      }),
    ]);
    expect(r.entries[0]!.paragraphs[2]).toBe('内涝频发,暴露出城市排水设施建设的短板');
  });
});

describe('Traditional pages of the crawler style (furniture on the Simplified fold)', () => {
  it('keeps a 編者按 box label as furniture, the box text opening the body', () => {
    const r = read('crawler-files-traditional-box');
    expect(labels(r)).toEqual(furnitureLabels('編者按'));
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        title: '治理城市內澇 將有新辦法',
        first: '近年來,一些城市每逢暴雨就出現內澇,給群眾出行帶來不便。',
        last: '專項檢查將持續到六月底,檢查結果將向社會公佈,接受群眾監督。',
        furniture: ['編者按'],
      }),
    ]);
  });
});

describe('day listings and archive records (furniture, contents, run-on-line, headline)', () => {
  // rmrb.haitun.store: a date line, a page line, a numbered headline list, then
  // each item on one line after its 第N版()专栏: prefix, paragraphs split by spaces.
  it('cuts a whole item on one line into headline, paragraphs, photo marker, caption and credit; numbered entries repeated below are contents', () => {
    const r = read('day-listing-run-on');
    expect(labels(r)).toEqual(
      furnitureLabels(
        '1965-03-12',
        '第 1 版',
        '1. 东港码头装卸效率创新纪录 工人们改进操作方法一天多装五百吨',
        '第4版()专栏:',
        '(附图片)',
        '2. 柳河县举办农业技术训练班',
        '第4版(农业)专栏:',
      ),
    );
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '东港码头装卸效率创新纪录',
        subtitle: '工人们改进操作方法一天多装五百吨',
        dateline: '新华社十一日讯',
        first: '东港码头装卸工人改进了操作方法,昨天一天比平时多装卸货物五百多吨,创造了建港以来的最高纪录。',
        last: '这个码头的工人们大搞技术革新,先后制成了十多种新式工具。',
        // The photo marker stands on the item's line (line 4), so the item keeps it.
        furniture: ['1965-03-12', '第 1 版', '1. 东港码头装卸效率创新纪录 工人们改进操作方法一天多装五百吨', '第4版()专栏:', '(附图片)'],
      }),
      want({ kind: 'photo', authors: ['吴振华'], caption: '码头工人正在用新制的工具装卸货物。', credit: '新华社记者 吴振华摄' }),
      want({
        kind: 'brief',
        title: '柳河县举办农业技术训练班',
        dateline: '新华社十一日讯',
        first: '柳河县最近举办了农业技术训练班,参加学习的有各公社的生产队长和技术员二百多人。',
        last: '训练班着重讲授了水稻育秧和合理施肥的技术。',
        furniture: ['2. 柳河县举办农业技术训练班', '第4版(农业)专栏:'],
      }),
    ]);
    // Pieces keep their line's number and say where in it they start.
    const photo = r.entries[1]!;
    expect(photo.source.lines).toEqual([[4, 4]]);
  });

  it('sets a byline that opens the text of a run-on item apart, and reads a series line (…系列述评之三) over the title as its kicker', () => {
    const r = read('day-listing-byline-series');
    expect(items(r).map((i) => [i.kicker, i.title, i.subtitle, i.authors, i.first])).toEqual([
      ['搞活流通系列述评之三', '疏通城乡商品渠道', null, ['丁远'], '城乡商品流通不畅,是当前经济生活中的一个突出问题。疏通流通渠道,要从改革批发体制入手。'],
      [null, '红星乡办起农民技术夜校', null, ['周文华', '李平'], '红星乡今年春天办起了农民技术夜校,每周上课三个晚上,已有四百多名农民参加学习。'],
    ]);
  });

  it('reads three headline parts before the dateline of a run-on item as kicker, title and subtitle', () => {
    const r = read('day-listing-three-part-head');
    const entry = '1. 大搞技术革新 东港码头装卸效率创新纪录 工人们一天多装五百吨';
    expect(labels(r)).toEqual(furnitureLabels('1965-03-12', '第 1 版', entry, '第4版()专栏:'));
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        kicker: '大搞技术革新',
        title: '东港码头装卸效率创新纪录',
        subtitle: '工人们一天多装五百吨',
        dateline: '新华社十一日讯',
        first: '东港码头装卸工人改进了操作方法,昨天一天比平时多装卸货物五百多吨。',
        last: '这个码头的工人们大搞技术革新,先后制成了十多种新式工具。',
        furniture: ['1965-03-12', '第 1 版', entry, '第4版()专栏:'],
      }),
    ]);
  });

  it('matches a numbered entry to its item spaces aside, on a listing with blank lines and a lead byline (…讯记者X报道:)', () => {
    const r = read('day-listing-blank-lines');
    const start = '第1版(要闻)专栏:';
    expect(labels(r)).toEqual(furnitureLabels('1997-05-09', '第 1 版', '1. 省长会见外国客人', start, '2. 全省春播工作进展顺利播种面积已达八成', start));
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '省长会见外国客人',
        authors: ['方明'],
        dateline: '本报青川五月八日讯记者方明报道:',
        first: '今天下午,省长李建华在省政府会见了来访的外国客人,双方就扩大经贸合作交换了意见。',
        last: '会见时在座的还有省政府有关部门负责人。',
        furniture: ['1997-05-09', '第 1 版', '1. 省长会见外国客人', start],
      }),
      want({
        kind: 'brief',
        title: '全省春播工作进展顺利',
        subtitle: '播种面积已达八成',
        authors: ['周立'],
        dateline: '新华社青川5月8日电(记者周立)',
        first: '全省春播工作进展顺利,截至目前播种面积已达计划的八成。',
        last: '各地农业部门组织技术人员下乡,指导农民科学播种。',
        furniture: ['2. 全省春播工作进展顺利播种面积已达八成', start],
      }),
    ]);
  });

  // yenke dokuwiki day pages: `<paper>>YYYYMMDD`, 标题-——副题, 作者:A/B/C, 版面:头版, 编者按.
  it('splits 标题-——副题, reads 作者:A/B/C, and keeps the section heading, 版面: field and 编者按 box as furniture', () => {
    const r = read('dokuwiki-joined-subtitle');
    expect(labels(r)).toEqual(furnitureLabels('南岭军报>19850312', '版面:头版', '编者按'));
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        title: '坚持从难从严 练就过硬本领',
        subtitle: '-——某团冬季野营训练见闻',
        authors: ['林海平', '赵立新', '孙建军'],
        first: '某团在冬季野营训练中坚持从难从严、从实战出发,锻炼了部队。我们发表这篇见闻,希望各部队结合实际认真研究。',
        last: '团长对记者说,训练场上多流汗,战场上才能少流血。',
        furniture: ['南岭军报>19850312', '版面:头版', '编者按'],
      }),
    ]);
    expect(r.entries[0]!.paragraphs).toHaveLength(4);
  });

  it('promotes the line above a 版面: field to the headline, split at its hyphen', () => {
    const r = read('dokuwiki-field-headline');
    expect(labels(r)).toEqual(furnitureLabels('南岭军报>19830611', '版面:头版'));
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '省委书记王明远回到青川',
        subtitle: '-省直机关负责同志到车站迎接,热烈祝贺考察工作取得圆满成功',
        dateline: '新华社6月10日讯',
        first: '省委书记王明远在圆满结束了对沿海各地区的考察之后,于今天下午乘火车回到青川。',
        last: '省直机关负责同志赵志刚、孙玉兰、钱文华等到车站迎接,同王明远同志亲切握手。',
        furniture: ['南岭军报>19830611', '版面:头版'],
      }),
    ]);
  });

  it('reads a b2-标题 page code as contents and an empty 专栏: as the item’s start', () => {
    const r = read('dokuwiki-page-code');
    expect(labels(r)).toEqual(furnitureLabels('青川日报>19990307', 'b2-全市各界热情慰问驻军官兵', '专栏:'));
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '全市各界热情慰问驻军官兵',
        authors: ['周立'],
        dateline: '据新华社青川3月6日电(记者周立)',
        first: '春节前夕,全市各界群众纷纷走进军营,亲切慰问驻军官兵和烈军属。',
        last: '各区街道也组织群众帮助官兵拆洗被褥、打扫营院。',
        furniture: ['青川日报>19990307', 'b2-全市各界热情慰问驻军官兵', '专栏:'],
      }),
    ]);
  });
});

describe('web pages (furniture, site-chrome, contents, splitSourceCitation)', () => {
  const nav = ['首页English', '• 时政', '• 国际', '• 时评', '• 理论', '• 文化', '• 科技', '• 教育', '• 经济', '• 生活', '• 图片', '• 更多>>', '• 报 纸', '杂 志', '海湾日报 2013年5月18日 星期六'];

  it('keeps an e-paper’s navigation and date line as furniture, and reads the byline that ends in the paper’s citation', () => {
    const r = read('epaper-navigation');
    expect(labels(r)).toEqual(furnitureLabels(...nav));
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        kicker: '读报三十年',
        title: '我和海湾日报',
        authors: ['郑晓岚'],
        first: '那是1983年的春天,我在县城的邮电所第一次订阅了海湾日报,从此再也没有断过。',
        last: '三十年来,我从一名读者变成了作者,在海湾日报上发表了二十多篇文章。',
        furniture: nav,
      }),
    ]);
    expect(r.entries[0]!.bylines).toEqual(['作者:郑晓岚 《海湾日报》( 2013年05月18日 07版)']);
  });

  it('reads a menu line, a 民國 date and a run of titles with one repeated below as furniture; a headline may end with a question', () => {
    const r = read('site-menu-contents');
    const furniture = [
      '今日新聞 社論 評論 專題報導 讀者廣場 報社簡介 回首頁',
      '中華民國92年5月6日星期二',
      '為港口拚轉型 卻凍結碼頭預算…這不是怪事嗎?',
      '拿出決心整頓違建工廠!',
      '老街商圈還能撐多久?',
      '偏鄉診所人力荒誰來解',
      '社區大學辦學的下一步',
      '為少年棒球隊說幾句話',
    ];
    expect(labels(r)).toEqual(furnitureLabels(...furniture));
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        title: '為港口拚轉型 卻凍結碼頭預算…這不是怪事嗎?',
        authors: ['林志遠'],
        first: '港口要轉型,大家都說重要;可是今年的碼頭預算卻被凍結,轉型的工程只好停下來等待,地方上的業者看了都搖頭。',
        last: '預算凍結,工程停擺,轉型落空,吃虧的還是港口邊討生活的人。',
        furniture,
      }),
    ]);
  });

  it('reads a heading under a listed title that the page’s table of contents does not list as a subhead, however long', () => {
    const r = read('site-contents-subhead');
    expect(items(r).map((i) => [i.title, i.authors, i.subheads, i.last])).toEqual([
      ['要發展觀光 卻砍掉接駁公車…這合理嗎?', ['陳美玲'], [2], '算一算,砍公車一年省下的經費,遠遠比不上遊客減少帶來的損失。'],
    ]);
  });

  it('keeps a web article’s time and source line as site furniture, reads an indented line over a byline as a title, and a credit with its agency after a slash', () => {
    const r = read('web-article-source-line');
    expect(labels(r)).toEqual(furnitureLabels('2026-02-20 06:30 来源：临江网-《临江日报》', '编者按'));
    expect(items(r).map((i) => [i.kind, i.title, i.authors, i.caption, i.credit])).toEqual([
      ['article', '新春走基层·记者手记', [], null, null],
      ['article', '守护古村的老手艺', ['周海明'], null, null],
      ['photo', null, ['林小燕'], '老匠人在院子里给孩子们演示竹编技艺。', '林小燕摄/临江图片'],
    ]);
  });

  it('cuts a block of paragraphs set on one line with wide indents into its paragraphs, a head among them a subhead', () => {
    const r = read('wide-space-paragraphs');
    expect(items(r).map((i) => [i.title, i.subtitle, i.subheads, i.first, i.last])).toEqual([
      [
        '东港港口吞吐量创新高',
        '——港口建设提速,带动临港产业发展',
        [2],
        '今年前十个月,东港港口货物吞吐量同比增长一成以上,创历史同期新高。',
        '港口的发展也带动了临港产业。物流、仓储、加工企业纷纷落户港区。',
      ],
    ]);
  });

  it('reads a menu of links between bars as site furniture', () => {
    const r = read('site-menu-bars');
    const furniture = ['星島首頁 | 昔日新聞 | 各項專版 | 廣告業務 | 報社簡介', '當前報章2023年03月14日'];
    expect(labels(r)).toEqual(furnitureLabels(...furniture));
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '灣區青年創業論壇在港舉行',
        subtitle: '特區政府承諾加大支援力度',
        authors: ['梁嘉欣'],
        dateline: '【中新社香港3月13日電】(梁嘉欣)',
        first: '灣區青年創業論壇13日在香港舉行,特區政府官員表示將加大對青年創業的支援力度。',
        last: '論壇吸引了來自灣區各城市的三百多名青年創業者參加。',
        furniture,
      }),
    ]);
  });

  it('marks the many short lines above the first paragraph as site chrome, keeping the headline right above it', () => {
    const r = read('site-chrome');
    const chrome = ['您好!今天是', '設為主頁收藏本頁', '社交網站:', '當前報章2023年03月14日', '今日導讀', '本報新聞', '字體: 放大 還原 縮小'];
    expect(labels(r)).toEqual(furnitureLabels(...chrome));
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '灣區青年創業論壇在港舉行',
        subtitle: '特區政府承諾加大支援力度',
        authors: ['梁嘉欣'],
        dateline: '【中新社香港3月13日電】(梁嘉欣)',
        first: '灣區青年創業論壇13日在香港舉行,特區政府官員表示將加大對青年創業的支援力度。',
        last: '與會者認為,青年創業需要資金、場地和市場等多方面的配合。',
        furniture: chrome,
      }),
    ]);
  });

  it('keeps a kicker, title, subtitle and byline right above the first paragraph as the article’s head', () => {
    const r = read('site-chrome-full-head');
    const chrome = ['首頁', '本報新聞', '澳門新聞', '體育新聞', '副刊', '字體: 放大 還原 縮小'];
    expect(labels(r)).toEqual(furnitureLabels(...chrome));
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        kicker: '灣區青年創業者講述奮鬥故事——',
        title: '青春在灣區綻放',
        subtitle: '特區政府承諾加大支援力度',
        authors: ['梁嘉欣'],
        first: '灣區青年創業論壇13日在香港舉行,特區政府官員表示將加大對青年創業的支援力度。',
        last: '論壇吸引了來自灣區各城市的三百多名青年創業者參加。',
        furniture: chrome,
      }),
    ]);
  });

  it('stops the article’s head at a line that comes again on the page (a section name in the menu and over the article)', () => {
    const r = read('site-chrome-repeated');
    const chrome = ['首頁', '本報新聞', '澳門新聞', '體育新聞', '副刊', '當前報章2023年03月14日', '本報新聞'];
    expect(labels(r)).toEqual(furnitureLabels(...chrome));
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '灣區青年創業論壇在港舉行',
        subtitle: '特區政府承諾加大支援力度',
        authors: ['梁嘉欣'],
        dateline: '【中新社香港3月13日電】(梁嘉欣)',
        first: '灣區青年創業論壇13日在香港舉行,特區政府官員表示將加大對青年創業的支援力度。',
        last: '論壇吸引了來自灣區各城市的三百多名青年創業者參加。',
        furniture: chrome,
      }),
    ]);
  });

  it('reads Read More as furniture that ends the item above it; the label is filed with the next item, the last with the last', () => {
    const r = read('listing-read-more');
    expect(labels(r)).toEqual(furnitureLabels('Read More', 'Read More'));
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '海岸公路撞死路人 肇逃男子投案',
        dateline: '本報記者綜合報導',
        first: '東港縣海岸公路十二日晚間一名陳姓男子穿越公路時遭小貨車撞上,送醫不治。肇事駕駛逃逸後前往派出所投案,警方已移送法辦。',
        last: '東港縣海岸公路十二日晚間一名陳姓男子穿越公路時遭小貨車撞上,送醫不治。肇事駕駛逃逸後前往派出所投案,警方已移送法辦。',
      }),
      // file-furniture's order: the item a label stands among, else the next, else the last.
      want({
        kind: 'brief',
        title: '山區小學宿舍失火 師生平安撤離',
        dateline: '本報綜合報導',
        first: '南岭縣一所山區小學的教師宿舍十二日深夜發生火災,所幸師生及時撤離,無人受傷。消防人員花了一個小時才將火勢撲滅。',
        last: '南岭縣一所山區小學的教師宿舍十二日深夜發生火災,所幸師生及時撤離,無人受傷。消防人員花了一個小時才將火勢撲滅。',
        furniture: ['Read More', 'Read More'],
      }),
    ]);
  });
});

describe('front matter inside a page file (front-matter-lines, splitSourceCitation)', () => {
  it('keeps each YAML block as furniture of the item it opens, and reads names set with inner spaces before the citation', () => {
    const r = read('front-matter');
    const block = (title: string, author: string) => ['---', `title: "${title}"`, 'date: 2026-02-10', 'section: "第05版"', 'section_name: "评论"', `author: "${author}"`, '---'];
    const first = block('守护绿水青山  建设美丽乡村（海湾时评）', '孟  川');
    const second = block('“假环保”需要真监管（短评）', '林  溪');
    expect(labels(r)).toEqual(furnitureLabels(...first, ...second));
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        title: '守护绿水青山  建设美丽乡村（海湾时评）',
        authors: ['孟川'],
        first: '乡村美不美,关键看生态。近年来,各地把生态保护放在乡村建设的突出位置,一批批美丽乡村相继建成。',
        last: '守护绿水青山,需要久久为功。只有把保护生态的责任落到实处,乡村才能越来越美。',
        furniture: first,
      }),
      want({
        kind: 'article',
        title: '“假环保”需要真监管（短评）',
        authors: ['林溪'],
        first: '一些商家打着环保的旗号推销产品,实际上并不环保。对这种“假环保”,监管部门要敢于亮剑。',
        last: '一些商家打着环保的旗号推销产品,实际上并不环保。对这种“假环保”,监管部门要敢于亮剑。',
        furniture: second,
      }),
    ]);
    expect(r.entries.map((e) => e.bylines)).toEqual([['孟  川《海湾日报》（2026年02月10日第 05 版）'], ['林  溪《海湾日报》（2026年02月10日第 05 版）']]);
  });
});

describe('headlines on paragraph-lines pages (headline, classify)', () => {
  it('reads a line ending with —— as the kicker of the title under it, and a question as a headline', () => {
    const r = read('paragraph-lines-kicker');
    expect(labels(r)).toEqual([]);
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        kicker: '南湖新区出台“二十条”——',
        title: '全力支持小微企业稳岗扩岗',
        authors: ['田野'],
        dateline: '本报南湖3月6日电（记者 田野）',
        first: '南湖新区日前出台支持小微企业稳岗扩岗的二十条措施，从减税降费、融资担保、用工培训等方面加大扶持力度。',
        last: '新区有关负责人表示，这些措施将惠及区内三千多家小微企业，预计全年为企业减负两亿元以上。',
      }),
      want({
        kind: 'article',
        title: '老旧小区改造为何进度慢?',
        authors: ['方晓'],
        first: '今年以来，城区列入改造计划的老旧小区有四十多个，但目前完工的还不到一半。',
        last: '记者走访发现，资金筹措难、居民意见不统一，是改造进度慢的主要原因。',
      }),
    ]);
  });

  // The seeds' style sets a blank line after every line, the kicker's too.
  it('reads a line ending with —— as a kicker when a blank line stands between it and its title', () => {
    const r = read('paragraph-lines-kicker-apart');
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        kicker: '南湖新区出台“二十条”——',
        title: '全力支持小微企业稳岗扩岗',
        authors: ['田野'],
        first: '南湖新区日前出台支持小微企业稳岗扩岗的二十条措施，从减税降费、融资担保、用工培训等方面加大扶持力度。',
        last: '新区有关负责人表示，这些措施将惠及区内三千多家小微企业，预计全年为企业减负两亿元以上。',
      }),
    ]);
  });

  it('reads a kicker ending with —— a blank line above its title as the kicker of a datelined report', () => {
    const r = read('paragraph-lines-kicker-apart-dateline');
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        kicker: '南湖新区出台“二十条”——',
        title: '全力支持小微企业稳岗扩岗',
        authors: ['田野'],
        dateline: '本报南湖3月6日电（记者 田野）',
        first: '南湖新区日前出台支持小微企业稳岗扩岗的二十条措施，从减税降费、融资担保、用工培训等方面加大扶持力度。',
        last: '新区有关负责人表示，这些措施将惠及区内三千多家小微企业，预计全年为企业减负两亿元以上。',
      }),
    ]);
  });

  it('keeps a title broken by the column over two lines as one title (not title and subtitle)', () => {
    const r = read('paragraph-lines-wrapped-title');
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        title: '青川县北渡村生态环境局加强林下种植技术指导',
        authors: ['方晓', '李安'],
        first: '近日，青川县生态环境局组织技术人员走进北渡村，为村民讲解林下种植技术，帮助村民发展林下经济。',
        last: '技术人员在林地现场示范了中药材的种植方法，并发放了技术资料二百多份。',
      }),
    ]);
  });
});

describe('packages and bare headlines (packages, bare-heads)', () => {
  it('reads bylined sub-reports under one bare headline as one article with all their authors', () => {
    const r = read('package');
    expect(items(r).slice(0, 1)).toEqual([
      want({
        kind: 'article',
        title: '新春走基层 山乡处处新气象',
        authors: ['张明远', '李静', '王海涛'],
        first: '云岭小镇的新生活',
        last: '摊主刘大姐说，以前在路边摆摊，风吹日晒，现在有了固定摊位，生意也好做多了。',
        subheads: [0, 3],
      }),
    ]);
    expect(r.entries[0]!.paragraphs[3]).toBe('菜场宽敞干净了');
    expect(r.entries[0]!.bylines).toEqual(['本报记者  张明远  李  静', '本报记者  王海涛']);
    expect(r.messages.map((m) => m.ruleId)).toContain('package');
  });

  it('ends the package at an item that is not a bylined sub-report (a brief with its dateline)', () => {
    const r = read('package');
    expect(items(r).slice(1)).toEqual([
      want({
        kind: 'brief',
        title: '云岭镇召开春耕生产动员会',
        authors: ['赵蕾'],
        dateline: '本报讯（通讯员 赵  蕾）',
        first: '云岭镇日前召开春耕生产动员会，部署全镇春耕备耕工作。',
        last: '云岭镇日前召开春耕生产动员会，部署全镇春耕备耕工作。',
      }),
    ]);
  });

  it('keeps a title with nothing under it as a fragment, between two items it does not join', () => {
    const r = read('bare-head');
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        title: '河堤加固工程开工',
        authors: ['方晓'],
        first: '河堤加固工程昨天开工，计划汛期前完成主体施工，沿河村庄的防洪标准将明显提高。',
        last: '工程完工后，沿河道路也将拓宽，村民出行更加方便。',
      }),
      want({ kind: 'fragment', title: '春到青川（组图）' }),
      want({
        kind: 'brief',
        title: '防汛物资储备到位',
        authors: ['李安'],
        dateline: '本报讯（通讯员 李安）',
        first: '防汛办已在沿河村庄储备沙袋和抽水设备，随时可以调用。',
        last: '防汛办已在沿河村庄储备沙袋和抽水设备，随时可以调用。',
      }),
    ]);
    expect(r.messages.filter((m) => m.ruleId === 'fragment').map((m) => m.line)).toEqual([11]);
  });
});

// Pages in the seeds' style that the new rules must leave as they were.
describe('what the rules leave alone', () => {
  it('a photo block printed twice at the top is one photo and a duplicate, not a table of contents or site chrome', () => {
    const r = read('photo-printed-twice');
    expect(labels(r)).toEqual([]);
    expect(r.page.duplicates).toEqual([{ lines: [10, 15], of: [1, 6] }]);
    expect(items(r)).toEqual([
      want({
        kind: 'photo',
        title: '春到茶山',
        authors: ['方晓', '李安'],
        caption: '3月5日，茶农在青川县东岗乡的茶园里采摘明前茶。',
        credit: '摄影 记者 方晓 通讯员 李安',
      }),
      want({
        kind: 'article',
        title: '青川县春播进度过半',
        authors: ['李安'],
        first: '截至目前，青川县已完成春播面积十二万亩，占计划的百分之五十五，比去年同期快了五个百分点。',
        last: '县农业部门组织技术人员深入田间地头，指导农民科学播种、合理施肥，确保春播质量。',
      }),
    ]);
  });

  // Six lines stand above the first paragraph (the body opens with a short subhead):
  // as many as a site's chrome, but the scraper marked three of them as Markdown heads.
  it('a # title, ## subtitle, ### label and a two-line byline are the article’s head, not site chrome', () => {
    const r = read('markdown-head-not-chrome');
    expect(labels(r)).toEqual([['机关党建', 'section']]);
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        title: '锻造“五大先锋” 建设模范机关',
        subtitle: '——市政府办机关党委打造“五色聚力”党建品牌',
        authors: ['方晓', '李安', '王丽'],
        first: '◎ 强化政治引领',
        last: '机关党委把党建品牌建设作为重点工作，制定了具体的实施方案，明确了各支部的任务。',
        subheads: [0],
      }),
    ]);
    expect(r.entries[0]!.section).toBe('机关党建');
    expect(r.entries[0]!.bylines).toEqual(['首席记者 方晓', '通讯员 李安 王丽']);
  });

  it('a byline of five names is a byline, not a site menu', () => {
    const r = read('five-name-byline');
    expect(labels(r)).toEqual([]);
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        title: '全市中小学开展防溺水安全教育',
        authors: ['王建国', '李秀英', '张海涛', '陈晓东', '刘春燕'],
        first: '暑假将至，全市中小学近日集中开展防溺水安全教育，提醒学生不到江河湖泊游泳戏水。',
        last: '各校通过主题班会、告家长书等形式，把安全知识送到每一个家庭。',
      }),
    ]);
  });
});

// Rules added since the cases above (e8e5f52, bc18ed4, 4abd167, 3697414, 5718eb1,
// 260d65a), each on a page of its own.
describe('points and bold subheads in a body (assemble, classify)', () => {
  // A crawler's Markdown page saved as .txt: # title, > byline with the paper's citation, a blank line between paragraphs.
  const lead = '在日前召开的市政协全会上，委员们围绕城市更新提交提案一百二十多件，内容涉及老旧小区、背街小巷、公共空间等多个方面。';
  const into = '委员们的提案建议主要集中在三个方面——';
  const points = ['——加快老旧小区加装电梯，让高龄居民上下楼更方便。', '——打通背街小巷的断头路，改善片区交通微循环。', '——把闲置厂房改造成社区活动中心，补齐公共服务短板。'];
  const close = '市住建局有关负责人表示，将逐条研究委员们的建议，尽快制定落实方案。';

  it('reads —— lines that end a sentence as paragraphs (a list of points), and the line ending —— over them as no kicker', () => {
    const r = read('markdown-dash-points');
    expect(labels(r)).toEqual([]);
    expect(items(r)).toEqual([
      want({ kind: 'article', title: '海湾市政协委员为城市更新建言', authors: ['沈川'], first: lead, last: close }),
    ]);
    expect(r.entries[0]!.paragraphs.slice(-3)).toEqual([points[1], points[2], close]);
  });

  // The line ending —— does not end a sentence, yet it is no paragraph cut by the
  // column: the repair (reading-order.ts, rejoinCuts) once joined the first point to it.
  it('keeps the line ending —— that leads into the points a paragraph of its own', () => {
    const r = read('markdown-dash-points');
    expect(r.entries[0]!.paragraphs).toEqual([lead, into, ...points, close]);
  });

  it('reads a whole line in Markdown bold as a subhead of the body, even one shaped like a headline', () => {
    const r = read('markdown-bold-subhead');
    expect(labels(r)).toEqual([]);
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        title: '东岗镇：小网格撬动基层大治理',
        authors: ['孟川'],
        first: '东岗镇把全镇划分为六十个网格，每个网格配备一名专职网格员，群众的大事小情在网格里就能办好。',
        last: '去年以来，全镇通过网格化解矛盾纠纷三百多件，办结率达到百分之九十八。',
        subheads: [1, 3],
      }),
    ]);
    // The asterisks are markup, not printed text.
    expect(r.entries[0]!.paragraphs[1]).toBe('网格员每天走村入户收集群众意见');
    expect(r.entries[0]!.paragraphs[3]).toBe('小事不出网格 大事不出镇');
  });
});

describe('headline lines standing apart (assemble headRun, headline isColumnLike, packages)', () => {
  it('reads two headline lines a blank line apart over a dateline as title and subtitle, three over a byline as kicker, title and subtitle, and a short column name over a longer title as kicker and title', () => {
    const r = read('paragraph-lines-heads-apart');
    expect(labels(r)).toEqual([]);
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '临江大桥主体工程完工',
        subtitle: '两岸群众往来将缩短半小时',
        authors: ['沈川'],
        dateline: '本报临江3月9日电（记者 沈川）',
        first: '临江大桥主体工程日前顺利完工，大桥全长一千六百米，预计今年六月建成通车。',
        last: '大桥通车后，两岸群众往来由绕行渡口改为直接过江，路上时间可缩短半小时。',
      }),
      want({
        kind: 'article',
        kicker: '春风送岗 就业暖心',
        title: '海湾市举办春季大型招聘会',
        subtitle: '三百多家企业提供就业岗位一万二千多个',
        authors: ['孟川'],
        first: '3月8日，海湾市春季大型招聘会在市会展中心举行，三百多家企业带着一万二千多个岗位前来招聘。',
        last: '市人社局有关负责人介绍，今年招聘会首次开设网上专场，求职者在家也能投递简历。',
      }),
      // 乡村笔记: four characters, one phrase, shorter than the title under it.
      want({
        kind: 'article',
        kicker: '乡村笔记',
        title: '一条公路带富一个山村',
        authors: ['方晓'],
        first: '北渡村坐落在大山深处，过去进出只有一条泥泞的土路，山里的茶叶和山货运不出去。',
        last: '前年，村里修通了水泥公路，收购茶叶的货车开进了村，村民的收入一年比一年高。',
      }),
    ]);
    expect(r.messages.filter((m) => m.ruleId === 'heads-apart').map((m) => m.line)).toEqual([1, 11, 25]);
  });

  it('keeps a bare headline over two bylined sub-reports one package, the last sub-report’s two sub-headline lines not read as its own title and subtitle', () => {
    const r = read('package-two-line-subhead');
    expect(labels(r)).toEqual([]);
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        title: '春到山乡 处处涌新潮',
        authors: ['韩立青', '邵云', '卢春燕'],
        first: '茶山上的新茶农',
        last: '家长们说，以前孩子要去县城上学，现在在家门口就能上好学校了。',
        subheads: [0, 3, 4],
      }),
    ]);
    expect(r.entries[0]!.paragraphs.slice(3, 5)).toEqual(['镇上有了新学校', '孩子们在家门口上学']);
    expect(r.entries[0]!.bylines).toEqual(['本报记者  韩立青  邵  云', '本报记者  卢春燕']);
    expect(r.messages.map((m) => m.ruleId)).toEqual(['package']);
  });
});

describe('credit lists and signatures end their item (assemble)', () => {
  // The crawler's files of one page joined byte for byte (CRLF, paragraphs indented
  // with two U+3000); the last file holds three readers' letters, each signed.
  it('opens the next item at the heading after a credit list or a letter’s signature, even one indented like a subhead; after a credit list two unindented lines are the crawler’s kicker and title', () => {
    const r = read('crawler-files-letters');
    expect(labels(r)).toEqual([]);
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        kicker: '聚焦城市安全',
        title: '南湖市老旧燃气管网改造提速',
        authors: ['沈川', '孟晓'],
        first: '今年以来，南湖市加快推进老旧燃气管网改造，全年计划改造管网三百公里，涉及居民小区一百二十个。',
        last: '市住建局有关负责人介绍，改造工程采取“一区一策”，施工期间尽量减少对居民日常生活的影响。',
      }),
      want({
        kind: 'article',
        kicker: '新学期新课堂',
        title: '南湖市中小学普遍开设劳动教育课',
        authors: ['方晓'],
        first: '新学期开始，南湖市所有中小学都开设了劳动教育课程，每周不少于一课时，由专职教师授课。',
        last: '各校因地制宜建设劳动实践基地，让学生在种植、烹饪和手工制作中学会动手，体会劳动的乐趣。',
      }),
      want({
        kind: 'article',
        title: '楼道里的感应灯该修了',
        authors: ['周立新'],
        first: '我家住在南湖市东岗小区，楼道里的感应灯坏了快一个月了，晚上上下楼只能摸黑，老人孩子很不方便。',
        last: '希望物业公司尽快派人维修，也希望有关部门督促物业把小区的公共设施管起来。',
      }),
      want({
        kind: 'article',
        title: '公交站台应加装遮阳棚',
        authors: ['刘燕'],
        first: '我每天坐公交车上下班，家门口的公交站台没有遮阳棚，夏天等车时太阳直晒，下雨天也没处躲。',
        last: '建议公交公司对全市的站台做一次排查，给缺少遮阳棚的站台补装上，方便市民候车。',
      }),
      want({
        kind: 'article',
        title: '社区食堂能否延长营业时间',
        authors: ['杨春生'],
        first: '我们社区的老年食堂饭菜可口、价格实惠，很受老人欢迎，可是每天晚上五点半就关门了。',
        last: '不少子女下班晚，老人只能早早吃饭，希望食堂能把晚餐时间延长到七点。',
      }),
    ]);
    expect(r.entries.map((e) => e.bylines)).toEqual([['（本报记者沈川、孟晓）'], ['（本报记者方晓）'], ['青川省南湖市  周立新'], ['临江省东岗县  刘  燕'], ['青川省北渡市  杨春生']]);
  });
});

describe('what a page says of itself (printed-meta)', () => {
  const brief = want({
    kind: 'brief',
    title: '东岗公社抓紧春耕备耕',
    dateline: '本报东岗8日电',
    first: '东岗公社各生产队趁着雨后墒情好,抓紧翻地整田,全社已经翻耕土地八千多亩。',
    last: '社员们还修好了水车和农具,准备在清明前后开始育秧。',
  });
  const meta = (r: ParsedPage) => ({ id: r.page.id, paper: r.page.paper, date: r.page.date, page: r.page.page });
  const entryMeta = (r: ParsedPage) => r.entries.map((e) => [e.id, e.paper, e.date, e.page]);
  const disagreements = (r: ParsedPage) => r.messages.filter((m) => m.ruleId === 'meta-disagree');

  it('fills paper, date and page from the header line of a page in a flat folder; the id stays the path’s', () => {
    const r = read('printed-meta-header', '017_ab12cd.txt');
    const header = '1962年4月9日青川日报 第2版';
    expect(labels(r)).toEqual(furnitureLabels(header, '第2版()', '专栏:'));
    expect(items(r)).toEqual([{ ...brief, furniture: [header, '第2版()', '专栏:'] }]);
    expect(meta(r)).toEqual({ id: '017-ab12cd', paper: '青川日报', date: '1962-04-09', page: 2 });
    expect(entryMeta(r)).toEqual([['017-ab12cd-01', '青川日报', '1962-04-09', 2]]);
    expect(disagreements(r)).toEqual([]);
  });

  it('keeps the date of a <paper>/<YYYY-MM-DD>/<NN>.txt path over the header’s, and names the header’s in an info message', () => {
    const r = read('printed-meta-header', 'qingchuan-ribao/1962-04-10/02.txt');
    expect(items(r)).toEqual([{ ...brief, furniture: ['1962年4月9日青川日报 第2版', '第2版()', '专栏:'] }]);
    expect(meta(r)).toEqual({ id: 'qingchuan-ribao-19620410-02', paper: 'qingchuan-ribao', date: '1962-04-10', page: 2 });
    expect(entryMeta(r)).toEqual([['qingchuan-ribao-19620410-02-01', 'qingchuan-ribao', '1962-04-10', 2]]);
    const onDate = disagreements(r).filter((m) => m.reason.includes('1962-04-09'));
    expect(onDate.map((m) => [m.severity, m.line])).toEqual([['info', 1]]);
  });

  it('takes no date from a header that prints a day the calendar does not have (2月30日)', () => {
    const r = read('printed-meta-impossible-date', '018_ef34ab.txt');
    const header = '1962年2月30日青川日报 第2版';
    expect(labels(r)).toEqual(furnitureLabels(header, '第2版()', '专栏:'));
    expect(items(r)).toEqual([{ ...brief, furniture: [header, '第2版()', '专栏:'] }]);
    // Only the date is dropped: the line's paper and page are read as printed.
    expect(meta(r)).toEqual({ id: '018-ef34ab', paper: '青川日报', date: null, page: 2 });
    expect(entryMeta(r)).toEqual([['018-ef34ab-01', '青川日报', null, 2]]);
  });

  it('fills paper, date and page from the citation after a byline (《某报》（2019年05月06日第 04 版）)', () => {
    const r = read('printed-meta-citation', '019_cd56ef.txt');
    expect(labels(r)).toEqual([]);
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        title: '南岭县推行“一站式”办税服务',
        authors: ['孟川'],
        first: '南岭县税务局在县政务中心设立了“一站式”办税服务区，纳税人办理涉税事项只需跑一个窗口。',
        last: '服务区开通以来，平均每笔业务的办理时间由半小时缩短到十分钟以内。',
      }),
    ]);
    expect(meta(r)).toEqual({ id: '019-cd56ef', paper: '海湾日报', date: '2019-05-06', page: 4 });
    expect(entryMeta(r)).toEqual([['019-cd56ef-01', '海湾日报', '2019-05-06', 4]]);
  });
});

describe('Markdown ### lines (assemble)', () => {
  it('reads a ### line right above the # title as its kicker, and a ### line between the ## subtitle and the byline as a section label', () => {
    const r = read('markdown-kicker-label');
    expect(labels(r)).toEqual([['机关党建', 'section']]);
    expect(items(r)).toEqual([
      want({
        kind: 'article',
        kicker: '聚焦春耕生产',
        title: '北渡镇农机合作社忙春播',
        authors: ['邵云'],
        first: '连日来，北渡镇农机合作社的二十多台播种机在田间来回穿梭，一天能播种玉米一千多亩。',
        last: '合作社负责人说，今年社里新添了五台北斗导航播种机，播得又快又匀。',
      }),
      want({
        kind: 'article',
        title: '用好“红色课堂” 激活支部力量',
        subtitle: '——南湖区税务局推动党建与业务深度融合',
        authors: ['卢晓'],
        first: '南湖区税务局把红色教育基地作为党员的“第二课堂”，每月组织一次主题党日活动。',
        last: '局党委还把党建工作和纳税服务结合起来，组织党员到企业上门辅导。',
      }),
    ]);
    expect(r.entries.map((e) => e.section)).toEqual([null, '机关党建']);
  });
});

describe('an archive’s column field (furniture)', () => {
  it('reads 专栏:国际简讯 alone on a line as furniture that gives the next item its column, and an empty 专栏: as none', () => {
    const r = read('element-lines-column-field');
    const header = '1963年5月2日青川日报 第5版';
    expect(labels(r)).toEqual(furnitureLabels(header, '第5版()', '专栏:国际简讯', '第5版()', '专栏:'));
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '南洋某国举行议会选举',
        dateline: '新华社一日讯',
        first: '南洋某国昨天举行议会选举,全国有四百多万选民参加投票。',
        last: '选举结果将在本周内公布。',
        furniture: [header, '第5版()', '专栏:国际简讯'],
        column: { name: '国际简讯', line: null },
      }),
      want({
        kind: 'brief',
        title: '北海渔民反对外国渔船越界捕鱼',
        dateline: '新华社一日讯',
        first: '北海沿岸的渔民最近集会,抗议外国渔船越界捕鱼,要求政府采取措施保护渔场。',
        last: '集会的渔民有两千多人。',
        furniture: ['第5版()', '专栏:'],
      }),
    ]);
  });

  it('still cuts an item run on after the whole prefix 第5版(国际)专栏:', () => {
    const r = read('day-listing-column-prefix');
    const entry = '1. 南洋某国举行议会选举';
    expect(labels(r)).toEqual(furnitureLabels('1963-05-02', '第 5 版', entry, '第5版(国际)专栏:'));
    expect(items(r)).toEqual([
      want({
        kind: 'brief',
        title: '南洋某国举行议会选举',
        dateline: '新华社一日讯',
        first: '南洋某国昨天举行议会选举,全国有四百多万选民参加投票。',
        last: '选举结果将在本周内公布。',
        furniture: ['1963-05-02', '第 5 版', entry, '第5版(国际)专栏:'],
      }),
    ]);
    expect(r.page.pageName).toBe('国际');
  });
});
