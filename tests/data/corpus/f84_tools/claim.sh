#!/bin/bash
# usage: claim.sh owner/repo ... -> runs excl.sh; on ok, writes "owner/repo<TAB>-" into REPOS.txt (before reading it)
cd "$(dirname "$0")/.."
for r in "$@"; do
  a=$(tools/excl.sh "$r")
  echo "$a"
  case "$a" in ok*) grep -qxF "$r	-" REPOS.txt || printf '%s\t-\n' "$r" >> REPOS.txt;; esac
done
