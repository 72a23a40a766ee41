#!/usr/bin/env bash
# The sample pages that test other encodings and line ends are committed in
# that form, which editors and grep handle badly. This converts them both ways:
#   scripts/make-sample-encodings.sh decode   # committed form -> UTF-8 with LF, to edit them
#   scripts/make-sample-encodings.sh encode   # UTF-8 with LF -> committed form, before committing
# Each direction skips a file already in its target form, so running it twice is safe.
# tests/truth/samples.json declares every page's encoding and line ends, and
# tests/truth/samples-truth.test.ts checks the committed bytes against it.
set -euo pipefail

cd "$(dirname "$0")/../content/raw"

FORMS='jiangcheng-daily/2024-03-12/02.txt crlf
jiangcheng-daily/2024-03-12/03.txt utf-8-bom
jiangcheng-daily/2024-03-13/01.txt gb18030
jiangcheng-daily/2024-03-13/02.txt cr
qinghe-evening/2024-06-05/01.txt utf-16le'

# Plain means: valid UTF-8, no byte-order mark, no carriage return.
is_plain() {
  [ "$(head -c 3 "$1" | xxd -p)" != efbbbf ] &&
    iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 &&
    ! grep -q $'\r' "$1"
}

encode() {
  case "$2" in
    crlf) sed 's/$/\r/' "$1" ;;
    cr) tr '\n' '\r' <"$1" ;;
    utf-8-bom) printf '\xef\xbb\xbf' && cat "$1" ;;
    gb18030) iconv -f UTF-8 -t GB18030 "$1" ;;
    utf-16le) printf '\xff\xfe' && iconv -f UTF-8 -t UTF-16LE "$1" ;;
  esac
}

decode() {
  case "$2" in
    crlf) sed 's/\r$//' "$1" ;;
    cr) tr '\r' '\n' <"$1" ;;
    utf-8-bom) tail -c +4 "$1" ;;
    gb18030) iconv -f GB18030 -t UTF-8 "$1" ;;
    utf-16le) tail -c +3 "$1" | iconv -f UTF-16LE -t UTF-8 ;;
  esac
}

direction=${1:-}
if [ "$direction" != encode ] && [ "$direction" != decode ]; then
  echo "usage: $0 encode|decode" >&2
  exit 2
fi

while read -r file form; do
  if [ "$direction" = encode ] && ! is_plain "$file"; then continue; fi
  if [ "$direction" = decode ] && is_plain "$file"; then continue; fi
  "$direction" "$file" "$form" >"$file.tmp"
  mv "$file.tmp" "$file"
  echo "$direction: $file ($form)"
done <<<"$FORMS"
