"""Median time of check() for drafts of 280, 2,000 and 20,000 characters, and rule loading.

"typing" changes the end of the draft before each check, as a keystroke does; "new draft"
changes every sentence, as a paste does.

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
    "hoe het met melding {n} staat. Bel gerust 0800-8002 als je vragen hebt!\n"
    "Groet, Sanne (Rijkswaterstaat)\n"
)


def draft_of(size: int, tag: str = "") -> str:
    """A draft of `size` characters whose lines all differ (no line is checked twice)."""
    blocks = [REPLY.format(n=f"{tag}{i}") for i in range(size // len(REPLY) + 2)]
    return "".join(blocks)[:size]


def median_ms(fn, runs: int) -> tuple[float, float]:
    """Median milliseconds of `fn()`: wall clock, and this thread's CPU time (steadier when
    other work shares the machine)."""
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.thread_time()
        fn()
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
    return statistics.median(wall), statistics.median(cpu)


_COUNTER = iter(range(10**9))  # makes each checked draft different


def main() -> None:
    code = (
        "import time; c=time.process_time; t=time.perf_counter; "
        "t0=t(); c0=c(); import reactiewijzer; t1=t(); c1=c(); "
        "from reactiewijzer.core.rules.loader import _load, rules_dir; "
        "from reactiewijzer.core.checks.base import catalogue; "
        "t2=t(); c2=c(); _load(str(rules_dir())); catalogue(); t3=t(); c3=c(); "
        "print((t1-t0)*1000, (t3-t2)*1000, (c1-c0)*1000, (c3-c2)*1000)"
    )
    runs = [subprocess.check_output([sys.executable, "-c", code]).split() for _ in range(5)]
    imports, loads, imports_cpu, loads_cpu = (
        statistics.median(float(r[i]) for r in runs) for i in range(4)
    )
    print(
        f"load and compile all rule packs: {loads:.1f} ms, CPU {loads_cpu:.1f} ms "
        f"(importing the package: {imports:.1f} ms, CPU {imports_cpu:.1f} ms)"
    )

    from reactiewijzer import check

    check("warm up")
    for size, runs in ((280, 200), (2_000, 100), (20_000, 20)):
        base = draft_of(size)
        # While typing: each check sees the draft with its last characters changed, as after a
        # keystroke; the other sentences are as they were (their due dates stay cached).
        typing, typing_cpu = median_ms(lambda b=base: check(b[:-6] + f"{next(_COUNTER):06d}"), runs)
        # A new draft: every line is new (as after pasting), so nothing is cached.
        fresh, fresh_cpu = median_ms(
            lambda s=size: check(draft_of(s, tag=f"{next(_COUNTER)}-")), max(5, runs // 4)
        )
        print(
            f"check {size:>6} chars: typing median {typing:7.2f} ms, CPU {typing_cpu:6.2f} ms "
            f"({typing / size * 1000:.2f} µs/char); new draft median {fresh:7.2f} ms, "
            f"CPU {fresh_cpu:6.2f} ms"
        )


if __name__ == "__main__":
    main()
