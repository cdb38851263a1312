#!/usr/bin/env bash
# Renders every profile in Profiles/ to PDF, SVG and PNG (A3, and A4 for all that fit it) and
# either records the files as a baseline or compares them with one recorded before: PDF and SVG
# byte for byte (cmp), PNG by decoded pixels (scripts/png-pixels.py), so a speed change can be
# shown not to change the output.
#
#   scripts/compare-output.sh record  DIR [BINARY]   # the baseline, with the code as it is
#   scripts/compare-output.sh compare DIR [BINARY]   # the same with the new code; exit 1 on a difference
#
# BINARY defaults to .build/release/beroepsbeeld. SOURCE_DATE_EPOCH is fixed so PDF dates match.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?record or compare}
baseline=${2:?baseline folder}
binary=${3:-.build/release/beroepsbeeld}
export SOURCE_DATE_EPOCH=1700000000

render() {  # render OUT: every profile on A3 and on A4 into OUT/a3 and OUT/a4
    for paper in a3 a4; do
        mkdir -p "$1/$paper"
        # A profile that does not fit A4 is reported (L001) and leaves no file; that is expected here.
        "$binary" render Profiles -o "$1/$paper" --format pdf,svg,png --paper "$paper" >/dev/null 2>&1 || true
    done
}

case $mode in
record)
    rm -rf "$baseline"
    render "$baseline"
    echo "recorded $(find "$baseline" -type f | wc -l) files in $baseline"
    ;;
compare)
    fresh=$(mktemp -d)
    trap 'rm -rf "$fresh"' EXIT
    render "$fresh"
    differ=0 same=0
    # Files on one side only (a profile that newly fits or no longer fits) are differences too.
    while read -r name; do
        old="$baseline/$name" new="$fresh/$name"
        if [[ ! -f $old || ! -f $new ]]; then
            echo "only in one: $name"; differ=$((differ + 1)); continue
        fi
        case $name in
        *.png) if scripts/png-pixels.py "$old" "$new"; then same=$((same + 1)); else echo "pixels differ: $name"; differ=$((differ + 1)); fi ;;
        *) if cmp -s "$old" "$new"; then same=$((same + 1)); else echo "bytes differ: $name"; differ=$((differ + 1)); fi ;;
        esac
    done < <( (cd "$baseline" && find . -type f; cd "$fresh" && find . -type f) | sed 's|^\./||' | sort -u)
    echo "compared with $baseline: $same identical, $differ different"
    [[ $differ == 0 ]]
    ;;
*) echo "usage: $0 record|compare DIR [BINARY]" >&2; exit 2 ;;
esac
