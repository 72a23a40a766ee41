import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/ingest/decode.ts';
import { MessageSink } from '../src/ingest/messages.ts';
import { encodePage } from '../src/generate/encode.ts';

const page = '标题一行\n——副标题 ABC\n𠀀字在 GBK 之外\n';

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const units: number[] = bom ? [0xfeff] : [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[i * 2 + (bigEndian ? 0 : 1)] = u >> 8;
    out[i * 2 + (bigEndian ? 1 : 0)] = u & 0xff;
  });
  return out;
}

function decode(bytes: Uint8Array) {
  const sink = new MessageSink('p.txt');
  return { ...decodeBytes(bytes, sink), messages: sink.messages };
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    const plain = new TextEncoder().encode(page);
    expect(decode(plain)).toMatchObject({ text: page, encoding: 'utf-8', messages: [] });
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toMatchObject({ text: page, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM, and LE without one', () => {
    expect(decode(utf16(page, false, true))).toMatchObject({ text: page, encoding: 'utf-16le' });
    expect(decode(utf16(page, true, true))).toMatchObject({ text: page, encoding: 'utf-16be' });
    expect(decode(utf16(page, false, false))).toMatchObject({ text: page, encoding: 'utf-16le' });
  });

  it('reads GB18030, including characters beyond GBK', () => {
    const bytes = encodePage(page, 'gb18030');
    expect(new TextDecoder('utf-8', { fatal: false }).decode(bytes)).not.toBe(page);
    expect(decode(bytes)).toMatchObject({ text: page, encoding: 'gb18030', messages: [] });
  });

  it('refuses binary data with an error that says why and what to do', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const r = decode(png);
    expect(r.text).toBeNull();
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ file: 'p.txt', severity: 'error', line: null });
    expect(r.messages[0]!.reason).toMatch(/cannot be read as text/);
    expect(r.messages[0]!.hint).toBeTruthy();
  });

  it('points at the first invalid byte when nothing decodes', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('正文'), 0xff, 0xff, 0x80]);
    const r = decode(bytes);
    expect(r.text).toBeNull();
    expect(r.messages[0]!.reason).toContain('0xff at offset 6');
  });
});
