"""LanguageTool: app start to the first Dutch spelling finding; the JVM's memory and speed.

    .venv/bin/python bench/languagetool.py [--runs 5] [--checks 500] [--only start|memory]
        [--no-archive | --both] [--cache DIR] [--heap MB] [--flags "..."] [--set key=value ...]
        [--vs-main]

Start (issue 21: median of 5 <= 5 s): the app is launched in a fresh process (a real window,
offscreen) and a Dutch draft with a typo is pasted at once; timed from launching the process
to the first LanguageTool spelling finding in the window. The app runs as shipped, with its
start-up archive: the bench makes one first in a temporary cache folder, as `make
languagetool-startup` and the app do (its time is printed); --no-archive runs without one,
--both alternates runs with and without one.

Memory and speed (issue 21: RSS after 500 checks <= 450 MB, warm 2,000-character checks no
slower than before): per run one JVM, started and warmed up as the app does it. Its resident
memory once Dutch is loaded and after --checks checks of 2,000-character Dutch texts from the
real corpus; the median check of a fresh text (every sentence new to the server) and of the
same text with one word edited (what typing sends); then the first English check and the
memory with both languages loaded. --heap, --flags and --set (a server setting) try variants;
the start-up archive is made for each variant first (its own time is not counted).
--vs-main times the same fresh and edited checks on a second JVM run as main's was before
issue 21, one check each in turn, so that the comparison of check times survives the load.

Findings: a hash of LanguageTool's findings on 19 fixed corpus texts, which must be the same
in every run and every variant (settings change speed and memory, never findings).
Each run prints the load average: other work on the machine moves these numbers a lot.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from reactiewijzer.core.grammar import (
    HEAP_MB,
    SERVER_PROPERTIES,
    AcceptedWords,
    GrammarChecker,
    LocalServer,
    PersonalWordList,
    startup,
)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "replies.jsonl"
# A Dutch reply with a typo ("gezein") and a grammar error ("Hij loop"), as a user pastes it.
DRAFT_NL = (
    "Hoi Anna, dank je voor je bericht over de afsluiting van de brug bij Zaltbommel. "
    "Ik heb het gisteren gezein en snap dat het lastig is. Hij loop morgen met een collega langs "
    "om te kijken wat we kunnen doen. Ik laat je vrijdag weten wat eruit komt. Fijne avond nog! "
    "Groet, Sanne"
)
DRAFT_EN = "Hi Anna, thanks for your mesage about the bridge. I has seen the plans."
SPELLING = "LT:MORFOLOGIK_RULE_NL_NL"
TARGETS = {"first_finding_s": 5.0, "rss_after_mb": 450.0}
# How main ran LanguageTool before issue 21 (no cacheSize, no start-up archive): --vs-main checks
# with such a JVM too, interleaved with the variant's checks, so that both see the same load.
MAIN_FLAGS = (
    "-XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Xss1m -Djava.awt.headless=true "
    "-Dfile.encoding=UTF-8 -Djava.net.preferIPv4Stack=true"
)
CHARS = 2000


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "load ?"


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (/proc; psutil where /proc is missing)."""
    status = Path(f"/proc/{pid}/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import psutil

    return psutil.Process(pid).memory_info().rss / 1024 / 1024


# ---- texts --------------------------------------------------------------------------------------


def dutch_drafts() -> list[str]:
    if not CORPUS.is_file():
        raise SystemExit(f"the corpus is missing: {CORPUS} (see the helper brief)")
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    return [r["draft"] for r in rows if r.get("lang") == "nl"]


def window(drafts: list[str], start: int, number: int | None = None) -> str:
    """About 2,000 characters of consecutive corpus drafts from `start`; with `number`, each
    draft begins with "Bericht <number><i>:", which makes every sentence new to the server."""
    k = start % len(drafts)
    parts = drafts[k:] + drafts[:k]
    if number is not None:
        parts = [f"Bericht {number}{i:02d}: {d}" for i, d in enumerate(parts)]
    text = "\n\n".join(parts)[:CHARS]
    return text[: text.rfind(" ")]


def signature(findings_per_text: list[list]) -> str:
    digest = hashlib.sha256()
    for findings in findings_per_text:
        rows = [(f.start, f.end, f.rule, f.suggestions[:3]) for f in findings]
        digest.update(json.dumps(rows).encode())
    return digest.hexdigest()[:12]


# ---- memory and speed ---------------------------------------------------------------------------


def make_server(args, folder: Path, archives: Path) -> LocalServer:
    return LocalServer(
        heap_mb=args.heap,
        jvm_flags=tuple(args.flags.split()) if args.flags is not None else None,
        properties={**SERVER_PROPERTIES, **dict(kv.split("=", 1) for kv in args.set)},
        log_file=folder / "languagetool.log",
        archives=archives,
        use_archive=not args.no_archive,
    )


def ensure_archive(args, folder: Path, archives: Path) -> str:
    """Make the start-up archive for this variant, as the app would; says what happened."""
    if args.no_archive:
        return "no start-up archive (--no-archive)"
    probe = make_server(args, folder, archives)
    probe.prepare()
    plan = probe.plan
    if plan is None or plan.archive is None:
        return "no start-up archive for this Java"
    if plan.usable:
        return f"start-up archive: {plan.archive.name}"
    t0 = time.perf_counter()
    trainer = make_server(args, folder, archives)
    trainer.log_file = folder / "training.log"
    made = startup.train(trainer, plan.archive)
    took = time.perf_counter() - t0
    if not made:
        return f"start-up archive could not be made ({took:.0f} s; see {trainer.log_file})"
    size = plan.archive.stat().st_size / 1e6
    return f"start-up archive made in {took:.0f} s ({size:.0f} MB, {load()})"


def main_checker(folder: Path, words: AcceptedWords) -> GrammarChecker:
    """A checker whose JVM runs as main's did before issue 21."""
    server = LocalServer(
        jvm_flags=tuple(MAIN_FLAGS.split()),
        properties={k: v for k, v in SERVER_PROPERTIES.items() if k != "cacheSize"},
        log_file=folder / "main" / "languagetool.log",
        use_archive=False,
    )
    return GrammarChecker(server=server, words=words)


def memory_run(args, drafts: list[str], folder: Path, archives: Path) -> dict:
    server = make_server(args, folder, archives)
    words = AcceptedWords(PersonalWordList(folder / "words.txt"))
    checker = GrammarChecker(server=server, words=words)
    main = main_checker(folder, words) if args.vs_main else None
    before = load()
    try:
        t0 = time.perf_counter()
        checker.start()
        if checker.state != "ready":
            raise SystemExit(f"not ready: {checker.status_en}")
        checker.wait_until_warm(240)
        first_s = time.perf_counter() - t0
        used_archive = server.archive_used
        rss_warm = rss_mb(server.pid)
        fixed = [checker.check(window(drafts, i), "nl") for i in range(0, len(drafts), 5)][:19]
        done = len(fixed)
        checkers = [checker]
        if main is not None:
            main.start()
            main.wait_until_warm(240)
            checkers.append(main)

        def timed(text: str) -> list[float]:
            """The time of each checker for `text`, one after the other."""
            times = []
            for each in checkers:
                t = time.perf_counter()
                each.check(text, "nl")
                times.append((time.perf_counter() - t) * 1000)
            return times

        for i in range(20):  # unmeasured: the JIT compiles the hot paths first
            timed(window(drafts, i, 1000 + i))
        fresh = [timed(window(drafts, i, 2000 + i)) for i in range(40)]
        base = window(drafts, 7)
        edited = [timed(base.replace(" de ", f" de{i} ", 1)) for i in range(40)]
        if main is not None:
            main.close()
        done += 100
        i = 0
        while done < args.checks:  # an editing session: mostly edits, now and then a paste
            text = window(drafts, i, 3000 + i) if i % 3 == 0 else window(drafts, i)
            checker.check(text.replace(" het ", f" het{i} ", 1), "nl")
            i += 1
            done += 1
        rss_after = rss_mb(server.pid)
        t = time.perf_counter()
        english = checker.check(DRAFT_EN, "en")
        english_s = time.perf_counter() - t
        rss_both = rss_mb(server.pid)
    finally:
        checker.close()
        if main is not None:
            main.close()
    assert any(f.match == "mesage" for f in english), "English spelling was not checked"
    return {
        "load": f"{before} -> {load()}",
        "archive": used_archive,
        "first_s": first_s,
        "rss_warm": rss_warm,
        "rss_after": rss_after,
        "fresh_ms": statistics.median(t[0] for t in fresh),
        "fresh_max": max(t[0] for t in fresh),
        "edit_ms": statistics.median(t[0] for t in edited),
        "main_fresh_ms": statistics.median(t[-1] for t in fresh) if main else None,
        "main_edit_ms": statistics.median(t[-1] for t in edited) if main else None,
        "english_s": english_s,
        "rss_both": rss_both,
        "findings": signature(fixed),
    }


def vs_main(r: dict) -> str:
    if r["main_fresh_ms"] is None:
        return ""
    return (
        f" (main's JVM, same texts, interleaved: fresh {r['main_fresh_ms']:.0f} ms, edited "
        f"{r['main_edit_ms']:.0f} ms)"
    )


def bench_memory(args, folder: Path) -> list[dict]:
    drafts = dutch_drafts()
    archives = Path(args.cache) / startup.FOLDER if args.cache else folder / "archives"
    flags = args.flags if args.flags is not None else "(shipped for this Java)"
    print(f"JVM: -Xmx{args.heap}m {flags}; settings {args.set or 'as shipped'}")
    print(ensure_archive(args, folder, archives))
    runs = []
    for n in range(args.runs):
        r = memory_run(args, drafts, folder, archives)
        runs.append(r)
        print(
            f"  run {n + 1} ({r['load']}; archive {'used' if r['archive'] else 'none'}): "
            f"start to Dutch loaded {r['first_s']:.1f} s; RSS {r['rss_warm']:.0f} MB loaded, "
            f"{r['rss_after']:.0f} MB after {args.checks} checks, {r['rss_both']:.0f} MB with "
            f"English; 2,000 chars fresh {r['fresh_ms']:.0f} ms (max {r['fresh_max']:.0f}), "
            f"edited {r['edit_ms']:.0f} ms{vs_main(r)}; "
            f"first English check {r['english_s']:.1f} s; "
            f"findings {r['findings']}",
            flush=True,
        )
    return runs


# ---- app start to the first Dutch spelling finding ---------------------------------------------


def app_child(data_dir: str) -> int:
    """Runs in a fresh process: the app's own main() with a Dutch draft file to open (as a
    paste), until LanguageTool's first spelling finding shows in the window. Prints the
    moments as it goes; the parent times them."""
    from PySide6.QtCore import QTimer

    from reactiewijzer.app import create_application, main
    from reactiewijzer.ui.main_window import MainWindow

    draft = Path(data_dir) / "concept.txt"
    draft.write_text(DRAFT_NL, encoding="utf-8")
    app = create_application(sys.argv[:1])  # main() takes this one; the timer needs it first
    seen: set[str] = set()

    def say(what: str) -> None:
        if what not in seen:
            seen.add(what)
            print(what, flush=True)

    def poll() -> None:
        window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
        if window is None or not window.isVisible():
            return
        say("window")
        grammar = window.services.grammar
        if grammar.state == "ready":
            say("ready")
        if grammar.state == "off" or time.monotonic() > deadline:
            say(f"off {grammar.status_en}")
            window.close()
        if any(m.finding.rule == SPELLING for m in window.editor.highlighter.visible):
            say("finding")
            window.close()  # quits the app the normal way (LanguageTool is stopped)

    deadline = time.monotonic() + 180
    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(10)
    main([str(draft), "--data-dir", data_dir, "--settings", str(Path(data_dir) / "s.ini")])
    return 0 if "finding" in seen else 1


def start_run(folder: Path, cache: Path) -> dict[str, float]:
    data = Path(tempfile.mkdtemp(prefix="data-", dir=folder))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        REACTIEWIJZER_CACHE_DIR=str(cache),
        REACTIEWIJZER_DATA_DIR=str(data),
        REACTIEWIJZER_CONFIG_DIR=str(data / "config"),
    )
    moments: dict[str, float] = {}
    t0 = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, __file__, "--app-child", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert child.stdout is not None
    for line in child.stdout:
        moments[line.split()[0]] = time.perf_counter() - t0
        if line.startswith("off"):
            print(f"  LanguageTool is off: {line[4:].strip()}")
    child.wait(60)
    return moments


def bench_start(args, folder: Path) -> dict[str, list[float]]:
    """Start runs with the start-up archive, without it, or both (interleaved, so that both
    see the same load); returns the times to the first finding per kind."""
    cache = Path(args.cache) if args.cache else folder / "cache"
    kinds = ["with", "without"] if args.both else ["without" if args.no_archive else "with"]
    if "with" in kinds:
        env_cache = os.environ.get("REACTIEWIJZER_CACHE_DIR")
        os.environ["REACTIEWIJZER_CACHE_DIR"] = str(cache)
        try:
            t0 = time.perf_counter()
            said = startup.build()
        finally:
            if env_cache is None:
                os.environ.pop("REACTIEWIJZER_CACHE_DIR")
            else:
                os.environ["REACTIEWIJZER_CACHE_DIR"] = env_cache
        print(f"{said} [{time.perf_counter() - t0:.0f} s, {load()}]")
    found: dict[str, list[float]] = {kind: [] for kind in kinds}
    for n in range(args.runs):
        for kind in kinds:
            before = load()
            # Without: an empty cache folder of its own (the app would make an archive there
            # half a minute after Dutch is loaded; the run ends before that).
            m = start_run(folder, cache if kind == "with" else Path(tempfile.mkdtemp(dir=folder)))
            parts = ", ".join(f"{k} {v:.1f} s" for k, v in m.items())
            print(f"  run {n + 1} {kind} archive ({before}): {parts}", flush=True)
            if "finding" not in m:
                raise SystemExit("no spelling finding appeared")
            found[kind].append(m["finding"])
    return found


# ---- main ---------------------------------------------------------------------------------------


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--app-child":
        return app_child(sys.argv[2])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--checks", type=int, default=500, help="checks before measuring RSS")
    parser.add_argument("--only", choices=("start", "memory"))
    parser.add_argument("--no-archive", action="store_true", help="no start-up archive")
    parser.add_argument(
        "--both", action="store_true", help="start runs with and without archive, interleaved"
    )
    parser.add_argument("--heap", type=int, default=HEAP_MB, help="-Xmx in MB")
    parser.add_argument("--flags", default=None, help="JVM flags instead of the shipped ones")
    parser.add_argument("--set", action="append", default=[], help="a server setting key=value")
    parser.add_argument(
        "--vs-main", action="store_true", help="time the same checks on main's JVM, interleaved"
    )
    parser.add_argument(
        "--cache",
        help="the app's cache folder for the start runs (default: a new one); "
        "its start-up archive is kept between invocations",
    )
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, {load()}")
    results = []
    with tempfile.TemporaryDirectory(prefix="lt-bench-") as tmp:
        folder = Path(tmp)
        if args.only != "memory":
            target = TARGETS["first_finding_s"]
            for kind, found in bench_start(args, folder).items():
                median = statistics.median(found)
                print(
                    f"app start to first Dutch spelling finding, {kind} archive: median "
                    f"{median:.1f} s, worst {max(found):.1f} s over {len(found)} runs "
                    f"(target <= {target:.0f} s)"
                )
                results.append(median <= target)
        if args.only != "start":
            runs = bench_memory(args, folder)
            after = [r["rss_after"] for r in runs]
            fresh = [r["fresh_ms"] for r in runs]
            target = TARGETS["rss_after_mb"]
            same = len({r["findings"] for r in runs}) == 1
            print(
                f"RSS after {args.checks} checks: median {statistics.median(after):.0f} MB, "
                f"worst {max(after):.0f} MB (target <= {target:.0f} MB); fresh 2,000-char "
                f"check: median {statistics.median(fresh):.0f} ms, worst {max(fresh):.0f} ms; "
                f"findings {'the same in every run' if same else 'DIFFER between runs'}"
            )
            results.append(statistics.median(after) <= target)
    print("all targets met" if all(results) else "some targets missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
