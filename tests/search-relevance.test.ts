// Relevance against a small judged set: for each query, the order a reader
// would expect of items written for it. A match in the headline ranks above
// one in the lead, which ranks above one deep in the body; more occurrences
// above fewer; among equals, the newest first.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../src/schema/entry.ts';
import { buildFixtureIndex, type FixtureIndex } from './fixtures/search/build-fixture-index.ts';
import { entry } from './fixtures/search/entries.ts';

// About 200 characters with none of the judged words: what follows is past the lead.
const filler = '今天天气晴朗，市民出行平稳，各项工作有序推进，道路畅通无阻。'.repeat(7);

const judged: Entry[] = [
  entry({ id: 'title', title: '江滨公园今起开放', paragraphs: [filler], date: '2024-05-01' }),
  entry({ id: 'lead', title: '城区新添休闲去处', paragraphs: ['位于江边的江滨公园今天迎来首批游客。', filler], date: '2024-05-02' }),
  entry({ id: 'deep-4', title: '周末去哪儿', paragraphs: [filler, '江滨公园有花展，江滨公园有音乐会，江滨公园有夜市，江滨公园有灯会。'], date: '2024-05-03' }),
  entry({ id: 'deep-2', title: '出行提示', paragraphs: [filler, '江滨公园周边道路施工，江滨公园停车场暂停开放。'], date: '2024-05-04' }),
  entry({ id: 'deep-1-old', title: '城市简讯', paragraphs: [filler, '江滨公园完成绿化提升。'], date: '2024-05-05' }),
  entry({ id: 'deep-1-new', title: '城市快讯', paragraphs: [filler, '江滨公园新设饮水点。'], date: '2024-05-06' }),
  entry({ id: 'kicker', kicker: '江滨公园改造记——', title: '一片湿地的新生', paragraphs: [filler], date: '2024-05-07' }),
  entry({ id: 'both-title', title: '防汛演练在江滨举行', paragraphs: [filler], date: '2024-06-01' }),
  entry({ id: 'one-title', title: '防汛准备就绪', paragraphs: [filler, '全市组织了一次演练。'], date: '2024-06-02' }),
  entry({ id: 'both-body', title: '应急工作简报', paragraphs: [filler, '防汛物资到位，演练如期进行。'], date: '2024-06-03' }),
  entry({ id: 'phrase-lead', title: '社区新风', paragraphs: ['小区推行垃圾分类已满一年。', filler], date: '2024-07-01' }),
  entry({ id: 'phrase-deep-3', title: '环保周记', paragraphs: [filler, '垃圾分类要坚持，垃圾分类要细心，垃圾分类要人人参与。'], date: '2024-07-02' }),
  entry({ id: 'phrase-title', title: '垃圾分类进校园', paragraphs: [filler], date: '2024-07-03' }),
];

// Query → the judged order of the items that match it.
const expected: [string, string[]][] = [
  ['江滨公园', ['kicker', 'title', 'lead', 'deep-4', 'deep-2', 'deep-1-new', 'deep-1-old']],
  ['防汛 演练', ['both-title', 'one-title', 'both-body']],
  ['垃圾分类', ['phrase-title', 'phrase-lead', 'phrase-deep-3']],
];

describe('relevance on a judged set', () => {
  let idx: FixtureIndex;
  beforeAll(() => {
    idx = buildFixtureIndex(judged);
  }, 60_000);

  it.each(expected)('ranks %s as judged', async (q, order) => {
    const out = await idx.engine.search({ q, paper: null, kind: null, from: null, to: null, reporter: null, sort: 'relevance' });
    const ids = await Promise.all(Array.from(out.docs, async (d) => (await idx.engine.header(d))!.id));
    expect(ids).toEqual(order);
  });

  it('sorts the same matches by date when asked, whatever their zones', async () => {
    const out = await idx.engine.search({ q: '江滨公园', paper: null, kind: null, from: null, to: null, reporter: null, sort: 'newest' });
    const dates = await Promise.all(Array.from(out.docs, async (d) => (await idx.engine.header(d))!.date!));
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
