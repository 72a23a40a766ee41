// Lines a scraper saved that are not printed items, one by one: what readFurniture
// makes of each (src/ingest/furniture.ts), and printed lines that look alike but
// are text.
import { describe, expect, it } from 'vitest';
import { readFurniture } from '../src/ingest/furniture.ts';

const roleOf = (line: string) => readFurniture(line)?.role ?? null;

describe('furniture lines', () => {
  it.each([
    ['2022年12月27日 13:15   來源:經濟日報新聞客戶端', 'site'],
    ['2020-03-09  来源: 学习时报 作者:', 'site'],
    ['2018-03-02 05:45 來源﹕光明網-《光明日報》', 'site'],
    ['2026-02-20 06:30 来源：临江网-《临江日报》 责任编辑：周明', 'site'],
    ['图片说明：', 'photo-marker'],
    ['图注：', 'photo-marker'],
    ['(附图片)', 'photo-marker'],
  ])('reads %j as %s furniture', (line, role) => {
    expect(roleOf(line)).toBe(role);
  });

  it.each([
    '2024年5月1日，记者从市文化局获悉，来源于民间的剪纸艺术将进校园。',
    '图片说明了一切：这座桥已经修好了。',
    '来源：本报记者调查',
  ])('reads printed text %j as no furniture', (line) => {
    expect(roleOf(line)).toBeNull();
  });
});
