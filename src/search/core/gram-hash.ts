/**
 * Which shard file holds a key. The index writer and the browser both call
 * this, so the file a query fetches is the file the key was written to.
 */
export const FNV_BASIS = 0x811c9dc5;

/** Mixes one code point into an FNV-1a hash (both 16-bit halves, so astral characters count fully). */
export function fnvStep(h: number, cp: number): number {
  h = Math.imul(h ^ (cp & 0xffff), 0x01000193);
  return Math.imul(h ^ (cp >>> 16), 0x01000193);
}

/** The FNV-1a hash of a run of code points, reduced to one of `shardCount` shards. */
export function shardOf(codePoints: readonly number[], shardCount: number): number {
  let h = FNV_BASIS;
  for (const cp of codePoints) h = fnvStep(h, cp);
  return (h >>> 0) % shardCount;
}

/**
 * Shards fall into this many groups by the low bits of their number. A key of
 * three or more code points is spread by its own hash but kept in the group of
 * its first two, so the index can be built one group of shards at a time.
 * Shard counts are powers of two of at least this.
 */
export const SHARD_GROUPS = 16;

/** The shard that holds a key. */
export function shardOfKey(key: readonly number[], shardCount: number): number {
  const whole = shardOf(key, shardCount);
  if (key.length <= 2) return whole;
  return whole - (whole % SHARD_GROUPS) + (shardOf(key.slice(0, 2), shardCount) % SHARD_GROUPS);
}

