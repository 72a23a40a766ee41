import { rngFor, type Rng } from './prng.ts';
import { personName } from './prose.ts';

/**
 * Whose names a paper prints: its reporters (bylines, datelines, round-up
 * credits), photographers, correspondents and interns (通讯员, 实习生), and the
 * outside writers of its commentaries.
 */
export type Desk = 'reporters' | 'photographers' | 'correspondents' | 'writers';

// Posts per desk, lowest and highest: tens to a few hundred names a paper, as a
// daily of some 15,000 items a year prints (drawn at random, names were nearly
// all different: 10,000 items made 14,000 reporter pages).
const POSTS: Record<Desk, [number, number]> = { reporters: [60, 200], photographers: [6, 24], correspondents: [60, 240], writers: [20, 80] };
// Years a post is held before its holder leaves and another is hired: about one
// post in seven changes hands a year, so a decade of one paper reuses most names
// for years and renews the staff over time.
const TENURE: [number, number] = [3, 14];

/** A paper's staff in one year. */
export class Staff {
  /** Names by desk, one a post (posts held by namesakes counted once). */
  constructor(readonly desks: Readonly<Record<Desk, readonly string[]>>) {}

  /**
   * `n` distinct names from a desk, none of them in `not`; the first posts of a
   * desk print more often than the last (a few reporters write much of a paper).
   */
  names(rng: Rng, desk: Desk, n: number, not: readonly string[] = []): string[] {
    const names = this.desks[desk];
    const out: string[] = [];
    // Every desk holds more names than a credit prints (at least 6 posts, 6 names at
    // most a credit); the guard only stops a loop on a desk too small for the request.
    for (let tries = 0; out.length < n && tries < 100 * n; tries++) {
      const name = names[Math.floor(rng.next() ** 1.3 * names.length)]!;
      if (!out.includes(name) && !not.includes(name)) out.push(name);
    }
    return out;
  }

  /** One name from a desk. */
  name(rng: Rng, desk: Desk): string {
    return this.names(rng, desk, 1)[0]!;
  }
}

/**
 * The staff of `paper` in `year`. Each post has its own tenure and phase, so
 * the staff of any year follows from the seed alone (a smaller archive stays a
 * prefix of a larger one) and consecutive years share most names.
 * @internal Exported for tests/generate-staff.test.ts.
 */
export function staffOf(seed: string, paper: string, year: number): Staff {
  const desks = {} as Record<Desk, string[]>;
  for (const desk of Object.keys(POSTS) as Desk[]) {
    const posts = rngFor(seed, paper, 'staff', desk).int(...POSTS[desk]);
    const names = new Set<string>();
    for (let k = 0; k < posts; k++) {
      const post = rngFor(seed, paper, desk, k);
      const tenure = post.int(...TENURE);
      const term = Math.floor((year + post.int(0, tenure - 1)) / tenure);
      names.add(personName(rngFor(seed, paper, desk, k, term)));
    }
    desks[desk] = [...names];
  }
  return new Staff(desks);
}

/** Staffs by paper and year for one seed, each made once (an archive of decades asks for a few hundred). */
export function staffBook(seed: string): (paper: string, date: string) => Staff {
  const made = new Map<string, Staff>();
  return (paper, date) => {
    const year = Number(date.slice(0, 4));
    const key = `${paper}\u0000${year}`;
    let staff = made.get(key);
    if (!staff) made.set(key, (staff = staffOf(seed, paper, year)));
    return staff;
  };
}
