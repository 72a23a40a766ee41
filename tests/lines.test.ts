// splitLines reads a line's layout markup character by character; this holds it
// to the plain definition, one regex, on lines made of markup, spaces and text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../src/ingest/lines.ts';

// Whitespace of any kind (a byte-order mark only at the start), a quote mark and heading
// hashes that count only before a space or the end, the ■ bullet, then the printed text.
const LEAD = /^[\s\u3000\u00a0\ufeff]*(>(?=[\s\u3000]|$))?[\s\u3000\u00a0]*(#{1,6}(?=[\s\u3000]|$))?[\s\u3000\u00a0]*(■)?[\s\u3000\u00a0]*/u;

function plainLead(raw: string) {
  const m = LEAD.exec(raw)!;
  return { start: m[0].length, quote: m[1] !== undefined, heading: m[2]?.length ?? 0, bullet: m[3] !== undefined };
}

// Pieces, not characters, so that runs of six and seven hashes and bold marks come up often.
const piece = fc.constantFrom(' ', '\u3000', '\u00a0', '\t', '\ufeff', '>', '#', '######', '#######', '■', '**', '标', '题', 'a');
const line = fc.array(piece, { maxLength: 10 }).map((ps) => ps.join(''));

describe('splitLines', () => {
  it('separates the markup at the start of a line as the plain definition does', () => {
    fc.assert(
      fc.property(line, (raw) => {
        const [l] = splitLines(raw);
        const p = plainLead(raw);
        expect({ quote: l!.quote, heading: l!.heading, bullet: l!.bullet }).toEqual({ quote: p.quote, heading: p.heading, bullet: p.bullet });
        // Bold aside, the text is the rest of the line without its trailing whitespace.
        if (!l!.strong) {
          expect(l!.column).toBe(p.start + 1);
          expect(l!.text).toBe(raw.slice(p.start).replace(/[\s\u3000\u00a0]+$/u, ''));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the markup crawlers write', () => {
    const [quoted, bulleted, glued, indented, sevenHashes, hashInText] = splitLines('> ## 标题\n　　■ 记者 王某\n#标题\n\u3000\u3000正文。\n####### 七\n#标 题');
    expect(quoted).toMatchObject({ quote: true, heading: 2, text: '标题', column: 6 });
    expect(bulleted).toMatchObject({ quote: false, heading: 0, bullet: true, text: '记者 王某' });
    expect(glued).toMatchObject({ heading: 0, text: '#标题', column: 1 });
    expect(indented).toMatchObject({ text: '正文。', column: 3 });
    expect(sevenHashes).toMatchObject({ heading: 0, text: '####### 七' });
    expect(hashInText).toMatchObject({ heading: 0, text: '#标 题' });
  });
});
