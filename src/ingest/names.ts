import type { Author, AuthorRole } from '../schema/author.ts';
import { foldHanChars } from '../text/script.ts';

// Common single-character surnames (about 300): a name in a byline almost always
// starts with one. Written out here rather than fetched so ingest stays offline.
const SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由']
);
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '端木', '长孙', '宇文', '司徒', '西门', '独孤', '南宫', '百里', '呼延'];

// Words that start like a name but are ordinary vocabulary when they stand alone
// in a short line: headings such as 党建引领 or 高位推进 must not read as people.
const NOT_NAMES = new Set(['高效', '高位', '党建', '文明', '强化', '全面', '创新', '建立', '发展', '服务', '安全', '和谐', '平安', '时代', '国家', '方向', '成效', '明确', '江山', '万家', '海外', '金融', '孔雀', '关于', '于是', '石油', '申请', '任务', '向前', '应用', '常态', '宣传', '齐心', '齐抓', '华夏', '管理', '保障', '龙头', '梁山']);

const ROLE_WORDS: [string, AuthorRole][] = [
  ['首席记者', '首席记者'],
  ['特约记者', '特约记者'],
  ['实习记者', '实习记者'],
  ['见习记者', '见习记者'],
  ['特约通讯员', '特约通讯员'],
  ['本报记者', '记者'],
  ['摄影记者', '摄影'],
  ['记者', '记者'],
  ['通讯员', '通讯员'],
  ['摄影', '摄影'],
  ['作者', '作者'],
  ['编辑', '编辑'],
];

/** True for a token that reads as a Chinese personal name (2–3 characters, or 4 with a compound surname). */
export function isPersonName(original: string): boolean {
  const token = foldHanChars(original);
  if (!/^[\u3400-\u9fff·]{2,4}$/u.test(token)) return false;
  if (NOT_NAMES.has(token) || NOT_NAMES.has(token.slice(0, 2))) return false;
  if (token.length === 4 || token.includes('·')) return COMPOUND_SURNAMES.some((s) => token.startsWith(s)) || token.includes('·');
  return SURNAMES.has(token[0]!) || COMPOUND_SURNAMES.some((s) => token.startsWith(s));
}

/**
 * Reads a byline such as `记者 王海涛 通讯员 李静`, `首席记者 肖干`, `应旭初 高远 任晓静`
 * or `文/王海涛` into authors; null when the text is not a byline. A role applies to
 * the names after it until the next role.
 */
export function parseByline(text: string, defaultRole: AuthorRole | null = null): Author[] | null {
  const cleaned = text.replace(/^(?:文[\/／·]?[图圖]|文|[图圖])[\/／:：]\s*/u, '').trim();
  if (cleaned === '' || cleaned.length > 40) return null;
  const tokens = cleaned.split(/[\s\u3000、，,]+/u).filter(Boolean);
  const authors: Author[] = [];
  let role: AuthorRole | null = defaultRole;
  let sawRole = false;
  for (const raw of tokens) {
    let token = raw;
    // A role may be glued to the name after it (记者王海涛) or stand alone.
    for (;;) {
      const folded = foldHanChars(token);
      const hit = ROLE_WORDS.find(([w]) => folded.startsWith(w));
      if (!hit) break;
      role = hit[1];
      sawRole = true;
      token = token.slice(hit[0].length);
    }
    if (token === '') continue;
    if (!isPersonName(token)) return null;
    authors.push({ name: token, role });
  }
  if (authors.length === 0 || authors.length > 8) return null;
  // Two bare 4-character tokens are far more often a heading (强化教育 立德固本) than two people.
  if (!sawRole && authors.every((a) => a.name.length === 4)) return null;
  return authors;
}
