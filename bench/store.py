"""The commitment log with 100,000 commitments: open + overdue list, search, durable insert.

Targets (issue #5): open and filter the overdue list <= 50 ms, full-text search <= 10 ms,
a durable insert (on disk when add() returns) <= 5 ms.
Run: .venv/bin/python bench/store.py [--rows 100000] [--keep DIR]

The log is filled through the CSV import (the same path a user takes), in a temporary data
folder, on the local disk. Times are medians (and 95th percentiles) of repeated runs with
a warm page cache, which is how the app meets the file after the first start of the day.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from reactiewijzer.core.store import CommitmentStore

PEOPLE = [
    f"{first} {last}"
    for first in (
        "Anna",
        "Piet",
        "Sanne",
        "Mohammed",
        "Fleur",
        "Joost",
        "Noor",
        "Daan",
        "Yara",
        "Bram",
    )
    for last in (
        "de Vries",
        "Jansen",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "Bos",
        "Vos",
    )
]
SUBJECTS = [
    "de lantaarnpaal",
    "het fietspad",
    "de vergunning",
    "de afvalcontainer",
    "de bushalte",
    "het speelveld",
    "de parkeerplaats",
    "de stoep",
    "het bankje",
    "de boom",
    "de omleiding",
    "de brug",
    "de wateroverlast",
    "de subsidie",
]
PROMISES = [
    "Ik laat je vrijdag weten hoe het zit met {s}.",
    "We sturen je een brief over {s}.",
    "We komen binnen twee weken terug op {s}.",
    "Ik zoek uit wat er met {s} aan de hand is.",
    "We gaan {s} repareren.",
    "Ik bel je morgen over {s}.",
]


def make_csv(path: Path, rows: int, today: date, rng: random.Random) -> dict[str, int]:
    counts = {"open": 0, "overdue": 0, "done": 0, "dropped": 0}
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(
            [
                "text",
                "due",
                "status",
                "person",
                "handle",
                "platform",
                "reply",
                "thread_excerpt",
                "created",
                "done_at",
                "updated",
            ]
        )
        for i in range(rows):
            person = rng.choice(PEOPLE)
            subject = rng.choice(SUBJECTS)
            text = rng.choice(PROMISES).format(s=subject) + f" (#{i})"
            created = datetime.combine(today, datetime.min.time()) - timedelta(
                days=rng.uniform(0, 330), seconds=rng.randrange(86400)
            )
            due = created.date() + timedelta(days=rng.randrange(1, 30))
            # A busy team account: most promises are kept, a few dropped, 8% still open.
            roll = rng.random()
            status = "open" if roll < 0.08 else ("dropped" if roll < 0.12 else "done")
            if status == "open":
                due = today + timedelta(days=rng.randrange(-30, 60))
                counts["overdue"] += due < today
            counts[status] += 1
            done_at = (created + timedelta(days=rng.uniform(0, 20))) if status != "open" else None
            reply = (
                f"Hoi {person.split()[0]}, dank voor je bericht over {subject}. {text} "
                "Groet, team Participatie"
            )
            handle = "@" + person.lower().replace(" ", "_")
            # The citizen's post the reply answered, as the copy flow keeps it.
            excerpt = (
                f"{person} ({handle}): Wanneer wordt er iets gedaan aan {subject}? "
                f"Ik heb het al {rng.randrange(2, 9)} keer gemeld en er gebeurt niets."
            )
            w.writerow(
                [
                    text,
                    due.isoformat(),
                    status,
                    person,
                    handle,
                    rng.choice(["x", "facebook"]),
                    reply,
                    excerpt,
                    created.astimezone().isoformat(timespec="seconds"),
                    done_at.astimezone().isoformat(timespec="seconds") if done_at else "",
                    (done_at or created).astimezone().isoformat(timespec="seconds"),
                ]
            )
    return counts


def timed(fn, runs: int) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the log in this folder and keep it")
    args = parser.parse_args()
    today = date.today()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="rw-bench-"))
    db_path = folder / "commitments.db"
    rng = random.Random(5)

    counts = make_csv(folder / "seed.csv", args.rows, today, rng)
    t = time.perf_counter()
    with CommitmentStore(db_path, today=today) as store:
        imported = store.import_csv(folder / "seed.csv")
    print(
        f"import {imported:,} rows from CSV: {time.perf_counter() - t:.1f} s  "
        f"(open {counts['open']:,}, of which overdue {counts['overdue']:,}; "
        f"done {counts['done']:,}; dropped {counts['dropped']:,})"
    )
    size = db_path.stat().st_size / 1e6
    print(f"database: {size:.1f} MB")

    def open_and_overdue():
        with CommitmentStore(db_path, today=today) as s:
            return s.list("overdue", today=today)

    med, p95, rows = timed(open_and_overdue, 30)
    print(
        f"open + overdue list ({len(rows):,} rows): median {med:.1f} ms, p95 {p95:.1f} ms  "
        "(target <= 50 ms)"
    )

    store = CommitmentStore(db_path, today=today)
    med, p95, rows = timed(lambda: store.list("overdue", today=today), 30)
    print(f"overdue list alone ({len(rows):,} rows): median {med:.1f} ms, p95 {p95:.1f} ms")
    med, p95, rows = timed(lambda: store.due_soon(today), 30)
    print(f"start reminder, due_soon ({len(rows):,} rows): median {med:.1f} ms, p95 {p95:.1f} ms")
    med, p95, rows = timed(lambda: store.list("open", today=today), 30)
    print(f"open list ({len(rows):,} rows): median {med:.1f} ms, p95 {p95:.1f} ms")

    for query in ("Mohammed Visser", "@fleur_bos", "wateroverl", "#4242", "lantaarnpaal"):
        med, p95, rows = timed(lambda q=query: store.search(q), 50)
        print(
            f"search {query!r} ({len(rows)} shown, best 100): median {med:.1f} ms, "
            f"p95 {p95:.1f} ms  (target <= 10 ms)"
        )

    med, p95, _ = timed(
        lambda: store.add(
            "Ik laat je vrijdag weten hoe het zit.",
            due=today,
            person="Bench",
            reply="Hoi, ik laat je vrijdag weten hoe het zit.",
            thread_excerpt="Bench (@bench): Hoe zit het met de brug?",
        ),
        200,
    )
    print(
        f"durable insert (synchronous=FULL, WAL): median {med:.2f} ms, p95 {p95:.2f} ms  "
        "(target <= 5 ms)"
    )

    med, _, _ = timed(lambda: store.export_csv(folder / "export.csv"), 3)
    print(f"export CSV of everything: median {med:.0f} ms")
    med, _, _ = timed(lambda: store.backup(today=today, force=True), 3)
    print(f"backup with quick_check: median {med:.0f} ms (once a day, at the first start)")
    t = time.perf_counter()
    erased = store.forget("Noor Smit")
    print(
        f"forget one person ({erased:,} rows, also in the backup): "
        f"{(time.perf_counter() - t) * 1000:.0f} ms"
    )
    store.close()
    print(f"data in {folder}" if args.keep else "")


if __name__ == "__main__":
    main()
