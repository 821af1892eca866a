#!/usr/bin/env bash
# Makes the small fonts the PDF handout is set in (fonts/*.ttf) from Debian's fonts-noto-core:
# only the letters our eight languages use (Latin with its extensions, Cyrillic, Arabic), with
# their shaping tables, so the binary stays small. Run it again after adding a language with
# new letters; tests/it/pdf.rs checks that every message's letters have a glyph.
# Needs: apt-get install fonts-noto-core python3-fonttools.
set -euo pipefail
cd "$(dirname "$0")/.."
src=/usr/share/fonts/truetype/noto
pyft() { /usr/bin/python3 -m fontTools.subset "$@"; }
latin="U+0020-007E,U+00A0-024F,U+0259,U+02BC,U+02C6-02DD,U+0300-036F,U+0400-045F,U+0490-0491,U+1E9E,U+2000-206F,U+20AC,U+2116,U+2122,U+2190-2193,U+2212,U+FEFF,U+FFFD"
arabic="U+0020-0040,U+005B-0060,U+007B-007E,U+00A0,U+00AB,U+00BB,U+0600-06FF,U+200C-200F,U+2010-2027,U+2066-2069"
for weight in Regular Bold; do
  pyft "$src/NotoSans-$weight.ttf" --unicodes="$latin" --layout-features='*' \
    --no-hinting --desubroutinize --output-file="fonts/NotoSans-$weight.ttf"
  pyft "$src/NotoSansArabic-$weight.ttf" --unicodes="$arabic" --layout-features='*' \
    --no-hinting --desubroutinize --output-file="fonts/NotoSansArabic-$weight.ttf"
done
ls -l fonts/*.ttf
