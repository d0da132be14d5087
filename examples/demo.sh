#!/bin/sh
# A sample register, walked through the ISO 10002 workflow.
#
#   CMPLT=path/to/cmplt sh examples/demo.sh     (make demo sets CMPLT)
#
# Uses a throw-away register unless CMPLT_DB is set.
set -eu
cmplt=${CMPLT:-cmplt}
export CMPLT_DB="${CMPLT_DB:-$(mktemp -d)/demo.db}"
run() { printf '\n$ cmplt %s\n' "$*"; "$cmplt" "$@"; }

echo "Register: $CMPLT_DB"

# Three complaints arrive, the first two days ago.
first=$("$cmplt" log "Charged twice for order 5521" --channel email --category billing \
    --severity high --complainant "Ana Silva" --contact ana@example.com --ref TCK-1041 \
    --received-at 2d --tag refund)
second=$(echo "Parcel left in the rain; contents ruined" | "$cmplt" log --channel phone \
    --category delivery --product "Next-day delivery" --received-at 1d)
third=$("$cmplt" log "Rude agent on the phone" --channel phone --category service --severity low)

# The first goes the whole way: acknowledged, assessed, investigated, answered, closed.
run advance "$first" --note "Acknowledged by email" --at 47h
run advance "$first" --assignee bob --at 40h
run advance "$first" --at 30h
run advance "$first" --to responded --resolution "Refunded the second charge" --upheld yes --at 20h
run advance "$first" --to closed --outcome accepted

# The second is acknowledged and needs a severity before it can be assessed.
run advance "$second"
run advance "$second" --severity medium --note "Photos received"
run note "$second" "Courier asked for their report"

# The third is withdrawn by the complainant.
run advance "$third" --to closed --outcome withdrawn --note "Customer called back: no longer wants to pursue"

run list
run show "$first"
run list --open --json
