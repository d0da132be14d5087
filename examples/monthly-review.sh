#!/bin/sh
# Last month's management review (ISO 10002 8.6): a Markdown document and a self-contained
# HTML page with charts, each covering the last twelve months up to and including last month.
#
#   0 6 1 * *  CMPLT_DB=/srv/complaints.db /path/to/monthly-review.sh /srv/reviews
#
# Writes OUTDIR/review-YYYY-MM.md and .html and prints their paths. Needs GNU date. Set
# CMPLT to the binary if cmplt is not on PATH.
set -eu
cmplt=${CMPLT:-cmplt}
out=${1:-.}
mkdir -p "$out"

# The last day of last month, and its label.
until=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m-%d)
month=$(date -d "$until" +%Y-%m)

"$cmplt" report --period month --until "$until" --by category --format markdown > "$out/review-$month.md"
"$cmplt" report --period month --until "$until" --by category --format html > "$out/review-$month.html"
echo "$out/review-$month.md"
echo "$out/review-$month.html"
