import { describe, expect, it } from 'vitest';
import { generateArchive } from '../src/generate/archive.ts';
import { encodePage, type PageEncoding } from '../src/generate/encode.ts';
import { decodeBytes } from '../src/ingest/decode.ts';
import { MessageSink } from '../src/ingest/messages.ts';

// Every character a generated page can hold, plus ones outside GBK that need GB18030's four-byte form.
const generated = [...generateArchive(600, 'enc')].map((p) => new TextDecoder(p.truth.encoding === 'gb18030' ? 'gb18030' : p.truth.encoding === 'utf-16le' ? 'utf-16le' : 'utf-8').decode(p.bytes)).join('\n');
const sample = `${[...new Set(generated)].join('')}◀◀◀上接第1版■◎「」€䶮〇𠀀𪚥\r\n\t ,.()`;

describe('page encodings', () => {
  it('GB18030: encoding then decoding gives the text back, two- and four-byte forms alike', () => {
    const bytes = encodePage(sample, 'gb18030');
    expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).toBe(sample);
    // 中 is two bytes D6 D0; ◀ (not in GBK) is four bytes.
    expect([...encodePage('中', 'gb18030')]).toEqual([0xd6, 0xd0]);
    expect(encodePage('◀', 'gb18030').length).toBe(4);
  });

  it('GB18030: refuses what it cannot encode rather than writing wrong bytes', () => {
    expect(() => encodePage('\ud800', 'gb18030')).toThrow(/U\+D800/);
  });

  it.each<[PageEncoding, string]>([
    ['utf-8', 'utf-8'],
    ['utf-8-bom', 'utf-8'],
    ['utf-16le', 'utf-16le'],
    ['gb18030', 'gb18030'],
  ])('%s pages read back through the ingest decoder as %s', (encoding, detected) => {
    const sink = new MessageSink('x.txt');
    const decoded = decodeBytes(encodePage(sample, encoding), sink);
    expect(decoded.encoding).toBe(detected);
    expect(decoded.text).toBe(sample);
    expect(sink.messages.filter((m) => m.severity === 'error')).toEqual([]);
  });
});
