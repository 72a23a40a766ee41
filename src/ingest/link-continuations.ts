import type { Message } from '../schema/message.ts';
import type { ParsedPage } from './index.ts';

/** Links `下转第N版` / `上接第N版` pieces across the pages of one paper and date (both directions). */
export function linkContinuations(_pages: ParsedPage[]): Message[] {
  return [];
}
