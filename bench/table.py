"""Turns bench/load's results.jsonl into the Markdown table of BENCHMARKS.md."""
import json
import sys

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
print("| phase | scenario | requests/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | socket errors |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
for r in rows:
    print(f"| {r['phase']} | {r['scenario']} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p90_ms']:.1f} "
          f"| {r['p99_ms']:.1f} | {r['max_ms']:.0f} | {r['non2xx']} | {r['socket_errors']} |")
