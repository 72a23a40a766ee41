import type { Author, AuthorRole } from '../schema/author.ts';
import type { DatelineParts } from '../schema/entry.ts';
import * as L from './lexicon.ts';
import type { Rng } from './prng.ts';
import type { Staff } from './staff.ts';
import type { Credit, Dateline, StoryDay, StoryProfile } from './story.ts';

// How the real styles print names: bylines, datelines, credits, the places they name.

/**
 * A credit printed after the body: the reporters of a round-up, or, where the crawler
 * dropped the byline, the dispatch the story came with, with or without names.
 */
export function trailingCredit(rng: Rng, p: StoryProfile, when: StoryDay, staff: Staff): Credit {
  const sent = `${shortPlace(rng)}${when.month}月${when.day}日电`;
  if (!p.bylines && rng.chance(0.3)) return { text: `（本报${sent}）`, authors: [] };
  const people = staff.names(rng, 'reporters', rng.int(2, 6));
  const authors = people.map((name) => ({ name, role: '记者' as const }));
  if (!p.bylines && rng.chance(0.3)) return { text: `（${rng.pick(['', '据'])}新华社${sent}\u00a0\u00a0记者${people.join('、')}）`, authors };
  const [open, close] = rng.chance(0.5) ? ['（本报记者', '）'] : ['（综合本报记者', '报道）'];
  return { text: `${open}${people.join('、')}${close}`, authors };
}

/** Names printed in a byline: two-character names are often padded to three (吴  君). */
export function printedName(rng: Rng, name: string, p: StoryProfile, features: string[]): string {
  if (!p.padNames || name.length !== 2 || !rng.chance(0.5)) return name;
  if (!features.includes('padded-name')) features.push('padded-name');
  return `${name[0]}${rng.pick(['  ', '\u00a0\u00a0', '\u00a0'])}${name[1]}`;
}

/** 本报记者  王芳  李强, 本报记者  王芳  实习生  李强 (names apart by two spaces). */
export function reporterByline(rng: Rng, p: StoryProfile, staff: Staff, features: string[]): Credit {
  const sep = p.oldDatelines ? ' ' : rng.pick(['  ', '\u00a0\u00a0']);
  const lead = staff.names(rng, 'reporters', rng.int(1, 3));
  const authors: Author[] = lead.map((name) => ({ name, role: '记者' }));
  let text = `${p.oldDatelines && rng.chance(0.3) ? '新华社记者' : '本报记者'}${sep}${lead.map((n) => printedName(rng, n, p, features)).join(sep)}`;
  if (text.startsWith('新华社')) for (const a of authors) a.role = '新华社记者';
  if (!p.oldDatelines && rng.chance(0.2)) {
    const role: AuthorRole = rng.pick(['实习生', '通讯员']);
    const [helper] = staff.names(rng, 'correspondents', 1, lead);
    text += `${sep}${role}${sep}${printedName(rng, helper!, p, features)}`;
    authors.push({ name: helper!, role });
  }
  return { text, authors };
}

/** A commentary's byline: the author's name alone. */
export function bareByline(rng: Rng, p: StoryProfile, staff: Staff): Credit {
  const name = staff.name(rng, 'writers');
  return { text: printedName(rng, name, p, []), authors: [{ name, role: null }] };
}

/** A dateline in the profile's style, with the reporters' names when the story has no byline. */
export function dateline(rng: Rng, p: StoryProfile, when: StoryDay, staff: Staff, withReporter: boolean): Dateline {
  const place = shortPlace(rng);
  if (p.oldDatelines) {
    const forms: [string, DatelineParts][] = [
      [`本报${place}${when.day}日电`, { source: '本报', place, date: `${when.day}日` }],
      [`新华社${when.day}日讯`, { source: '新华社', place: null, date: `${when.day}日` }],
      ['本报讯', { source: '本报', place: null, date: null }],
      [`新华社${place}${when.day}日电`, { source: '新华社', place, date: `${when.day}日` }],
    ];
    const [text, parts] = rng.pick(forms);
    return { text, parts, authors: [] };
  }
  const date = `${when.month}月${when.day}日`;
  const source = rng.chance(0.85) ? '本报' : '新华社';
  const head = `${source}${place}${date}电`;
  if (!withReporter) return { text: head, parts: { source, place, date }, authors: [] };
  const people = staff.names(rng, 'reporters', rng.chance(0.75) ? 1 : 2);
  const text = `${head}${rng.pick(['  ', '\u00a0\u00a0'])}（记者${people.join('、')}）`;
  return { text, parts: { source, place, date }, authors: people.map((name) => ({ name, role: '记者' })) };
}

/** A photographer's credit: `王芳摄`, now and then with where the picture came from. */
export function photoCredit(rng: Rng, p: StoryProfile, staff: Staff, features: string[]): Credit {
  const name = staff.name(rng, 'photographers');
  const source = rng.chance(0.4) ? `（${rng.pick(L.PHOTO_SOURCES)}）` : '';
  return { text: `${printedName(rng, name, p, features)}摄${source}`, authors: [{ name, role: '摄影' }] };
}

/** A place name of two characters as datelines print it: 青禾, 石岭. */
export function shortPlace(rng: Rng): string {
  return rng.pick(L.PLACE_HEADS) + rng.pick(L.PLACE_TAILS);
}
