"""The guide engine next to its peers, on the same real text: ratios, not only times.

Peers: textlint with textlint-rule-prh (a prh dictionary made at run time from the Dutch jargon
rule files, resources/rules/nl/jargon/) on Dutch, proselint on English. The texts are slices of
about 280, 2,000 and 20,000 characters of the corpus's drafts (../shared/corpus/replies.jsonl,
one draft per line; the drafts repeat for 20,000, each repeat opening with another @handle so
no line is the same). All tools run in one process tree, interleaved round by round: textlint in
one long-lived node process that times each lintText with process.hrtime (node's start-up and
the pipe are not counted), proselint and the engine in this process.

Engine "fresh": a pasted draft, no line read before (the per-line results are dropped before
each check; what is kept per word in a running app, such as a word's dictionary readings,
stays). Engine "typing": the same draft with its last characters changed, as after a keystroke.
A peer keeps nothing between texts, so its one time serves both ratios.

Targets (issue 21): engine fresh 2,000 chars <= 1.0x textlint+prh, typing <= 0.5x (same run).
Set-up once: `cd bench/peers && npm ci` (versions pinned in package-lock.json), and
`.venv/bin/pip install -e '.[dev]'` (proselint). Run: .venv/bin/python bench/peers.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reactiewijzer import check
from reactiewijzer.cli.evaluate import default_corpus
from reactiewijzer.core.rules.loader import load_rules
from reactiewijzer.core.text import forget_lines

HERE = Path(__file__).resolve().parent / "peers"
SIZES = (280, 2_000, 20_000)
ROUNDS = {280: 200, 2_000: 60, 20_000: 8}  # timed rounds per size in one run
WARM_UP_ROUNDS = 10  # node compiles its hot code over the first dozen calls or so


def corpus_text(lang: str, size: int = max(SIZES)) -> str:
    """The corpus's drafts in `lang`, one per line, repeated (with a new @handle) to `size`."""
    rows = [json.loads(line) for line in default_corpus("replies.jsonl").open(encoding="utf-8")]
    drafts = [" ".join(r["draft"].split("\n")) for r in rows if r["lang"] == lang]
    lines = list(drafts)
    copy = 1
    while sum(len(line) + 1 for line in lines) < size + 100:
        copy += 1
        lines.extend(f"@lezer{copy} {d}" for d in drafts)
    return "\n".join(lines)


def cut(text: str, size: int) -> str:
    """The first `size` characters of `text`, ended at a word boundary."""
    if len(text) <= size:
        return text
    end = max(text.rfind(" ", 0, size), text.rfind("\n", 0, size))
    return text[: end if end > 0 else size]


def prh_yaml() -> str:
    """A prh dictionary of every Dutch jargon substitution: the term, and its first alternative.

    prh matches as written, so each term is given lower case and with a capital (the engine's
    rules ignore case); whole words only, as the engine reads them.
    """
    entries: dict[str, str] = {}
    for rule in load_rules()["nl"]:
        if rule.category == "jargon" and rule.extends == "substitution":
            for term, alternatives in rule.swap.items():
                if alternatives and term not in entries:
                    entries[term] = alternatives[0]
    out = ["version: 1", "rules:"]
    for term, expected in entries.items():
        forms = "|".join(_js_escape(t) for t in sorted({term, term[:1].upper() + term[1:]}))
        pattern = r"/\b(?:" + forms + r")\b/"
        out.append(f"  - expected: {json.dumps(expected, ensure_ascii=False)}")
        out.append(f"    pattern: {json.dumps(pattern, ensure_ascii=False)}")
    return "\n".join(out) + "\n"


def _js_escape(term: str) -> str:
    """A term as a JavaScript regex under the u flag (prh adds it): only syntax characters may
    be escaped there, so not "-" as Python's re.escape does."""
    return "".join("\\" + ch if ch in "^$\\.*+?()[]{}|/" else ch for ch in term)


class Textlint:
    """textlint + prh in a node worker (bench/peers/textlint_worker.mjs)."""

    def __init__(self, folder: Path) -> None:
        if not (HERE / "node_modules" / "textlint").is_dir():
            sys.exit("textlint is not installed: run `npm ci` in bench/peers first.")
        (folder / "prh.yml").write_text(prh_yaml(), encoding="utf-8")
        config = folder / ".textlintrc.json"
        rule = {"rulePaths": [str(folder / "prh.yml")]}
        config.write_text(json.dumps({"rules": {"prh": rule}}), encoding="utf-8")
        self.proc = subprocess.Popen(
            ["node", str(HERE / "textlint_worker.mjs"), str(config)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self._read()  # {"ready": true}

    def _read(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            sys.exit("the textlint worker stopped (see its error above)")
        return json.loads(line)

    def lint(self, text: str) -> tuple[float, float, int]:
        """(milliseconds, CPU milliseconds, number of findings)."""
        self.proc.stdin.write(json.dumps({"text": text}) + "\n")
        self.proc.stdin.flush()
        answer = self._read()
        return answer["ns"] / 1e6, answer["cpu_us"] / 1e3, answer["found"]

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


def proselint_lint() -> Callable[[str], tuple[float, float, int]]:
    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        sys.exit("proselint is not installed: .venv/bin/pip install -e '.[dev]'")
    CheckRegistry().register_many(__register__)
    return lambda text: timed(lambda: LintFile("<bench>", text).lint())


def timed(run: Callable[[], object]) -> tuple[float, float, int]:
    """(milliseconds, CPU milliseconds of this thread, number of findings) of `run()`."""
    wall, cpu = time.perf_counter(), time.thread_time()
    found = run()
    return (time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000, len(found)


def engine(text: str, fresh: bool) -> tuple[float, float, int]:
    if fresh:
        forget_lines()
    return timed(lambda: check(text).findings)


_COUNTER = iter(range(10**9))


def typed(text: str) -> str:
    """`text` with its last characters changed, as after a keystroke (never the same twice)."""
    return text[:-6] + f"{next(_COUNTER):06d}"


CLOCKS = ("wall", "cpu")


def one_run(textlint: Textlint, proselint, texts: dict[str, dict[int, str]]) -> dict:
    times: dict[tuple[str, str, int], list[float]] = {}
    found: dict[tuple[str, int], int] = {}

    def note(name: str, size: int, result: tuple[float, float, int], timed: bool) -> None:
        if timed:
            for clock, ms in zip(CLOCKS, result[:2], strict=True):
                times.setdefault((clock, name, size), []).append(ms)
        found[(name, size)] = result[2]

    for n in range(WARM_UP_ROUNDS + max(ROUNDS.values())):
        timed = n >= WARM_UP_ROUNDS
        for size in SIZES:
            if n >= WARM_UP_ROUNDS + ROUNDS[size]:
                continue
            nl, en = texts["nl"][size], texts["en"][size]
            note("engine fresh nl", size, engine(nl, fresh=True), timed)
            note("textlint+prh", size, textlint.lint(nl), timed)
            check(nl)  # the draft as it stood before the keystroke
            note("engine typing nl", size, engine(typed(nl), fresh=False), timed)
            note("engine fresh en", size, engine(en, fresh=True), timed)
            note("proselint", size, proselint(en), timed)
            check(en)
            note("engine typing en", size, engine(typed(en), fresh=False), timed)
    return {"median": {k: statistics.median(v) for k, v in times.items()}, "found": found}


RATIOS = (
    ("fresh nl/textlint", "engine fresh nl", "textlint+prh"),
    ("typing nl/textlint", "engine typing nl", "textlint+prh"),
    ("fresh en/proselint", "engine fresh en", "proselint"),
    ("typing en/proselint", "engine typing en", "proselint"),
)
NAMES = ("engine fresh nl", "engine typing nl", "textlint+prh")
NAMES += ("engine fresh en", "engine typing en", "proselint")


def ratio(run: dict, clock: str, ours: str, theirs: str, size: int) -> float:
    return run["median"][(clock, ours, size)] / run["median"][(clock, theirs, size)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="whole runs (each prints ratios)")
    args = parser.parse_args()
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average before: {load_before:.2f} on {os.cpu_count()} cores")
    texts = {lang: {size: cut(corpus_text(lang), size) for size in SIZES} for lang in ("nl", "en")}
    proselint = proselint_lint()
    check("opwarmen")  # the engine's packs, dictionaries and word lists, as in a running app
    with tempfile.TemporaryDirectory() as folder:
        textlint = Textlint(Path(folder))
        try:
            runs = []
            for r in range(args.runs):
                result = one_run(textlint, proselint, texts)
                runs.append(result)
                _print_run(r + 1, result)
        finally:
            textlint.close()
    if args.runs > 1:
        print(f"\nratios over {args.runs} runs: median (worst)")
        _print_header()
        for clock in CLOCKS:
            for size in SIZES:
                cells = []
                for _, ours, theirs in RATIOS:
                    ratios = [ratio(run, clock, ours, theirs, size) for run in runs]
                    cells.append(f"{statistics.median(ratios):5.2f}x ({max(ratios):5.2f}x)")
                print(f"{clock:>4} {size:>6} | " + " | ".join(f"{c:>19}" for c in cells))
    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average after: {load_after:.2f}")


def _print_header() -> None:
    print("clock  chars | " + " | ".join(f"{label:>19}" for label, _, _ in RATIOS))


def _print_run(number: int, result: dict) -> None:
    median, found = result["median"], result["found"]
    print(f"\nrun {number}: median ms, wall / CPU (findings)")
    print("   chars | " + " | ".join(f"{name:>19}" for name in NAMES))
    for size in SIZES:
        cells = [
            f"{median[('wall', name, size)]:.2f}/{median[('cpu', name, size)]:.2f} "
            f"({found[(name, size)]})"
            for name in NAMES
        ]
        print(f"  {size:>6} | " + " | ".join(f"{c:>19}" for c in cells))
    _print_header()
    for clock in CLOCKS:
        for size in SIZES:
            cells = [f"{ratio(result, clock, o, t, size):5.2f}x" for _, o, t in RATIOS]
            print(f"{clock:>4} {size:>6} | " + " | ".join(f"{c:>19}" for c in cells))


if __name__ == "__main__":
    main()
