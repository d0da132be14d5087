#!/bin/sh
# Daily digest of overdue complaints, for a cron job:
#
#   0 8 * * 1-5  CMPLT_DB=/srv/complaints.db /path/to/overdue-digest.sh | mail -s "Overdue complaints" team@example.com
#
# Prints nothing and exits 0 when nothing is overdue, so cron sends no empty mail.
# Set CMPLT to the binary if cmplt is not on PATH.
set -eu
cmplt=${CMPLT:-cmplt}

# TSV: a header row, then one complaint per line; fields are looked up by header name.
"$cmplt" list --overdue --sort due_response_at --format tsv | awk -F '\t' '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    {
        n++
        by_category[$col["category"]]++
        due = $col["acknowledged_at"] == "" ? "acknowledge by " $col["due_acknowledge_at"] : "respond by " $col["due_response_at"]
        line[n] = sprintf("  #%-6s %-13s %-9s %-14s %s", $col["id"], $col["state"], ($col["severity"] == "" ? "-" : $col["severity"]), $col["category"], due)
    }
    END {
        if (n == 0) exit 0
        printf "%d overdue complaint%s\n\n", n, (n == 1 ? "" : "s")
        for (c in by_category) printf "  %-20s %d\n", c, by_category[c] | "sort"
        close("sort")
        print ""
        for (i = 1; i <= n; i++) print line[i]
    }'
