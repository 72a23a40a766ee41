import type { AppliedCorrection, CorrectionOutcome } from '../schema/correction.ts';
import { KIND_LABELS } from '../text/labels.ts';

// What curators corrected, said in the site's Chinese. Ingest records each
// change as {op, field, before, after}; this turns one into a sentence, with the
// ids of other items it names kept apart so the page can link them.

const FIELD_NAMES: Record<string, string> = {
  kicker: '引题',
  title: '主题',
  subtitle: '副题',
  dateline: '电头',
  authors: '作者',
  kind: '类型',
  paragraph: '正文段落',
  subhead: '小标题',
  caption: '图片说明',
  credit: '图片署名',
  label: '栏目标签',
  furniture: '版面附属文字（非正文）',
};

/** A sentence saying one change, in parts: plain text, and ids of items it names. */
export type CorrectionPart = { text: string } | { item: string };

const quoted = (s: string | null) => (s === null ? '无' : `「${s}」`);
const valueOf = (field: string, v: string | null) => (field === 'kind' && v !== null ? (KIND_LABELS as Record<string, string>)[v] ?? v : v);

/** One recorded change of an entry as a sentence. */
export function describeCorrection(c: AppliedCorrection): CorrectionPart[] {
  const t = (text: string): CorrectionPart => ({ text });
  switch (c.op) {
    case 'split':
      return c.before === null ? [t('其后的文字另立为条目 '), { item: c.after! }] : [t('从条目 '), { item: c.before }, t(' 中分出，另立一条')];
    case 'merge':
      return [t('并入了条目 '), { item: c.before! }, t(' 的全部文字')];
    case 'set': {
      const name = FIELD_NAMES[c.field] ?? c.field;
      return [t(`${name}：由${quoted(valueOf(c.field, c.before))}改为${quoted(valueOf(c.field, c.after))}`)];
    }
    case 'mark':
      if (c.after === null) return [t(`${quoted(c.before)}移出本条，标为${FIELD_NAMES[c.field] ?? c.field}`)];
      return [t(`${quoted(c.after)}标为${FIELD_NAMES[c.field] ?? c.field}`)];
    case 'move':
      // Recorded on both items: the one that gave the text names where it went (field `item`), the one that took it where it came from.
      if (c.field === 'item') return [t(`${quoted(c.before)}移至条目 `), { item: c.after! }];
      return c.before === null ? [t(`移入版面标签${quoted(c.after)}`)] : [t(`移入${quoted(c.after)}，原在条目 `), { item: c.before }];
    case 'join':
      return [t(`从${quoted(c.after)}起的一段与上一段合为一段`)];
    case 'break':
      return [t(`从${quoted(c.after)}起另起一段`)];
  }
}

/** How an operation of a corrections file fared, in a word. */
export const OUTCOME_LABELS: Record<CorrectionOutcome['status'], string> = {
  applied: '已应用',
  'not-applied': '未应用',
  'not-needed': '无需校订',
};
