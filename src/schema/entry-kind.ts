import { z } from 'zod';

/**
 * What an item is. `fragment`: text the parser could not place in an item;
 * `advertisement`: printed matter that is not news (a curator says so), kept
 * with its text but left out of feeds.
 */
export const EntryKindSchema = z.enum(['article', 'brief', 'photo', 'fragment', 'advertisement']);

export type EntryKind = z.infer<typeof EntryKindSchema>;
