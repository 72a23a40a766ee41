// What each rule's messages mean, in Chinese, for the site's readers and curators
// (the page view and the ingest report): the CLI prints ingest's English, which
// names the exact lines and text, and the site keeps it beside the Chinese. A
// message's own reason says the particulars; these say what kind of thing was found
// and what to do, so one text serves every message of a rule. Every rule id that
// src/ingest and src/ingest-run report has an entry (tests/message-catalogue.test.ts).

/** A rule's messages in Chinese: what was found, and what to do (null where nothing needs doing). */
export interface RuleText {
  reason: string;
  hint: string | null;
}

/**
 * Chinese text of each rule, by rule id.
 * @internal Exported for tests/message-catalogue.test.ts.
 */
export const RULES_ZH: Record<string, RuleText> = {
  'body-elsewhere': { reason: '这几段正文与其标题分开印出，已归入该标题的条目。', hint: null },
  'byline-before-title': { reason: '署名印在标题之前，已归入其后的标题。', hint: null },
  'column-order': { reason: '这一段接续前面中断的句子（分栏或转行所致），已按阅读顺序与之相接。', hint: '请对照原版核实两段是否确实相连。' },
  'control-char': {
    reason: '文字中有控制字符（看不见的特殊字符）。',
    hint: '它们多半是抓取或转换程序留下的，如无意义可从文件中删除。网页和订阅源中已略去，数据导出中以转义形式（\\u0000）保留。',
  },
  'correction-not-applied': {
    reason: '这条馆员校订没有应用：在版面上找不到它所指的文字（版面可能已重新抓取或修改），或文字出现不止一处。',
    hint: '请按版面现在的文字改写这条校订，文字重复时用 near: 注明行号；不再需要的校订可以删除。',
  },
  'correction-not-needed': { reason: '这条馆员校订无须应用：版面的解析结果已与它一致。', hint: '可以从校订文件中删除这一条。' },
  'correction-schema': { reason: '这条馆员校订写得不对（缺少字段、字段名或取值有误），已跳过，其余校订照常应用。', hint: '请按提示改正所指的行；格式见说明文档中的“馆员校订”一节。' },
  'correction-yaml': { reason: '校订文件有误，写错的校订被跳过，其余照常应用。', hint: '请按提示改正所指的行；格式见说明文档中的“馆员校订”一节。' },
  'corrections-without-page': { reason: '校订文件旁边没有它要校订的版面文件。', hint: '校订文件要与版面同名（01.txt 旁放 01.fix.yaml）；如果已不需要，可以删除。' },
  'credit-without-caption': { reason: '图片署名之前没有图片说明。', hint: '该署名已单独保留为一条图片条目。' },
  'cut-paragraph': { reason: '这一段在句子中间结束，本版没有接续它的段落。', hint: '余下的文字可能在其他版面，或在抓取时丢失；这里按印出的原样保留。' },
  'decode-binary': { reason: '文件无法作为文字读取：其中几乎都是控制字符，看来是二进制文件。', hint: '请把它从输入文件夹中移除，或把该版重新导出为纯文本。' },
  'decode-invalid': {
    reason: '文件无法作为文字读取：其中有不合 UTF-8、UTF-16 或 GB18030 编码的字节。',
    hint: '请把该版另存为 UTF-8（或带字节顺序标记的 GB18030、UTF-16）；如果它是图片或其他二进制文件，请从输入文件夹中移除。',
  },
  'duplicate-block': { reason: '这几行与前面的内容重复（常见于图片及其署名），只计一次。', hint: null },
  'empty-page': { reason: '文件中没有文字。', hint: '请检查抓取程序是否保存了该版；空文件不会产生条目。' },
  fragment: { reason: '这几行未能归入任何条目，作为本版的片段保留。', hint: '如果它们属于某个条目，抓取下来的版面上可能缺了标题或署名。' },
  'front-matter': { reason: '文件开头的元数据（front matter）无法读取，已跳过，文件照常读取。', hint: '请修正两行 --- 之间的 YAML。' },
  'heads-apart': { reason: '同一篇报道上方分开印着几行标题，已合读为一个标题。', hint: null },
  'id-collision': {
    reason: '这个文件与另一个文件会得到相同的编号；两者都保留，这个文件的编号加上了区分用的后缀。',
    hint: '如果两者都要，无需处理；如果一个是另一个的副本，请删除副本；如果路径写错了报名、日期或版次，请改正文件夹名或文件名，或添加附属文件。',
  },
  'jump-unmatched': {
    reason: '转版标记（“下转”或“上接”）所指的版面上，找不到相应的接续部分。',
    hint: '请确认另一版也在输入之中、报名和日期相同，并印有对应的“上接”或“下转”标记。',
  },
  'lead-before-title': { reason: '这几行印在标题之前，但属于该标题的条目。', hint: null },
  'lone-headline': { reason: '这是上一条目中唯一的标题，已读作一条没有署名的条目的标题。', hint: null },
  'meta-disagree': {
    reason: '不同来源给出的报名、日期、版次或版名不一致，已采用其中之一（详见英文原文）。',
    hint: '请核对哪个正确；在版面文件旁放一个同名的 .json 附属文件（sidecar），其中写明的信息优先采用。',
  },
  'not-a-page': { reason: '这个文件不是纯文本（.txt）或 Markdown（.md）文件，没有读取。', hint: '如果它是版面或文章，请另存为 .txt 或 .md；否则请移出输入文件夹。' },
  'orphan-jump': { reason: '这个转版标记不属于任何条目，作为片段保留。', hint: '请对照原版：它所接续的条目可能缺失了。' },
  package: { reason: '这个标题下有几篇各带小标题和署名的分报道，已合读为一篇文章。', hint: null },
  'path-date': {
    reason: '路径中的日期不是日历上的日子（如 2 月 30 日），不能用作出版日期。',
    hint: '请把文件夹改名为该版的出版日期（YYYY-MM-DD），或在版面文件旁同名的 .json 附属文件中写明日期（如 01.json：{"date": "YYYY-MM-DD"}）。',
  },
  'path-page': { reason: '路径中的版次不在 1 至 999 之间，不能用作版次。', hint: '请把文件改名为版次（第1版为 01.txt），或在版面文件旁同名的 .json 附属文件中写明版次（如 01.json：{"page": 1}）。' },
  'photo-without-credit': { reason: '一段图片说明单独出现，没有摄影署名，保留为一条无题的图片。', hint: null },
  'same-bytes': { reason: '这个文件与另一个文件逐字节相同，只读取一次。', hint: '抓取程序常为跨版续登的文章在每一版各存一份；无需处理，也可删除副本。' },
  schema: { reason: '解析结果不符合数据格式，这是解析程序的缺陷。', hint: '请连同这个版面文件一起报告此问题。' },
  'sidecar-json': { reason: '附属文件不是有效的 JSON，已忽略。', hint: '请修正其中的 JSON，或删除这个文件；相关版面照常读取，只是不用它。' },
  'sidecar-schema': { reason: '附属文件中有不允许的字段或取值，已忽略。', hint: '允许的字段：paper、name、date（YYYY-MM-DD）、page（数字）、pageName。' },
  'sidecar-without-page': {
    reason: '这个附属文件旁边没有同名的版面文件。',
    hint: '版面的附属文件要以版面命名（01.txt 旁的 01.json），整份报纸的附属文件命名为 paper.json；否则请删除它。',
  },
  'unreadable-file': { reason: '文件无法读取（权限不足或磁盘出错），其中的文字不在档案里。', hint: '请让运行导入程序的用户能读取该文件（chmod a+r），或检查文件属主（ls -l），然后重新导入。' },
  'unreadable-folder': { reason: '文件夹无法打开，其中的文件都不在档案里。', hint: '请让运行导入程序的用户能列出并进入该文件夹（chmod a+rx），或检查属主（ls -ld），然后重新导入。' },
  'unreadable-sidecar': { reason: '附属文件无法读取，相关版面只按文件路径读取。', hint: '请让运行导入程序的用户能读取该文件（chmod a+r），或检查文件属主（ls -l），然后重新导入。' },
};

/** The Chinese text of a message's rule, or null for a rule the catalogue does not know (its English is shown alone). */
export function ruleText(ruleId: string): RuleText | null {
  return Object.hasOwn(RULES_ZH, ruleId) ? RULES_ZH[ruleId]! : null;
}
