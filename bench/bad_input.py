"""CPU time of check(), read_thread() and find_commitments() on the bad input of issue 17.

Long runs of one character or separator, 10,000 blank lines, "www" x 100,000 and a long link
after a closing took seconds to minutes before the patterns were made linear (e.g. the
sign-off pattern 270 s on a 158-character reply). Target: at most 1 s per 100,000 characters.
Run: .venv/bin/python bench/bad_input.py
"""

from __future__ import annotations

import time
from datetime import datetime

from reactiewijzer import check, find_commitments, read_thread

SIZE = 100_000
UNITS = ["a", "\n", "a.", "a-", "a--", "a+", "06-", "1.", "1.2.", "1/", "www", "a ", "Groet, "]
WRITTEN_AT = datetime(2024, 5, 1)


def cpu(fn, text: str) -> float:
    start = time.process_time()
    fn(text)
    return time.process_time() - start


def main() -> None:
    check("Hoi Anna, ik bel je vrijdag.\nGroet, Sanne", thread="@anna: Waarom?")  # load once
    cases = [(repr(u), (u * (SIZE // len(u) + 1))[:SIZE]) for u in UNITS]
    cases.append(("closing + link", "Hoi Anna,\nGroeten, https://x.nl/" + "a" * SIZE + " b c"))
    cases.append(("sign-off, issue", "Groet, " + "a" * 40 + " b c d e f g h"))
    print(f"{'input':<18}{'check':>9}{'thread':>9}{'promises':>10}   (CPU seconds)")
    for name, text in cases:
        promises = cpu(lambda t: find_commitments(t, written_at=WRITTEN_AT), text)
        print(f"{name:<18}{cpu(check, text):9.2f}{cpu(read_thread, text):9.2f}{promises:10.2f}")


if __name__ == "__main__":
    main()
