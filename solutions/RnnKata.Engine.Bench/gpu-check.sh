#!/usr/bin/env bash
# The CUDA backend's check on a GPU machine, in one short call of the device tool (docs/engine.md, "On a GPU"):
# the conformance suite on cuda, then benchmark configurations A-H on cuda, and the table beside the cuDNN figures of
# issue 15, written as Markdown into $OUT (cuda-table.md, ready to paste into docs/engine.md) with the logs beside it.
# Needs .artifacts/gpu-check.tar.xz from gpu-prepare.sh (run here first); uses no SDK and no network. About 5 minutes.
set -uo pipefail
cd "$(dirname "$0")/../.."
out=${OUT:-/tmp/rnnkata-gpu-out}
work=/tmp/rnnkata-gpu
archive=.artifacts/gpu-check.tar.xz
mkdir -p "$out"
summary="$out/summary.md"
note() { echo "$*" | tee -a "$summary"; }

note "# RnnKata engine on CUDA, $(date -u +%Y-%m-%dT%H:%MZ)"
{ nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv; nvidia-smi; ldconfig -p | grep -i libcuda; } \
  > "$out/nvidia-smi.txt" 2>&1
note "GPU: $(nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>&1 | head -1)"
note "driver libraries: $(ldconfig -p 2>/dev/null | grep -o 'libcuda\.so[.0-9]*' | sort -u | tr '\n' ' ')"

[ -f "$archive" ] || { note "missing $archive: run solutions/RnnKata.Engine.Bench/gpu-prepare.sh here and carry it"; exit 2; }
rm -rf "$work" && mkdir -p "$work"
tar -C "$work" -xJf "$archive" 2>/dev/null \
  || python3 -c 'import sys, tarfile; tarfile.open(sys.argv[1]).extractall(sys.argv[2])' "$archive" "$work" \
  || { note "could not unpack $archive"; exit 2; }
export DOTNET_ROOT="$work/gpu-check/dotnet" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 TESTINGPLATFORM_TELEMETRY_OPTOUT=1
export PATH="$DOTNET_ROOT:$PATH"

note ""
note "## Conformance on cuda"
timeout 200 dotnet "$work/gpu-check/conformance/RnnKata.Engine.Conformance.Tests.dll" \
  --settings solutions/RnnKata.Engine.Bench/gpu-check.runsettings --no-ansi --results-directory "$work/results" \
  > "$out/conformance.txt" 2>&1
conformance=$?
grep -E '^\s+(total|failed|succeeded|skipped):' "$out/conformance.txt" | sed 's/^ */- /' | tee -a "$summary"
skipped=$(awk '/^ *skipped:/ { print $2 }' "$out/conformance.txt")
# All skipped means CUDA did not start (the fixtures ignore themselves with the reason): that is a failure here.
if [ "$conformance" -ne 0 ] || [ "${skipped:-1}" != "0" ]; then
  note "conformance on cuda: NOT passed (exit $conformance, skipped ${skipped:-?}); the first failed tests and why CUDA was skipped:"
  { grep -E '^failed ' "$out/conformance.txt" | head -n 10; grep -m 1 -o 'No CUDA here: .*' "$out/conformance.txt"; } | tee -a "$summary"
else
  note "conformance on cuda: passed"
fi

note ""
note "## Benchmark A-H on cuda"
timeout 300 dotnet "$work/gpu-check/bench/RnnKata.Engine.Bench.dll" --backend cuda --rounds 3 --seconds 1 --warmup 0.5 \
  --quiet-wait 1 --quiet-budget 5 --cudnn > "$out/bench.txt" 2>&1
bench=$?
sed -n '/^<!-- cudnn-table/,/^cuDNN:/p' "$out/bench.txt" > "$out/cuda-table.md"
if [ -s "$out/cuda-table.md" ]; then
  tee -a "$summary" < "$out/cuda-table.md"
else
  note "no table (benchmark exit $bench); its last lines:"
  tail -n 15 "$out/bench.txt" | tee -a "$summary"
fi
grep -E '^gemm' "$out/bench.txt" | tee -a "$summary"
[ "$conformance" -eq 0 ] && [ "${skipped:-1}" = "0" ] && [ "$bench" -eq 0 ]
