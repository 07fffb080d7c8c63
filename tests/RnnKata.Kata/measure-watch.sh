#!/usr/bin/env bash
# Measures the front door's warm rebuild-and-test time: in a copy of the kata (git archive of HEAD) with Lab 1's
# reference solution laid over the exercise (so that all 37 tests run), starts `watch --lab Lab01`, waits for its
# first screen, then saves the lab's file 5 times, 6 s apart, and prints the time each rerun took and the load.
# Usage: tests/RnnKata.Kata/measure-watch.sh   (from the repository root; takes one build of Lab 1's tests, then ~40 s)
set -euo pipefail
root=$(pwd)
copy=$(mktemp -d)
trap 'kill "$watch" 2>/dev/null || true; rm -rf "$copy"' EXIT
git -C "$root" archive HEAD | tar -x -C "$copy"
cp "$root"/solutions/Lab01.TwoStepRnn/*.cs "$copy"/exercises/Lab01.TwoStepRnn/
cd "$copy"
dotnet build tests/RnnKata.Kata -v q -nologo > build.log 2>&1
dotnet tests/RnnKata.Kata/bin/Debug/net10.0/RnnKata.Kata.dll watch --lab Lab01 < /dev/null > watch.log 2>&1 &
watch=$!
until grep -q "rebuilt and tested" watch.log; do sleep 1; done
for i in 1 2 3 4 5; do
  sleep 6
  echo "// save $i" >> exercises/Lab01.TwoStepRnn/TwoStepRnn.cs
done
sleep 8
grep -o "rebuilt and tested in [0-9.]* s" watch.log | tail -n 5
uptime
