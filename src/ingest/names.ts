import type { Author, AuthorRole } from '../schema/author.ts';
import { foldHanChars } from '../text/script.ts';
import { isCollectiveByline, readRole } from './roles.ts';

// Common single-character surnames (about 300): a name in a byline almost always
// starts with one. Written out here rather than fetched so ingest stays offline.
const SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由']
);
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '端木', '长孙', '宇文', '司徒', '西门', '独孤', '南宫', '百里', '呼延'];
const COMPOUND_FIRST = new Set(COMPOUND_SURNAMES.map((s) => s[0]!));

// Words that start like a name but are ordinary vocabulary when they stand alone
// in a short line: headings such as 党建引领 or 高位推进 must not read as people.
const NOT_NAMES = new Set(['高效', '高位', '党建', '文明', '强化', '全面', '创新', '建立', '发展', '服务', '安全', '和谐', '平安', '时代', '国家', '方向', '成效', '明确', '江山', '万家', '海外', '金融', '孔雀', '关于', '于是', '石油', '申请', '任务', '向前', '应用', '常态', '宣传', '齐心', '齐抓', '华夏', '管理', '保障', '龙头', '梁山']);

// After a role word a name need not open with a common surname (记者侠克), but a
// column's name (记者手记), a word of a sentence or a place is still no person.
const NOT_NAMES_AFTER_ROLE = new Set(['手记', '观察', '调查', '来信', '札记', '专访', '快评', '随笔', '述评', '见闻', '日记', '笔记', '视点', '采访', '目击', '追踪', '连线', '走访', '探访', '体验', '感言', '获悉', '了解', '同志', '朋友', '一行', '简介', '说明', '附记', '按语', '后记', '点评', '感悟', '心声', '寄语', '档案', '信箱', '热线', '提示', '声明', '启事', '作品', '比赛', '大赛', '艺术', '团队', '队伍', '风采', '故事', '眼中', '镜头', '视角', '之家', '协会']);
// Nor does a name end like a word for a thing or a group: 摄影作品, 摄影爱好者, 记者节.
const NOT_NAME_END = /[品赛展节部组者们刊网界圈家]$/u;
const SENTENCE_CHARS = /[的了从获说是在对到被把就都也而着过这那些么吗呢吧啊我你他她它们]/u;
// Places and institutions end so: 高新区, 王家村 and 石油局 are not people.
const PLACE_END = /[省市县区州旗盟镇乡村路街局委馆院社部厅所站队会办处厂司校]$/u;
const NAME_SHAPE = /^[\u3400-\u9fff·][\u3400-\u9fff·□]{1,3}$/u;

/**
 * True for a token that reads as a Chinese personal name (2–3 characters, or 4 with a
 * compound surname); after a role word (`afterRole`) the surname need not be a common one.
 * A `□` the scraper printed for a lost character may stand inside a name (`鄭□`).
 */
export function isPersonName(original: string, afterRole = false): boolean {
  return isFoldedName(foldHanChars(original), afterRole);
}

function isFoldedName(token: string, afterRole: boolean): boolean {
  if (!NAME_SHAPE.test(token)) return false;
  if (NOT_NAMES.has(token) || NOT_NAMES.has(token.slice(0, 2))) return false;
  const compound = COMPOUND_FIRST.has(token[0]!) && COMPOUND_SURNAMES.some((s) => token.startsWith(s));
  if (token.length === 4 || token.includes('·')) return compound || token.includes('·');
  if (afterRole && NOT_NAMES_AFTER_ROLE.has(token)) return false;
  if (SURNAMES.has(token[0]!) || compound) return true;
  return afterRole && !SENTENCE_CHARS.test(token) && !PLACE_END.test(token) && !NOT_NAME_END.test(token);
}

/** True for a name-shaped token that ends like a place or an institution (`高新区`, `档案馆`). */
export function endsLikePlace(token: string): boolean {
  return PLACE_END.test(foldHanChars(token));
}

const MAX_BYLINE = 40;
// Taiwan papers set a byline in brackets: 〔記者X／Y報導〕, 【記者X／Y報導】.
const BYLINE_BRACKETS: Record<string, string> = { '〔': '〕', '［': '］', '【': '】' };
const MAX_BYLINE_AUTHORS = 8;
// What surrounds a byline without being names: 文/ or 图/ before it, a ☉ or □ bullet.
const MARKS = /^[☉⊙□]\s*|^(?:文[/／·]?[图圖]|文|[图圖])[/／:：]\s*/u;
const MARK_OPENERS = new Set([...'☉⊙□文图圖']);
// Separators between names, role and report words (as printed, Simplified or Traditional), a name's middle dot.
const SEPARATOR_OR_ROLE = /[\s\u3000\u00a0、，,；;/／·]|者|[员員]|实习|實習|[摄攝]影|[编編][辑輯]|[制製][图圖]|整理|[采採][写寫]|撰稿|口述|[报報][道导導]/u;

/**
 * Reads a byline (`记者 王海涛 通讯员 李静`, `本报记者  李增辉  吴  月`, `作者:A/B/C`,
 * `記者林佩君／嵐溪報導`, `〔記者X／Y報導〕`, `☉張國財`, `文/王海涛`) into authors;
 * [] for a byline that names no person (`本报评论员`), null when the text is not a byline.
 */
export function parseByline(text: string, defaultRole: AuthorRole | null = null): Author[] | null {
  let core = text.trim();
  if (BYLINE_BRACKETS[core[0]!] !== undefined && core.endsWith(BYLINE_BRACKETS[core[0]!]!)) core = core.slice(1, -1).trim();
  if (MARK_OPENERS.has(core[0] ?? '')) core = core.replace(MARKS, '').replace(MARKS, '').trim();
  core = stripCitation(core);
  if (core === '' || core.length > MAX_BYLINE) return null;
  // Most lines tried are headings: a run longer than a name with no separator and no role word is none.
  if (core.length > 4 && !SEPARATOR_OR_ROLE.test(core)) return null;
  return readNameList(core, defaultRole, MAX_BYLINE_AUTHORS);
}

// E-paper bylines end with the paper's citation: 《光明日报》( 2012年10月27日 06版), 《人民日报》（…第 01 版）.
const CITATION = /《[^《》]{1,20}》\s*[（(][^（()）]{4,40}版\s*[)）]$/u;
function stripCitation(text: string): string {
  // Only a text ending in a bracket can hold one.
  const last = text.at(-1);
  if (last !== ')' && last !== '）') return text;
  const at = text.lastIndexOf('《');
  return at >= 0 && CITATION.test(text.slice(at)) ? text.slice(0, at).trim() : text;
}

// A collective byline is a few words: longer texts need not be squeezed and tried.
const MAX_COLLECTIVE = 24;
const TOKEN = /[^\s\u3000\u00a0、，,；;/／]+/gu;
const REPORTED = /(?:综合)?(?:报道|报导)$/u;
const SPACES = /^[\s\u3000\u00a0]+$/u;

/**
 * Reads names with role words among them, separated by spaces, 、 ， or / , into
 * authors. A role applies to the names after it until the next role; single
 * characters set apart by spaces are one name (`黄 娴` is 黄娴, as papers pad a
 * two-character name to the width of three); `/台北報導` after the names is the
 * place, not a name. [] for a collective byline, null when a token is no name.
 */
export function readNameList(text: string, defaultRole: AuthorRole | null, maxAuthors: number): Author[] | null {
  const folded = foldHanChars(text);
  if (folded.length <= MAX_COLLECTIVE && isCollectiveByline(folded)) return [];
  const end = placeTailAt(folded);
  const authors: Author[] = [];
  // A lone character waiting for the other half of its name.
  let pending: { text: string; folded: string; role: AuthorRole | null; end: number } | null = null;
  let role = defaultRole;
  let sawRole = false;
  // Each token is judged as it comes, so a line that is no byline fails on its first word.
  for (const m of folded.slice(0, end).matchAll(TOKEN)) {
    let f = m[0];
    let t = text.slice(m.index, m.index + f.length);
    const tokenEnd = m.index + f.length;
    let roleHere = false;
    for (let r = readRole(f); r; r = readRole(f)) {
      role = r.role;
      sawRole = roleHere = true;
      [f, t] = [f.slice(r.length), t.slice(r.length)];
    }
    // 本报记者张三报道: the report word after the names is no name.
    const reported = sawRole && (f.endsWith('道') || f.endsWith('导')) ? REPORTED.exec(f) : null;
    if (reported) [f, t] = [f.slice(0, reported.index), t.slice(0, reported.index)];
    if (f === '') continue;
    if (pending) {
      // Only spaces, and no role word, may stand inside a name: 黄 娴. What stands between is
      // taken from the pending half's end, so a role word alone (郑/记者 郑) is not skipped over.
      const between = folded.slice(pending.end, m.index);
      if (f.length !== 1 || roleHere || !SPACES.test(between) || !isFoldedName(pending.folded + f, pending.role !== null)) return null;
      authors.push({ name: pending.text + t, role: pending.role });
      pending = null;
    } else if (f.length === 1) pending = { text: t, folded: f, role, end: tokenEnd };
    else if (isFoldedName(f, role !== null)) authors.push({ name: t, role });
    else return null;
  }
  if (pending || authors.length === 0 || authors.length > maxAuthors) return null;
  // Two bare 4-character tokens are far more often a heading (强化教育 立德固本) than two people.
  if (!sawRole && authors.every((a) => a.name.length === 4)) return null;
  return authors;
}

// 記者X/台北報導, 記者X、Y/台北報: what follows the last slash names the place and
// the report, never a person; the names end there.
const PLACE_TAIL = /^[\u4e00-\u9fff]{1,12}$/u;
function placeTailAt(folded: string): number {
  const slash = Math.max(folded.lastIndexOf('/'), folded.lastIndexOf('／'));
  if (slash <= 0) return folded.length;
  const tail = folded.slice(slash + 1).trim();
  return PLACE_TAIL.test(tail) && /[报电讯]/u.test(tail) && !isPersonName(tail) ? slash : folded.length;
}

// A letter is signed with where the writer lives or works, a wide space, and the
// name: 安徽某县  吴某某, 某某街道  某某, 某某大学  某某.
const SIGNATURE = /^[\u4e00-\u9fff]{1,12}(?:[省市县区州旗盟镇乡村]|街道|大学|学院|中学|小学|医院|公司)(?: {2,}|[\u3000\u00a0][\s\u3000\u00a0]*)(?=\S)/u;
const MAX_SIGNATURE = 24;
const WIDE_SPACE = / {2}|[\u3000\u00a0]/u;

/** Reads a letter's signature, a place then a name (`陕西某市  姚  平`), into its author; null for any other line. */
export function readSignature(text: string): Author[] | null {
  if (text.length > MAX_SIGNATURE || !WIDE_SPACE.test(text)) return null;
  const m = SIGNATURE.exec(foldHanChars(text));
  if (!m) return null;
  const authors = readNameList(text.slice(m[0].length), null, 2);
  if (!authors || authors.length === 0 || authors.some((a) => endsLikePlace(a.name))) return null;
  return authors;
}
