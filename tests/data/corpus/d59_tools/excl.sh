#!/bin/bash
# usage: excl.sh owner/repo ... -> hits in the exclusion lists named in the brief of dev set 59
for r in "$@"; do
L="/work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/fresh59/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md $(ls /work/*/REPOS.txt /work/main/tests/data/corpus/*_tools/REPOS.txt 2>/dev/null | grep -v '^/work/dev59/')"
hit=$(grep -il -- "$r" $L 2>/dev/null | head -3 | tr '\n' ' ')
if [ -n "$hit" ]; then echo "EXCLUDED $r: $hit"; else echo "ok $r"; fi
done
