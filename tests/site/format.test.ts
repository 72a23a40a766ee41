import { describe, expect, it } from 'vitest';
import { AuthorRoleSchema } from '../../src/schema/author.ts';
import { bareKicker, headedLead, leadOf, roleLabel, weekday } from '../../src/site/format.ts';
import { bareSubtitle } from '../../src/text/labels.ts';
import { columnLine, displayTitle, formatDate, pageLabel, truncate } from '../../src/text/labels.ts';
import { entryLike } from './fixture.ts';

describe('format', () => {
  it('writes dates, weekdays and page numbers the Chinese way', () => {
    expect(formatDate('2024-03-01')).toBe('2024年3月1日');
    expect(weekday('2024-03-01')).toBe('星期五');
    expect(weekday('2023-12-31')).toBe('星期日');
    expect(pageLabel(2)).toBe('第2版');
    expect(pageLabel(null)).toBe('版次不详');
  });

  it('supplies a marked title for untitled items, from the piece continued or the text', () => {
    const photo = entryLike('jiangcheng-20240301-01-03');
    expect(displayTitle(photo)).toBe('〔三月一日，志愿者在江滨公园栽种樟树苗。〕');
    const piece = entryLike('jiangcheng-20240301-02-01');
    expect(displayTitle(piece, entryLike('jiangcheng-20240301-01-01'))).toBe('江城春季植树活动全面启动（续）');
    expect(displayTitle({ ...piece, paragraphs: [] })).toBe('（无题文章）');
  });

  it('leads with the first paragraph that is not a subhead, cut by characters', () => {
    const e = entryLike('jiangcheng-20240301-01-01', { subheads: [0] });
    expect(leadOf(e, 10)).toBe('据市园林部门介绍，今…');
    expect(truncate('𠀀𠀁𠀂', 2)).toBe('𠀀𠀁…');
  });

  it('strips the dashes a subtitle is printed with', () => {
    expect(bareSubtitle('——国网江城供电公司纪实')).toBe('国网江城供电公司纪实');
    expect(bareSubtitle('— 副题')).toBe('副题');
    expect(bareSubtitle('无破折号')).toBe('无破折号');
  });

  it('strips the dashes a kicker leads into its title with, and leads with the kicker', () => {
    expect(bareKicker('老厂房焕发新活力——')).toBe('老厂房焕发新活力');
    expect(bareKicker('无破折号')).toBe('无破折号');
    const e = entryLike('jiangcheng-20240302-02-01');
    expect(headedLead(e, 6)).toBe('老厂房焕发新活力　推开锈迹斑斑…');
    expect(headedLead({ ...e, kicker: null }, 6)).toBe('推开锈迹斑斑…');
  });

  it('shows a series line as printed, a column only where the title does not print its tag', () => {
    expect(columnLine(entryLike('jiangcheng-20240302-02-01'))).toBe('系列：城市更新观察');
    const tagged = entryLike('jiangcheng-20240302-02-02');
    expect(tagged.title).toContain('（江城短评）');
    expect(columnLine(tagged)).toBeNull();
    expect(columnLine({ ...tagged, title: '让口袋公园常开常新' })).toBe('栏目：江城短评');
    expect(columnLine({ ...tagged, column: null })).toBeNull();
  });

  it('labels every role as a byline prints it before a name, and a bare byline 署名', () => {
    for (const role of AuthorRoleSchema.options) expect(roleLabel(role), role).toMatch(/^\p{Script=Han}{2,5}$/u);
    expect(['评论员', '特约评论员', '实习生', '新华社记者', '制图', '整理'].map((r) => roleLabel(AuthorRoleSchema.parse(r)))).toEqual(['评论员', '特约评论员', '实习生', '新华社记者', '制图', '整理']);
    expect(roleLabel(null)).toBe('署名');
  });
});
