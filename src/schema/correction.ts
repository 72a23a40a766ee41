import { z } from 'zod';
import { AuthorRoleSchema } from './author.ts';
import { EntryKindSchema } from './entry-kind.ts';
import { IdSchema } from './ids.ts';

// A corrections file (`01.fix.yaml` beside `01.txt`) is a list of operations a
// curator keeps beside a page. Every operation finds what it touches by its
// text (a line as printed, or the start of an item's title or first
// paragraph), never by position alone: a line number (`near`) only chooses
// between places the same text is printed, so a correction still applies after
// the page is fetched again or the parser changes, and one whose text is gone
// is reported instead of being applied somewhere else.

/** The text of one printed line, or its start (enough characters to be found once on the page). */
const LineText = z.string().trim().min(1);

/** An item of the page: the start of its title, kicker or first paragraph (or caption) as printed. */
const ItemText = z.string().trim().min(1);

/** A line number of the page file (of the article file beside the corrections file), only to choose between two places printing the same text. */
const Near = z.number().int().min(1).optional();

/** A person an item names, with their role (`记者`, `通讯员` …), or a bare name. */
const CorrectionAuthorSchema = z.union([
  z.string().trim().min(1),
  z.strictObject({ name: z.string().trim().min(1), role: AuthorRoleSchema.nullable().optional() }),
]);

/** Starts a new item at a line: the line and what follows it in the item's reading order. */
const SplitOpSchema = z.strictObject({ op: z.literal('split'), line: LineText, near: Near });

/** Appends an item to another (`into`, by default the item before it on the page): their text, lines and authors become one item. */
const MergeOpSchema = z.strictObject({ op: z.literal('merge'), item: ItemText, into: ItemText.optional(), near: Near });

/**
 * Says what an item's headline, dateline, authors or kind are. A text field
 * takes text printed in the item (what it held before becomes body text); null
 * says the item has none. `authors` replaces the authors read from the item.
 */
const SetOpSchema = z.strictObject({
  op: z.literal('set'),
  item: ItemText,
  near: Near,
  kicker: z.string().trim().min(1).nullable().optional(),
  title: z.string().trim().min(1).nullable().optional(),
  subtitle: z.string().trim().min(1).nullable().optional(),
  dateline: z.string().trim().min(1).nullable().optional(),
  kind: EntryKindSchema.optional(),
  authors: z.array(CorrectionAuthorSchema).optional(),
});

/** What a line can be marked as: part of the body, or not the item's text at all (a section label, page furniture). */
export const MarkAsSchema = z.enum(['paragraph', 'subhead', 'caption', 'credit', 'label', 'furniture']);

/** Marks a printed line (or lines, through `through`) as a subhead, caption, credit, section label or page furniture. */
const MarkOpSchema = z.strictObject({ op: z.literal('mark'), line: LineText, through: LineText.optional(), as: MarkAsSchema, near: Near });

/** Moves a block of lines (one line, or `[first, last]`) to the end of another item's body, in reading order. */
const MoveOpSchema = z.strictObject({
  op: z.literal('move'),
  lines: z.union([LineText, z.tuple([LineText, LineText])]),
  to: ItemText,
  near: Near,
});

/** Joins the paragraph that starts at a line to the paragraph before it. */
const JoinOpSchema = z.strictObject({ op: z.literal('join'), line: LineText, near: Near });

/** Starts a new paragraph at a line (or at the text given, inside a line). */
const BreakOpSchema = z.strictObject({ op: z.literal('break'), line: LineText, near: Near });

/** One operation of a corrections file. */
export const CorrectionSchema = z.discriminatedUnion('op', [SplitOpSchema, MergeOpSchema, SetOpSchema, MarkOpSchema, MoveOpSchema, JoinOpSchema, BreakOpSchema]);

/** The operations' names, in the order the README gives them. */
export const CORRECTION_OPS = ['split', 'merge', 'set', 'mark', 'move', 'join', 'break'] as const;

/**
 * What a curator's correction changed on an entry, so the site can say so:
 * the operation, the field it touched (`title`, `kind`, `item` for a split or
 * merge, `paragraphs` …) and the value before and after (null for none).
 */
export const AppliedCorrectionSchema = z.object({
  op: z.enum(CORRECTION_OPS),
  field: z.string().min(1),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

/** How one operation of a corrections file fared on its page. */
const CorrectionOutcomeSchema = z.object({
  /** Line of the operation in the corrections file. */
  line: z.number().int().min(1).nullable(),
  op: z.enum(CORRECTION_OPS),
  /** `not-needed`: the page already reads as the correction says (the parser got it right since). */
  status: z.enum(['applied', 'not-applied', 'not-needed']),
  /** What the operation did or why it could not, in a sentence. */
  summary: z.string().min(1),
  /** The items it changed (or would have), by id. */
  items: z.array(IdSchema),
});

/** One corrections file of a page and how each of its operations fared. */
export const PageCorrectionsSchema = z.object({
  file: z.string().min(1),
  outcomes: z.array(CorrectionOutcomeSchema),
});

export type CorrectionAuthor = z.infer<typeof CorrectionAuthorSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type MarkAs = z.infer<typeof MarkAsSchema>;
export type AppliedCorrection = z.infer<typeof AppliedCorrectionSchema>;
export type CorrectionOutcome = z.infer<typeof CorrectionOutcomeSchema>;
export type PageCorrections = z.infer<typeof PageCorrectionsSchema>;
