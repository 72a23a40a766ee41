/**
 * Which shard file holds a key: FNV-1a over the code points of its routing
 * key (see `routingKey`). The index writer and the browser both call this, so
 * the file a query fetches is the file the key was written to.
 */
export const FNV_BASIS = 0x811c9dc5;

/** Mixes one code point into an FNV-1a hash (both 16-bit halves, so astral characters count fully). */
export function fnvStep(h: number, cp: number): number {
  h = Math.imul(h ^ (cp & 0xffff), 0x01000193);
  return Math.imul(h ^ (cp >>> 16), 0x01000193);
}

/** The shard, out of `shardCount`, of a routing key. */
export function shardOf(codePoints: readonly number[], shardCount: number): number {
  let h = FNV_BASIS;
  for (const cp of codePoints) h = fnvStep(h, cp);
  return (h >>> 0) % shardCount;
}

/** A key's code points as a file-name-safe string, e.g. `53d1-5c55`. */
export function keyName(codePoints: readonly number[]): string {
  return codePoints.map((cp) => cp.toString(16)).join('-');
}
