/** The byte forms generated pages are written in; each is one the ingest decoder must read. */
export type PageEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gb18030';

/** Encodes a page's text in the given form. Throws if GB18030 cannot represent a character. */
export function encodePage(text: string, encoding: PageEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return concat(new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode(text));
    case 'utf-16le':
      // With a BOM, as Windows tools save it.
      return encodeUtf16le('\ufeff' + text);
    case 'gb18030':
      return encodeGb18030(text);
  }
}

function encodeUtf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >>> 8;
  }
  return out;
}

// Node can decode GB18030 but not encode it, so the encoder is the decoder run
// backwards: every two-byte sequence, then the four-byte sequences of the rest of
// the Basic Multilingual Plane, decoded once into a code unit -> bytes table.
let gbTable: Map<number, number[]> | null = null;

function gb18030Table(): Map<number, number[]> {
  if (gbTable) return gbTable;
  const table = new Map<number, number[]>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const add = (bytes: number[]) => {
    let s: string;
    try {
      s = decoder.decode(new Uint8Array(bytes));
    } catch {
      return;
    }
    if (s.length === 1 && s !== '\ufffd' && !table.has(s.charCodeAt(0))) table.set(s.charCodeAt(0), bytes);
  };
  for (let b1 = 0x81; b1 <= 0xfe; b1++) {
    for (let b2 = 0x40; b2 <= 0xfe; b2++) if (b2 !== 0x7f) add([b1, b2]);
  }
  // Four-byte sequences b1 b2 b3 b4 count up from 81 30 81 30; the first 39,420 cover the BMP.
  for (let n = 0; n < 39420; n++) {
    add([0x81 + Math.floor(n / 12600), 0x30 + (Math.floor(n / 1260) % 10), 0x81 + (Math.floor(n / 10) % 126), 0x30 + (n % 10)]);
  }
  gbTable = table;
  return table;
}

// GB18030 bytes of a text (ASCII as single bytes): the table's forms for the Basic Multilingual
// Plane, four-byte forms counted from 90 30 81 30 for the characters beyond it.
function encodeGb18030(text: string): Uint8Array {
  const table = gb18030Table();
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x10000) {
      let n = c - 0x10000;
      const b4 = 0x30 + (n % 10);
      n = Math.floor(n / 10);
      const b3 = 0x81 + (n % 126);
      n = Math.floor(n / 126);
      out.push(0x90 + Math.floor(n / 10), 0x30 + (n % 10), b3, b4);
      i++;
    } else {
      const bytes = table.get(c);
      if (!bytes) throw new Error(`GB18030 cannot encode U+${c.toString(16).toUpperCase().padStart(4, '0')} at offset ${i}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
