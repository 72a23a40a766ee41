import type { PageEncoding } from './encode.ts';
import type { Story, StoryProfile } from './story.ts';

/**
 * The raw styles a generated archive can be written in: `seed` is the seeds'
 * style (today's default output); the others are the styles of real scrapers
 * (`../shared/real/README.md`): P plain pages, K crawler article files joined
 * into a page, G govopendata page scrapes, and article-file trees md (Markdown
 * with front matter), txt (one text file per article) and flat (`000_<hash>.txt`).
 */
export const STYLE_NAMES = ['seed', 'P', 'K', 'G', 'md', 'txt', 'flat'] as const;
export type StyleName = (typeof STYLE_NAMES)[number];
export type RealStyle = Exclude<StyleName, 'seed'>;

const BASE: StoryProfile = {
  kicker: 0.3, kickerDash: 0.5, subtitle: 0.3, column: 0.12, series: false, bylines: true, collective: 0.08, box: 0.08,
  trailing: 0.25, authorNote: 0.08, chartNote: 0.05, photoPackage: 0.08, padNames: true, oldDatelines: false, unmarkedPairIsTitle: false,
};
// The crawlers of article files keep the heads and paragraphs and drop the byline printed above the body.
const CRAWLED: StoryProfile = { ...BASE, bylines: false, trailing: 0.35 };

/** How a real style is generated: what its stories print, which kinds, from which day, how many a page, in which bytes. */
export interface StyleSpec {
  profile: StoryProfile;
  kinds: Record<Story['kind'], number>;
  /** The first issue's date. */
  first: string;
  /** Stories per page, lowest and highest. */
  perPage: [number, number];
  encodings: Partial<Record<PageEncoding, number>>;
  crlf: number;
  /** Chance that a story slot holds readers' letters under a heading instead. */
  letters: number;
}

/** The real styles' settings. */
export const SPECS: Record<RealStyle, StyleSpec> = {
  P: { profile: BASE, kinds: { article: 55, brief: 30, photo: 15 }, first: '2021-03-01', perPage: [3, 7], encodings: { 'utf-8': 1 }, crlf: 0.1, letters: 0.03 },
  K: { profile: CRAWLED, kinds: { article: 55, brief: 30, photo: 15 }, first: '2019-09-02', perPage: [3, 8], encodings: { 'utf-8': 1 }, crlf: 1, letters: 0.03 },
  G: {
    profile: {
      ...BASE, kickerDash: 0.15, column: 0, collective: 0, box: 0, trailing: 0, authorNote: 0.05, chartNote: 0, photoPackage: 0,
      padNames: false, oldDatelines: true, unmarkedPairIsTitle: true, subtitle: 0.45, kicker: 0.35,
    },
    kinds: { article: 60, brief: 34, photo: 6 }, first: '1956-01-02', perPage: [2, 5], encodings: { 'utf-8': 1 }, crlf: 0, letters: 0,
  },
  md: { profile: { ...BASE, series: true, photoPackage: 0, trailing: 0.1 }, kinds: { article: 65, brief: 35, photo: 0 }, first: '2025-04-07', perPage: [2, 6], encodings: { 'utf-8': 1 }, crlf: 0, letters: 0 },
  txt: { profile: { ...CRAWLED, photoPackage: 0 }, kinds: { article: 60, brief: 28, photo: 12 }, first: '2020-01-05', perPage: [3, 7], encodings: { 'utf-8': 1 }, crlf: 1, letters: 0 },
  flat: { profile: { ...CRAWLED, photoPackage: 0 }, kinds: { article: 60, brief: 30, photo: 10 }, first: '2022-06-01', perPage: [3, 6], encodings: { 'utf-8': 85, gb18030: 15 }, crlf: 0.5, letters: 0 },
};
