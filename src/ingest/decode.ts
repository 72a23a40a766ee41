import { codeUnitClass } from '../text/code-unit-class.ts';
import { hasControls, isControl } from '../text/control-chars.ts';
import type { MessageSink } from './messages.ts';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  /** Decoded text without BOM, or null when the bytes are not text. */
  text: string | null;
  encoding: Encoding | null;
  /** How many control characters the text holds (see `isControl`): the parser reports each when there are any. */
  controls: number;
}

const decoders = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }),
  gb18030: new TextDecoder('gb18030', { fatal: true, ignoreBOM: true }),
} satisfies Record<Encoding, TextDecoder>;

/** Decodes one raw page: BOM first, then strict UTF-8, BOM-less UTF-16, then GB18030; reports what is not text. */
export function decodeBytes(bytes: Uint8Array, sink: MessageSink): Decoded {
  const bom = detectBom(bytes);
  if (bom) return finish(bom.encoding, bytes.subarray(bom.length), sink, true);

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return checkText(utf8, 'utf-8', sink);

  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return finish(utf16, bytes, sink, false);

  // NUL bytes are rare in GB18030 text and common in UTF-16 the guess above
  // missed: more than a few say the bytes are not GB18030.
  const GB18030_NULS = 8;
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null && countNul(bytes) <= GB18030_NULS) return checkText(gb, 'gb18030', sink);

  const offset = firstInvalidUtf8(bytes);
  sink.report(
    'error',
    'decode-invalid',
    { line: null },
    `cannot be read as text: byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset} is not valid UTF-8, UTF-16 or GB18030`,
    'Save the page as UTF-8 (or GB18030 / UTF-16 with a BOM); if it is an image or a binary file, remove it from the input folder.',
  );
  return { text: null, encoding: null, controls: 0 };
}

function finish(encoding: Encoding, body: Uint8Array, sink: MessageSink, hadBom: boolean): Decoded {
  const text = tryDecode(encoding, body);
  if (text === null) {
    sink.report(
      'error',
      'decode-invalid',
      { line: null },
      `cannot be read as text: ${hadBom ? 'it starts with a ' + encoding.toUpperCase() + ' byte-order mark' : 'it looks like ' + encoding.toUpperCase()} but holds invalid ${encoding.toUpperCase()} bytes`,
      'Re-save the page in one encoding, preferably UTF-8.',
    );
    return { text: null, encoding: null, controls: 0 };
  }
  return checkText(text, encoding, sink);
}

// A page may hold a few control characters (a NUL from a broken conversion, an
// ESC colour code, Word's VT line break): it is read, and each is reported. Its
// bytes are taken for a binary file when the rest is not text: nothing but
// control characters and whitespace, or more than a few control characters that
// are more than one in five of the characters printed (a PNG header read as
// GB18030 gives 8 control characters to 7 others; a short page with one NUL, 1 to 10).
const FEW_CONTROLS = 2;
const BINARY_SHARE = 5;
const isSpace = codeUnitClass(/\s/);

function checkText(text: string, encoding: Encoding, sink: MessageSink): Decoded {
  // Most pages hold none: a native regex scan tells that faster than a loop over every character.
  if (!hasControls(text)) return { text, encoding, controls: 0 };
  let controls = 0;
  let printed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c)) controls++;
    else if (!isSpace(c)) printed++;
  }
  if (printed === 0 || (controls > FEW_CONTROLS && controls * BINARY_SHARE > controls + printed)) {
    sink.report(
      'error',
      'decode-binary',
      { line: null },
      printed > 0
        ? `cannot be read as text: ${controls} of its ${controls + printed} characters (whitespace aside) are control characters (it looks like a binary file)`
        : `cannot be read as text: it holds nothing but control characters (${controls}) and whitespace`,
      'Remove the file from the input folder, or export the page as plain text.',
    );
    return { text: null, encoding: null, controls: 0 };
  }
  return { text, encoding, controls };
}

function detectBom(b: Uint8Array): { encoding: Encoding; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (b[0] === 0x84 && b[1] === 0x31 && b[2] === 0x95 && b[3] === 0x33) return { encoding: 'gb18030', length: 4 };
  return null;
}

// Without a BOM, UTF-16 text of mostly ASCII/CJK shows as NUL bytes or line
// breaks at a regular parity; a single NUL is not enough evidence.
function guessBomlessUtf16(b: Uint8Array): Encoding | null {
  if (b.length < 4 || b.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  let evenNl = 0;
  let oddNl = 0;
  const n = Math.min(b.length, 1 << 16);
  // Byte pairs: the length is even, so every byte has its partner.
  for (let i = 0; i < n; i += 2) {
    const even = b[i]!;
    const odd = b[i + 1]!;
    if (even === 0) {
      evenZero++;
      if (odd === 0x0a) oddNl++;
    }
    if (odd === 0) {
      oddZero++;
      if (even === 0x0a) evenNl++;
    }
  }
  const pairs = n / 2;
  // Little-endian puts the high (often zero) byte second: zeros at odd offsets, line feeds at even ones.
  if ((oddZero > pairs / 4 && evenZero === 0) || (evenNl > 0 && oddNl === 0 && oddZero > evenZero)) return tryDecode('utf-16le', b) !== null ? 'utf-16le' : null;
  if ((evenZero > pairs / 4 && oddZero === 0) || (oddNl > 0 && evenNl === 0 && evenZero > oddZero)) return tryDecode('utf-16be', b) !== null ? 'utf-16be' : null;
  return null;
}

function tryDecode(encoding: Encoding, bytes: Uint8Array): string | null {
  try {
    return decoders[encoding].decode(bytes);
  } catch {
    return null;
  }
}

function countNul(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(0); i !== -1; i = b.indexOf(0, i + 1)) n++;
  return n;
}

// Offset of the first byte that breaks UTF-8, for a message that points at it.
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return 0;
}
