#!/usr/bin/env bash
# Mutation testing of the labs' reference solutions with Stryker.NET (the version pinned in
# .config/dotnet-tools.json). Each lab's settings are in tests/LabNN.*.Tests/stryker-config.json:
# only the lab's solution project is mutated (never the given code), one worker at a time.
#   tests/mutation.sh Lab04            one lab (Lab01 … Lab08)
#   tests/mutation.sh all              every lab, one after the other
# Reports go to tests/LabNN.*.Tests/StrykerOutput/<date>/reports/ (html and json; ignored by git).
# Scores and the surviving mutants worth knowing about are recorded in tests/LabNN.*.Tests/MUTATION.md.
set -uo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: tests/mutation.sh all|Lab01|Lab02|Lab03|Lab04|Lab05|Lab06|Lab07|Lab08" >&2; exit 1; }
[ $# -eq 1 ] || usage

case "$1" in
  all) labs=(Lab01 Lab02 Lab03 Lab04 Lab05 Lab06 Lab07 Lab08) ;;
  Lab01|Lab02|Lab03|Lab04|Lab05|Lab06|Lab07|Lab08) labs=("$1") ;;
  *) usage ;;
esac

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed (is dotnet-stryker 5.1.0 reachable?)" >&2; exit 2; }

scores=()
status=0
for lab in "${labs[@]}"; do
  folder=$(ls -d tests/"$lab".*.Tests 2>/dev/null | head -1)
  [ -n "$folder" ] || { echo "no test project for $lab under tests/" >&2; exit 2; }
  log=$(mktemp)
  echo "== $lab: KataTarget=solutions dotnet stryker (in $folder)"
  # KataTarget from the environment is an MSBuild property: the tests compile against the solution.
  (cd "$folder" && KataTarget=solutions dotnet stryker) 2>&1 | tee "$log"
  code=${PIPESTATUS[0]}
  score=$(grep -o 'The final mutation score is [0-9.]* %' "$log" | tail -1 | grep -o '[0-9.]* %')
  rm -f "$log"
  if [ "$code" -ne 0 ] || [ -z "$score" ]; then
    scores+=("$lab: stryker failed (exit $code)")
    status=1
  else
    scores+=("$lab: $score")
  fi
done

echo "== Mutation scores"
printf '%s\n' "${scores[@]}"
exit "$status"
