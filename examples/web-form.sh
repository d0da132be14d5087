#!/bin/sh
# Log a complaint submitted through a web form. The form's handler pipes the submission, one
# JSON object with cmplt's keys, to this script and gets the complaint's id back:
#
#   {"ref":"form-8841","description":"…","channel":"web","category":"delivery",
#    "complainant":"Ana Silva","contact":"ana@example.com","desired_outcome":"Refund"}
#
# The form's own submission id goes in "ref": a webhook delivered twice logs one complaint,
# and the second delivery prints the same id. Exits 5 with the reason on stderr when the
# submission is not a valid complaint. Set CMPLT to the binary if cmplt is not on PATH.
set -eu
cmplt=${CMPLT:-cmplt}

body=$(cat)
ref=$(printf '%s' "$body" | sed -n 's/.*"ref"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
if [ -z "$ref" ]; then
    echo "web-form: the submission needs a \"ref\" (the form's submission id)" >&2
    exit 2
fi

printf '%s\n' "$body" | tr '\n' ' ' | sed 's/$/\n/' | "$cmplt" -q import - --format jsonl --skip-existing --by web-form
"$cmplt" list --ref "$ref" --format tsv | awk -F '\t' 'NR == 2 { print $1 }'
