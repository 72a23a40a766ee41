import { z } from 'zod';

/**
 * Roles a byline, dateline or credit can give a person. `null` when the page
 * names a person without a role (e.g. a bare `张崇周` byline): we never invent one.
 */
export const AuthorRoleSchema = z.enum([
  '记者',
  '首席记者',
  '特约记者',
  '实习记者',
  '见习记者',
  '通讯员',
  '特约通讯员',
  '摄影',
  '摄影记者',
  '作者',
  '编辑',
  '评论员',
  '特约评论员',
  '实习生',
  '新华社记者',
  '制图',
  '整理',
]);

/** One person named by an item: a reporter, correspondent or photographer. */
export const AuthorSchema = z.object({
  name: z.string().min(1),
  role: AuthorRoleSchema.nullable(),
});

export type AuthorRole = z.infer<typeof AuthorRoleSchema>;
export type Author = z.infer<typeof AuthorSchema>;
