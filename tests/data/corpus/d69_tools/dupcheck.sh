#!/bin/bash
# usage: dupcheck.sh "sentence1" "sentence2" -> greps each (spaces removed) in the corpus docs
for s in "$@"; do s2=$(echo "$s" | tr -d ' \t　'); n=$(cat /work/main/tests/data/corpus/docs/* | tr -d ' \t　' | grep -c -F -- "$s2"); echo "$n  $s2"; done
