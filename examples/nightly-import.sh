#!/bin/sh
# Nightly import of a drop folder: every CSV or JSON Lines file in DIR/incoming is imported
# (all or nothing per file) and moved to DIR/done, or, when cmplt refuses it, to DIR/rejected
# with the reasons beside it in FILE.errors.
#
#   30 2 * * *  CMPLT_DB=/srv/complaints.db /path/to/nightly-import.sh /srv/complaint-drops
#
# Rows whose ref is already in the register are skipped, so a file delivered twice does no
# harm. Exits 1 when any file was rejected, so cron reports it. Set CMPLT to the binary if
# cmplt is not on PATH.
set -eu
cmplt=${CMPLT:-cmplt}
dir=${1:?usage: nightly-import.sh DIR}
mkdir -p "$dir/incoming" "$dir/done" "$dir/rejected"

status=0
for file in "$dir"/incoming/*.csv "$dir"/incoming/*.jsonl; do
    [ -f "$file" ] || continue
    name=$(basename "$file")
    if "$cmplt" import --skip-existing --by nightly-import "$file" 2>"$dir/rejected/$name.errors"; then
        rm -f "$dir/rejected/$name.errors"
        mv "$file" "$dir/done/$name"
    else
        mv "$file" "$dir/rejected/$name"
        echo "rejected $name: $(tail -n 1 "$dir/rejected/$name.errors")" >&2
        status=1
    fi
done
exit $status
