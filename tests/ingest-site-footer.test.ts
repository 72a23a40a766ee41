// A web page saved with the article: the site's chrome above it and its footer
// below are furniture, never items or the article's text.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/ingest/index.ts';
import { compareCoverage } from '../src/ingest/text-coverage.ts';

const page = [
  '歡迎光臨!今天是',
  '設為首頁加入最愛',
  '分享到:',
  '當前報章2023年05月14日',
  '今日要聞',
  '本報新聞',
  '字體: 大 中 小',
  '海濱市舉行龍舟邀請賽',
  '    【本報海濱5月13日電】(記者許文樂)海濱市第十屆龍舟邀請賽13日在東灣舉行,二十支隊伍參賽。',
  '    比賽吸引上萬名市民到場觀看,沿岸不時響起陣陣歡呼聲。',
  '往期新聞',
  '每日推薦',
  '友情連結',
  '聯絡我們',
  'Email:news@haibin.example',
  '電話:編輯部 28000000',
  '地址:海濱市 東灣路 8號',
  '本報逢週日休刊,如遇特別情況另行通知。',
  '首頁 | 往期新聞 | 廣告業務 | 報社簡介',
].join('\n');

describe('a web page saved with its article', () => {
  const r = parsePage({ file: 'site/page-0514.txt', bytes: new TextEncoder().encode(page), sidecar: null });

  it('reads the article alone, its head right above its first paragraph', () => {
    expect(r.entries.filter((e) => e.kind !== 'fragment').map((e) => [e.title, e.authors.map((a) => a.name), e.paragraphs.at(-1)])).toEqual([
      ['海濱市舉行龍舟邀請賽', ['許文樂'], '比賽吸引上萬名市民到場觀看,沿岸不時響起陣陣歡呼聲。'],
    ]);
  });

  it('keeps the header and the footer as furniture labels, the page dated by its header', () => {
    const furniture = r.page.labels.filter((l) => l.kind === 'furniture').map((l) => l.text);
    expect(furniture).toContain('字體: 大 中 小');
    expect(furniture).toContain('往期新聞');
    expect(furniture).toContain('本報逢週日休刊,如遇特別情況另行通知。');
    expect(furniture).toContain('首頁 | 往期新聞 | 廣告業務 | 報社簡介');
    expect(r.page.date).toBe('2023-05-14');
    expect(compareCoverage(r.page, r.entries)).toEqual({ lost: '', extra: '' });
  });
});
