"""Parse time of pasted threads: a typical thread (median of many runs) and 10 MB of text.

    .venv/bin/python bench/thread.py

Target: 10 MB in under 2 s. The 10 MB paste is built from the corpus threads in tests/threads/
(all formats), so it looks like what people really paste, only far longer.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from reactiewijzer.core.thread import read_thread  # noqa: E402

CORPUS = ROOT / "tests" / "threads"
TEN_MB = 10 * 1024 * 1024


def _timed(text: str) -> tuple[float, object]:
    start = time.perf_counter()
    thread = read_thread(text)
    return time.perf_counter() - start, thread


def main() -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
    read_thread("warm up: Jan: hoi")  # loads and compiles the word lists once

    typical = texts["fb_parkeervergunning"]
    runs = [_timed(typical)[0] for _ in range(200)]
    print(f"typical thread ({len(typical)} chars): median {statistics.median(runs) * 1000:.2f} ms")

    per_thread = [statistics.median(_timed(t)[0] for _ in range(5)) for t in texts.values()]
    print(
        f"corpus ({len(texts)} threads): median {statistics.median(per_thread) * 1000:.2f} ms, "
        f"max {max(per_thread) * 1000:.2f} ms"
    )

    for name in (
        "fb_parkeervergunning",
        "x_a27_afsluiting",
        "tr_whatsapp_sluis",
        "email_en_bridge",
    ):
        unit = texts[name] + "\n"
        big = unit * (TEN_MB // len(unit.encode("utf-8")) + 1)
        seconds, thread = _timed(big)
        verdict = "ok" if seconds < 2 else "TOO SLOW"
        print(
            f"10 MB of {name} ({len(big.encode('utf-8')) / 1e6:.1f} MB): {seconds:.2f} s "
            f"[{verdict}], {len(thread.posts)} posts read, format {thread.format}"
        )
    mixed = "\n\n".join(texts.values())
    big = (mixed + "\n\n") * (TEN_MB // len(mixed.encode("utf-8")) + 1)
    seconds, thread = _timed(big)
    print(
        f"10 MB of all formats mixed: {seconds:.2f} s, {len(thread.posts)} posts, {thread.format}"
    )


if __name__ == "__main__":
    main()
