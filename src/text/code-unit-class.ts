/**
 * A test of single UTF-16 code units against a regex character class, decided
 * by the regex once per code unit and kept in a table: the same answers as the
 * regex without running it on every character of every page. Only for classes
 * without characters outside the Basic Multilingual Plane, so that a surrogate,
 * alone or in a pair, is outside the class as it is for the regex.
 */
export function codeUnitClass(re: RegExp): (c: number) => boolean {
  // 0: not yet asked, 1: outside, 2: inside.
  const known = new Uint8Array(0x10000);
  return (c) => {
    let k = known[c]!;
    if (k === 0) known[c] = k = re.test(String.fromCharCode(c)) ? 2 : 1;
    return k === 2;
  };
}
