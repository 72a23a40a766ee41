import { readSignature } from './names.ts';
import type { Unit } from './units.ts';

// Readers' letters are printed under a short column heading (建议, 来信, 百姓呼声),
// each letter a title, its text and the writer's signature (`某县  某某`). The
// heading stands right above the first letter's title, shaped like a head itself:
// read as a title it took the first letter for its own and pushed the letter's
// title into the body. Here it becomes a section label, which files the letters.

// A column heading is a word or two: no punctuation, no more than six characters.
const HEADING_WORD = /^[\p{Script=Han}]{2,6}$/u;

/** Marks the short heading over a run of signed letters as a section label. */
export function markLetterHeadings(units: Unit[]): Unit[] {
  return units.map((u, i) => (isLetterHeading(units, i) ? { ...u, kind: 'label', label: u.text } : u));
}

function isLetterHeading(units: Unit[], i: number): boolean {
  const u = units[i]!;
  const title = units[i + 1];
  // A two-character heading may read as a name (来信: 来 is a surname), a byline of its own.
  if ((u.kind !== 'heading' && u.kind !== 'byline') || u.lines.length !== 1 || !HEADING_WORD.test(u.text.trim())) return false;
  if (!title || (title.kind !== 'heading' && title.kind !== 'subhead')) return false;
  // The first letter: its title, then paragraphs only, then its signature.
  for (let k = i + 2; k < units.length; k++) {
    const v = units[k]!;
    if (v.kind === 'credit-list') return readSignature(v.text.trim()) !== null && k > i + 2;
    if (v.kind !== 'body') return false;
  }
  return false;
}
