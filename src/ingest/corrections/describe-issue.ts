import type { z } from 'zod';
import { AuthorRoleSchema } from '../../schema/author.ts';
import { EntryKindSchema } from '../../schema/entry-kind.ts';
import { CORRECTION_OPS, MarkAsSchema } from '../../schema/correction.ts';

// Zod's own messages name types and paths ("expected string, received
// undefined at 0.line"); a curator needs to hear which correction is wrong, in
// words, and see a line that would be right. So each field has an example.
const EXAMPLES: Record<string, string> = {
  op: `op: split   (one of ${CORRECTION_OPS.join(', ')})`,
  line: 'line: "记者 王海涛"   (the line as printed; its start is enough)',
  through: 'through: "最后一行的开头"   (the last line marked, as printed)',
  item: 'item: "旧车间里开出"   (the start of the item\'s title, or of its first paragraph)',
  into: 'into: "上一条的标题"   (the item to merge into; leave it out for the item above)',
  to: 'to: "老厂房焕发新活力"   (the start of the title of the item the lines go to)',
  lines: 'lines: "一行的开头"   or   lines: ["第一行的开头", "最后一行的开头"]',
  near: 'near: 12   (a line number of the page file; only a hint)',
  kicker: 'kicker: "引题的文字"   (printed in the item), or kicker: null',
  title: 'title: "主题的文字"   (printed in the item), or title: null',
  subtitle: 'subtitle: "——副题的文字"   (printed in the item), or subtitle: null',
  dateline: 'dateline: "本报讯（记者 王海涛）"   (printed in the item), or dateline: null',
  kind: `kind: advertisement   (one of ${EntryKindSchema.options.join(', ')})`,
  as: `as: subhead   (one of ${MarkAsSchema.options.join(', ')})`,
  authors: 'authors: [{ name: 王海涛, role: 记者 }, 李静]',
  name: 'name: 王海涛',
  role: `role: 记者   (one of ${AuthorRoleSchema.options.join('、')}, or null)`,
};

/** What the operations take, for an unknown field. */
const FIELDS: Record<string, string> = {
  split: 'line, near',
  merge: 'item, into, near',
  set: 'item, near, kicker, title, subtitle, dateline, kind, authors',
  mark: 'line, through, as, near',
  move: 'lines, to, near',
  join: 'line, near',
  break: 'line, near',
};

/** A zod issue about one correction, as a reason that says what is wrong and a hint that shows what to write; `valueAt` reads the correction at a path. */
export function describeIssue(outer: z.core.$ZodIssue, op: string | null, valueAt: (path: PropertyKey[]) => unknown): { reason: string; hint: string } {
  const issue = innermost(outer);
  const value = valueAt(issue.path);
  const field = [...issue.path].reverse().find((k): k is string => typeof k === 'string') ?? null;
  const what = op && CORRECTION_OPS.includes(op as never) ? `this ${op} correction` : 'this correction';
  const example = field ? EXAMPLES[field] : undefined;
  const hint = example ? `Write ${example}.` : 'See "Curators\' corrections" in the README for the operations and their fields.';
  if (issue.code === 'unrecognized_keys') {
    const takes = op && FIELDS[op] ? `; ${op} takes ${FIELDS[op]}` : '';
    return { reason: `${what} has ${issue.keys.length > 1 ? 'fields' : 'a field'} it does not know: ${issue.keys.join(', ')}${takes}`, hint: 'Check the spelling, or delete the field.' };
  }
  if (field === 'op' || (issue.code === 'invalid_union' && issue.path.length <= 1 && op === null)) {
    const said = op === null ? 'says no op' : `says op: ${String(op)}, which is not an operation`;
    return { reason: `this correction ${said}`, hint: `Write ${EXAMPLES.op}.` };
  }
  if (issue.code === 'invalid_type' && value === undefined) return { reason: `${what} needs "${field}"`, hint };
  if (issue.code === 'invalid_value') return { reason: `${what}: "${field}" cannot be ${show(value)}`, hint };
  if (issue.code === 'too_small' && typeof value === 'string') return { reason: `${what}: "${field}" is empty`, hint };
  return { reason: `${what}: "${field ?? 'the correction'}" cannot be ${show(value)}`, hint };
}

// A value that fits no branch of a union (an author that is neither a name nor
// {name, role}): the branch of the value's own type says what is wrong inside it.
function innermost(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const wrongType = (list: z.core.$ZodIssue[]) => list.every((i) => i.code === 'invalid_type' && i.path.length === 0);
  const inner = issue.errors.find((branch) => !wrongType(branch))?.[0];
  return inner ? innermost({ ...inner, path: [...issue.path, ...inner.path] }) : issue;
}

function show(v: unknown): string {
  if (v === undefined) return 'missing';
  // JSON has no functions or symbols; YAML gives neither, and their kind says enough.
  const s = JSON.stringify(v) ?? typeof v;
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
