"""LanguageTool: time from start to ready, warm check time, and the JVM's memory.

    .venv/bin/python bench/languagetool.py [--runs 30] [--warmup 20] [--heap 512] [--flags "..."]

Targets (issue 3): ready <= 10 s, median warm check of a 280-character Dutch draft <= 150 ms,
JVM resident memory <= 700 MB. Prints numbers; it is not a pass/fail test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from reactiewijzer.core.languagetool import GrammarChecker
from reactiewijzer.core.languagetool_server import HEAP_MB, JVM_FLAGS, LocalServer
from reactiewijzer.core.wordlist import AcceptedWords, PersonalWordList

# 280 characters, a realistic reply with two deliberate errors ("gezein", "hij loop").
DRAFT_NL = (
    "Hoi Anna, dank je voor je bericht over de afsluiting van de brug bij Zaltbommel. "
    "Ik heb het gisteren gezein en snap dat het lastig is. Hij loop morgen met een collega langs "
    "om te kijken wat we kunnen doen. Ik laat je vrijdag weten wat eruit komt. Fijne avond nog! "
    "Groet, Sanne"
)
TARGETS = {"ready_s": 10.0, "warm_ms": 150.0, "rss_mb": 700.0}


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (/proc; psutil where /proc is missing)."""
    status = Path(f"/proc/{pid}/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import psutil

    return psutil.Process(pid).memory_info().rss / 1024 / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=20, help="unmeasured checks first")
    parser.add_argument("--heap", type=int, default=HEAP_MB, help="-Xmx in MB")
    parser.add_argument("--flags", default=None, help="JVM flags instead of the shipped ones")
    args = parser.parse_args()
    flags = tuple(args.flags.split()) if args.flags is not None else JVM_FLAGS

    tmp = Path(tempfile.mkdtemp(prefix="lt-bench-"))
    server = LocalServer(heap_mb=args.heap, jvm_flags=flags, log_file=tmp / "languagetool.log")
    words = AcceptedWords(PersonalWordList(tmp / "words.txt"))
    checker = GrammarChecker(server=server, words=words)
    print(f"draft: {len(DRAFT_NL)} characters; JVM: -Xmx{args.heap}m {' '.join(flags)}")
    if hasattr(os, "getloadavg"):  # other work on the machine moves these numbers a lot
        print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    try:
        t0 = time.perf_counter()
        checker.start()
        ready = time.perf_counter() - t0
        if checker.state != "ready":
            print(f"not ready: {checker.status_en}")
            return 1
        print(
            f"java: {server.java.path} (Java {server.java.version}); LanguageTool {checker.version}"
        )
        t0 = time.perf_counter()
        first = checker.check(DRAFT_NL, "nl")
        first_ms = (time.perf_counter() - t0) * 1000
        checker.wait_until_warm()  # English loads in the background; measure after that
        for _ in range(args.warmup):  # let the JIT compile the hot paths first
            checker.check(DRAFT_NL, "nl")
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            findings = checker.check(DRAFT_NL, "nl")
            times.append((time.perf_counter() - t0) * 1000)
            assert [f.rule for f in findings] == [f.rule for f in first]
        rss = rss_mb(server.pid)
    finally:
        checker.close()
    warm = statistics.median(times)
    results = {"ready_s": ready, "warm_ms": warm, "rss_mb": rss}
    print(f"start to ready:            {ready:8.2f} s   (target <= {TARGETS['ready_s']:.0f} s)")
    print(
        f"first Dutch check:         {first_ms:8.0f} ms  (right after ready: Dutch still loading)"
    )
    target = TARGETS["warm_ms"]
    print(
        f"warm check, median of {args.runs}: {warm:6.0f} ms  (target <= {target:.0f} ms; "
        f"min {min(times):.0f}, max {max(times):.0f}; after {args.warmup} unmeasured)"
    )
    print(f"JVM resident memory:       {rss:8.0f} MB  (target <= {TARGETS['rss_mb']:.0f} MB)")
    print(f"findings: {', '.join(f.rule for f in first)}")
    missed = [k for k, v in results.items() if v > TARGETS[k]]
    print("all targets met" if not missed else f"missed: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
