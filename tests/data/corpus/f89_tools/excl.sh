#!/bin/bash
# usage: excl.sh owner/repo ... (run as tests/data/corpus/f89_tools/excl.sh) -> EXCLUDED if the repository is named in issue 9's excluded list, the corpus or cleaning PROVENANCE.md or any set's REPOS.txt
C=$(cd "$(dirname "$0")/../.." && pwd)
L="$C/corpus/PROVENANCE.md $C/cleaning/PROVENANCE.md $(ls $C/corpus/*_tools/REPOS.txt $C/corpus/*/REPOS.txt 2>/dev/null) $(dirname "$0")/issue9_excluded.txt"
for r in "$@"; do
hit=$(grep -il -- "$r" $L 2>/dev/null | grep -v f89_tools | tr '\n' ' ')
if [ -n "$hit" ]; then echo "EXCLUDED $r: $hit"; else echo "ok $r"; fi
done
