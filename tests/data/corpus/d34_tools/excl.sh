#!/bin/bash
# usage: excl.sh owner/repo -> prints hits in the exclusion lists named in the brief of dev set 34 (nothing = pass)
for r in "$@"; do
 grep -il -F "$r" /work/briefs/ISSUE_EXCLUDED.txt /work/briefs/USED_REPOS.txt /work/fresh34/REPOS.txt /work/*/REPOS.txt /work/main/tests/data/corpus/*_tools/REPOS.txt /work/main/tests/data/corpus/PROVENANCE.md /work/main/tests/data/cleaning/PROVENANCE.md 2>/dev/null | grep -v '^/work/dev34/REPOS.txt$' | sed "s#^#$r: #"
done
