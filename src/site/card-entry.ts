import type { EntrySummary } from '../schema/summary.ts';

/**
 * What an item card (components/ItemCard.astro) shows of an entry. Narrower than a summary, so
 * the search page can render the card with stand-in words for its result template.
 */
export type CardEntry = Pick<
  EntrySummary,
  'id' | 'kind' | 'lang' | 'order' | 'corrections' | 'continuedFrom' | 'paper' | 'date' | 'page' | 'column' | 'title' | 'kicker' | 'subtitle' | 'authors' | 'lead'
>;
