// Node has no GB18030 encoder; tests build the bytes they need by searching the
// decoder's two- and four-byte space for each character (fine for short texts).
const decoder = new TextDecoder('gb18030');
let table: Map<string, number[]> | null = null;

function buildTable(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [a, b]);
    }
  }
  return map;
}

/** Encodes text as GB18030 (ASCII, two-byte forms, and four-byte forms for supplementary-plane characters). */
export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (table.has(ch)) out.push(...table.get(ch)!);
    else if (cp >= 0x10000) {
      // Four-byte sequences for U+10000.. start at 0x90308130, counting linearly.
      let n = cp - 0x10000;
      const b4 = 0x30 + (n % 10); n = Math.floor(n / 10);
      const b3 = 0x81 + (n % 126); n = Math.floor(n / 126);
      const b2 = 0x30 + (n % 10); n = Math.floor(n / 10);
      out.push(0x90 + n, b2, b3, b4);
    } else throw new Error(`no two-byte GB18030 form for ${ch} in this test helper`);
  }
  return new Uint8Array(out);
}
