/**
 * The page's text as one string (lines joined by line breaks), with the counts
 * of the short probes that joint scoring reads in it. One is made per page in
 * `parsePage`: the same joints are scored again in later stages (a heading cut
 * from its line while items are assembled, then joins with the next paragraph,
 * column starts and the search for a continuation anywhere while reading order
 * is repaired), and each count reads the whole page.
 */
export class PageText {
  private readonly counted = new Map<string, number>();

  constructor(readonly text: string) {}

  /**
   * How well `start` continues `end` across a cut: occurrences elsewhere on the page
   * of the two, three and four characters around the joint (推|动 -> 推动).
   */
  junctionScore(end: string, start: string): number {
    if (end.length === 0 || start.length === 0) return 0;
    // Each longer probe holds the two characters of the joint, and the longest
    // holds both probes of three: a probe whose part never occurs never does
    // either, and is not looked for.
    const joint = this.probeCount(end.slice(-1) + start[0]);
    if (joint === 0) return 0;
    const before = end.length >= 2 ? this.probeCount(end.slice(-2) + start[0]) : 0;
    const after = start.length >= 2 ? this.probeCount(end.slice(-1) + start.slice(0, 2)) : 0;
    const both = before > 0 && after > 0 ? this.probeCount(end.slice(-2) + start.slice(0, 2)) : 0;
    // Weighted by length: a longer probe that occurs says more.
    return joint + 2 * before + 2 * after + 3 * both;
  }

  private probeCount(probe: string): number {
    let n = this.counted.get(probe);
    if (n === undefined) {
      n = /[\s\p{P}]/u.test(probe) ? 0 : countOf(this.text, probe);
      this.counted.set(probe, n);
    }
    return n;
  }
}

// Counting stops at this many: the thresholds that read a score (2 and 4 for a
// joint, 6 for a jump down the page) lie far below it, and a common joint (的|发)
// would otherwise be counted through the whole page; continuations past it are
// told apart by their other probes.
const MAX_COUNT = 20;

function countOf(text: string, probe: string): number {
  let n = 0;
  for (let i = text.indexOf(probe); i !== -1 && n < MAX_COUNT; i = text.indexOf(probe, i + probe.length)) n++;
  return n;
}
