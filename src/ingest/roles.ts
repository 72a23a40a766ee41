import type { AuthorRole } from '../schema/author.ts';

/** A role word read at the start of a byline token: how many characters it spans and the role it gives. */
export interface RoleWord {
  length: number;
  /** null for words that name contributors without a role the schema knows (参与采写). */
  role: AuthorRole | null;
}

// A role is built the way papers print it: who employs the person (本报, 新华社),
// where they are posted (驻莫斯科), a grade (首席, 特约, 实习), then the word
// (记者, 评论员 …), with a colon after it on some pages (作者：). Any paper, agency,
// site or station can employ (中国青年报记者, 中青报·中青网记者, 央视网记者). Matched on the
// Simplified fold, so 本報記者 and 評論員 read the same.
const ROLE = /^(本报|[\u4e00-\u9fff·]{1,10}?(?:日报|晚报|时报|报|社|网|台))?(驻[\u4e00-\u9fff]{1,8}?)?(首席|特约|实习|见习|摄影|全媒体|融媒体|特派)?(记者|通讯员|评论员|实习生|摄影|作者|编辑|制图|整理|参与采写|采写|撰稿人|撰稿|口述)(?:[:：]\s*)?/u;

const GRADED: Record<string, Partial<Record<string, AuthorRole>>> = {
  // A reporter of the paper's all-media desk, or one sent out, is its reporter.
  记者: { 首席: '首席记者', 特约: '特约记者', 实习: '实习记者', 见习: '见习记者', 摄影: '摄影', 全媒体: '记者', 融媒体: '记者', 特派: '记者' },
  通讯员: { 特约: '特约通讯员' },
  评论员: { 特约: '特约评论员' },
};
const PLAIN: Record<string, AuthorRole | null> = {
  记者: '记者',
  通讯员: '通讯员',
  评论员: '评论员',
  实习生: '实习生',
  摄影: '摄影',
  作者: '作者',
  编辑: '编辑',
  制图: '制图',
  整理: '整理',
  参与采写: null,
  采写: null,
  撰稿人: null,
  撰稿: null,
  口述: null,
};

/** Reads a role word at the start of a (Simplified-folded) token: `本报记者`, `新华社记者`, `本报驻莫斯科记者`, `特约评论员`, `作者：`. */
export function readRole(folded: string): RoleWord | null {
  // Every role ends in one of these words; a token without any of them needs no regex.
  if (!ROLE_CHARS.test(folded)) return null;
  const m = ROLE.exec(folded);
  if (!m) return null;
  const [, employer, , grade, word] = m;
  const graded = grade ? GRADED[word!]?.[grade] : undefined;
  // A grade belongs to some words only (首席记者, 特约评论员); contributors without a role take any (特约撰稿人).
  if (grade && !graded && PLAIN[word!] !== null) return null;
  // 新华社记者 is a role of its own in the schema; other employers are the paper's own reporters.
  const role = graded ?? (employer === '新华社' && word === '记者' ? '新华社记者' : (PLAIN[word!] ?? null));
  return { length: m[0].length, role };
}
const ROLE_CHARS = /[者员生影辑图理写人稿述]/u;

// Bylines that name no person: the paper's commentator or reporters as a body,
// or a report put together from several (本报评论员, 本報記者綜合報導, 新华社记者).
const COLLECTIVE = /^(?:本报|新华社|中新社|中央社|人民日报|本刊)(?:(?:特约)?(?:评论员|记者|评论部|编辑部|评论组)(?:综合)?(?:报道|报导)?|综合(?:报道|报导))$|^(?:特约)?评论员$/u;

// The characters those bylines open with: other lines are not squeezed and tried.
const COLLECTIVE_OPENERS = new Set([...'本新中人特评']);
const SPACES = /[\s\u3000]+/gu;

/** True for a (Simplified-folded) byline that names no person, spaces aside: `本报评论员`, `本报记者`, `本报 记者 综合报导`. */
export function isCollectiveByline(folded: string): boolean {
  if (!COLLECTIVE_OPENERS.has(folded.trimStart()[0] ?? '')) return false;
  const squeezed = folded.replace(SPACES, '');
  return squeezed.length <= 12 && COLLECTIVE.test(squeezed);
}
