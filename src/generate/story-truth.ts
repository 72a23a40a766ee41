import type { Credit, Story } from './story.ts';
import { bodyEdges, type TruthItem } from './truth.ts';

/** How a style prints a story's heads: the subtitle with its dashes or without. */
export interface PrintedHeads {
  subtitleDash: boolean;
}

/**
 * The truth of a story as printed, and of the photos of its package after it.
 * The body is the box text and the paragraphs (subheads included, the dateline
 * not), or a photo's caption; credits, notes and box labels printed around it
 * are not body.
 */
export function storyTruth(s: Story, heads: PrintedHeads, features: readonly string[] = []): TruthItem[] {
  if (s.letters) return s.letters.items.flatMap((l) => storyTruth(l, heads, features));
  const body = s.kind === 'photo' ? s.caption : [...(s.box?.paragraphs ?? []), ...s.paragraphs];
  const authors = [s.byline, s.dateline, s.trailing, s.credit, s.signature].flatMap((c) => c?.authors ?? []);
  const subtitleFeature = s.subtitle !== null && !heads.subtitleDash ? ['subtitle-no-dash'] : [];
  const item: TruthItem = {
    kind: s.kind,
    kicker: s.kicker,
    title: s.title,
    subtitle: s.subtitle === null ? null : heads.subtitleDash ? `——${s.subtitle}` : s.subtitle,
    authors,
    dateline: s.dateline?.text ?? null,
    datelineParts: s.dateline?.parts ?? null,
    column: s.column,
    authorNote: s.authorNote,
    ...bodyEdges(body),
    subheads: s.subheads.map((i) => s.paragraphs[i]!),
    continuedOn: null,
    continuedFrom: null,
    features: [...new Set([...s.features, ...subtitleFeature, ...features])].sort(),
  };
  return [item, ...s.photos.flatMap((p) => storyTruth(p, heads, features))];
}

/** The story with `f` applied to every printed text (a scraper's punctuation, say); names and dateline parts are unchanged. */
export function mapStoryText(s: Story, f: (text: string) => string): Story {
  const opt = (t: string | null) => (t === null ? null : f(t));
  const credit = (c: Credit | null) => c && { ...c, text: f(c.text) };
  return {
    ...s,
    kicker: opt(s.kicker),
    title: opt(s.title),
    subtitle: opt(s.subtitle),
    byline: credit(s.byline),
    dateline: s.dateline && { ...s.dateline, text: f(s.dateline.text) },
    box: s.box && { label: f(s.box.label), paragraphs: s.box.paragraphs.map(f) },
    paragraphs: s.paragraphs.map(f),
    caption: s.caption.map(f),
    credit: credit(s.credit),
    trailing: credit(s.trailing),
    signature: credit(s.signature),
    letters: s.letters && { heading: f(s.letters.heading), items: s.letters.items.map((l) => mapStoryText(l, f)) },
    authorNote: opt(s.authorNote),
    chartNote: opt(s.chartNote),
    photos: s.photos.map((p) => mapStoryText(p, f)),
  };
}
