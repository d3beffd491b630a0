#!/bin/bash
# usage: dupchk.sh "sentence1" "sentence2"
for s in "$@"; do echo "== $s"; grep -rlF -- "$s" /work/main/tests/data/corpus/docs/ /work/shared/corpus/ 2>/dev/null | head; done
