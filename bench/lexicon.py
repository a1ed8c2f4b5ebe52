"""The language layer: how long the dictionaries take to load, and what they cost in memory.

Loads both languages in a fresh process (cold: unpacking from the jar; warm: the unpacked copy
in the cache folder), then reads the readings of every word of the real corpus.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "replies.jsonl"

CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
from reactiewijzer.core.lexicon import lexicon, warm_up
t1 = time.perf_counter()
warm_up()
t2 = time.perf_counter()
words = sys.stdin.read().split()
t3 = time.perf_counter()
for w in words:
    lexicon("nl").classes_of(w)
t4 = time.perf_counter()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"import_ms": (t1 - t0) * 1000, "ready_ms": (t2 - t1) * 1000,
                  "per_word_us": (t4 - t3) / max(1, len(words)) * 1e6,
                  "rss_mb": rss / 1024, "words": len(words)}))
"""


def run(cache: str, words: str) -> dict:
    env = {**os.environ, "REACTIEWIJZER_CACHE_DIR": cache}
    out = subprocess.run(
        [sys.executable, "-c", CHILD],
        input=words,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(out.stdout)


def main() -> None:
    words = ""
    if CORPUS.is_file():
        rows = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line]
        words = " ".join(sorted({w for r in rows for w in r["draft"].split()}))
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with tempfile.TemporaryDirectory() as cache:
        cold = run(cache, words)
        warm = [run(cache, words) for _ in range(5)]
    warm.sort(key=lambda r: r["ready_ms"])
    mid = warm[len(warm) // 2]
    print(f"dictionaries ready, first run (unpacking the jar): {cold['ready_ms']:.0f} ms")
    print(f"dictionaries ready, later runs (median of 5):      {mid['ready_ms']:.0f} ms")
    n, us = mid["words"], mid["per_word_us"]
    print(f"first lookup of {n} distinct corpus words: {us:.1f} µs per word")
    print(
        f"process memory after loading both (max RSS): {mid['rss_mb']:.0f} MB "
        f"(this bench's own Python: {base:.0f} MB)"
    )


if __name__ == "__main__":
    start = time.perf_counter()
    main()
