"""Median time of check() for drafts of 280, 2,000 and 20,000 characters, and rule loading.

Targets (issue #2): 280 chars <= 1 ms, 2,000 chars <= 5 ms, growth linear; loading all rule
packs <= 150 ms. Run: .venv/bin/python bench/engine.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

REPLY = (
    "Hoi Anna 👋, vervelend dat je vanochtend in de file stond bij Lexmond. De A27 was dicht "
    "door een ongeluk. Middels de omleiding via de N210 kom je er ook. Ik laat je vrijdag weten "
    "hoe lang het duurt. Bel gerust 0800-8002 als je vragen hebt!\nGroet, Sanne (Rijkswaterstaat)\n"
)


def draft_of(size: int) -> str:
    return (REPLY * (size // len(REPLY) + 1))[:size]


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    code = (
        "import time; t=time.perf_counter(); from reactiewijzer.core.rules import load_rules; "
        "from reactiewijzer.core.checks.base import catalogue; load_rules(); catalogue(); "
        "print((time.perf_counter()-t)*1000)"
    )
    loads = [float(subprocess.check_output([sys.executable, "-c", code])) for _ in range(5)]
    print(f"load all rule packs (cold process, incl. imports): {statistics.median(loads):.1f} ms")

    from reactiewijzer import check

    check("warm up")
    for size, runs in ((280, 200), (2_000, 100), (20_000, 20)):
        draft = draft_of(size)
        ms = median_ms(lambda d=draft: check(d, platform="x"), runs)
        print(f"check {size:>6} chars: median {ms:7.2f} ms  ({ms / size * 1000:.2f} µs/char)")


if __name__ == "__main__":
    main()
