#!/bin/sh
# Close complaints whose response has gone unanswered (ISO 10002 7.9): every complaint in
# state "responded" whose last response is older than DAYS (default 14) is closed with the
# outcome "no-reply".
#
#   CMPLT_DB=/srv/complaints.db examples/close-unanswered.sh 14
#
# Prints the id of each complaint it closes. Set CMPLT to the binary if cmplt is not on PATH.
set -eu
cmplt=${CMPLT:-cmplt}
days=${1:-14}
case $days in
    ''|*[!0-9]*) echo "usage: $0 [DAYS]" >&2; exit 2 ;;
esac

# Complaints that have been responded to and not reopened or closed since; the list is
# read in full before any is changed.
ids=$("$cmplt" list --state responded --format tsv | awk -F '\t' -v limit="$(date -u -d "$days days ago" +%Y-%m-%dT%H:%M:%SZ)" '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $col["responded_at"] != "" && $col["responded_at"] < limit { print $col["id"] }')

for id in $ids; do
    "$cmplt" -q advance "$id" --to closed --outcome no-reply --by close-unanswered \
        --note "No reply within $days days of the response"
    echo "$id"
done
