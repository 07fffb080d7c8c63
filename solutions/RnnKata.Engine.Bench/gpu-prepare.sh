#!/usr/bin/env bash
# Builds here, on a CPU machine, everything gpu-check.sh needs on the GPU machine, which has no .NET SDK and no network:
# the benchmark and the conformance suite (as a Microsoft.Testing.Platform program, runnable without the SDK), both for
# linux-x64, and this machine's .NET runtime; packed into .artifacts/gpu-check.tar.xz (git ignores .artifacts/).
# Then, with the device tool (docs/engine.md, "On a GPU"):
#   run(command="bash solutions/RnnKata.Engine.Bench/gpu-check.sh", carry=[".artifacts/gpu-check.tar.xz"], timeout_s=420)
set -euo pipefail
cd "$(dirname "$0")/../.."
stage=.artifacts/gpu-check
build=.artifacts/gpu-build
archive=.artifacts/gpu-check.tar.xz
rm -rf "$stage" "$archive"
mkdir -p "$stage"

common=(-c Release -r linux-x64 --self-contained false --artifacts-path "$build" -p:KataTarget=solutions -nologo -v q)
echo "== publishing the benchmark"
dotnet publish solutions/RnnKata.Engine.Bench/RnnKata.Engine.Bench.csproj "${common[@]}" -o "$stage/bench"
echo "== publishing the conformance suite as a program"
dotnet publish tests/RnnKata.Engine.Conformance.Tests/RnnKata.Engine.Conformance.Tests.csproj "${common[@]}" \
  -p:EnableNUnitRunner=true -o "$stage/conformance"
rm -rf "$stage/conformance/Microsoft.CodeCoverage" # coverage collectors: not needed to run the tests, 30 MB

echo "== copying the .NET runtime"
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
runtime=$(dotnet --list-runtimes | awk '$1 == "Microsoft.NETCore.App" && $2 ~ /^10\./ { v = $2 } END { print v }')
[ -n "$runtime" ] || { echo "no .NET 10 runtime found under $dotnet_root" >&2; exit 1; }
mkdir -p "$stage/dotnet/shared/Microsoft.NETCore.App"
cp -a "$dotnet_root/dotnet" "$dotnet_root/host" "$stage/dotnet/"
cp -a "$dotnet_root/shared/Microsoft.NETCore.App/$runtime" "$stage/dotnet/shared/Microsoft.NETCore.App/"

echo "== packing $archive"
tar -C .artifacts -cf - gpu-check | xz -6 -T2 > "$archive"
size=$(stat -c %s "$archive")
echo "$archive: $((size / 1048576)) MiB (runtime $runtime); the device tool carries at most 64 MiB with the working tree"
[ "$size" -lt $((56 * 1048576)) ] || { echo "too large to carry" >&2; exit 1; }
