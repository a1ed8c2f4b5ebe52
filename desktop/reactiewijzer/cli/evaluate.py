"""`reactiewijzer evaluate CORPUS [PATH]`: measure the checks against a labelled corpus.

One subcommand per corpus (today `threads`; `replies` joins it later). Each prints the accuracy,
a confusion table and every miss, so a change to a rule or a word list can be judged on text that
nobody wrote for the checks. The default corpus is the shared one next to the repository
(../shared/corpus/), the same file the tests hold the score on.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reactiewijzer.cli.common import fail, ui_lang
from reactiewijzer.core.thread import read_posts

ADVICE = ("respond", "observe", "moderate")
# The repository's root: desktop/reactiewijzer/commands/evaluate.py -> three levels up.
REPO_ROOT = Path(__file__).resolve().parents[3]


def default_corpus(name: str) -> Path:
    """../shared/corpus/<name> next to the repository; a checkout one level deeper (a git
    worktree in a sub-folder) finds it too."""
    for base in (REPO_ROOT, *REPO_ROOT.parents):
        candidate = base.parent / "shared" / "corpus" / name
        if candidate.is_file():
            return candidate
        if base == base.parent:
            break
    return REPO_ROOT.parent / "shared" / "corpus" / name


@dataclass(slots=True)
class Miss:
    id: str
    expected: str
    got: str
    reasons: list[str]
    post: str


@dataclass(slots=True)
class ThreadScore:
    """Advice per labelled thread: how many right, the confusion table, every miss."""

    total: int = 0
    right: int = 0
    # confusion[expected][got] = count
    confusion: dict[str, dict[str, int]] = field(
        default_factory=lambda: {e: dict.fromkeys(ADVICE, 0) for e in ADVICE}
    )
    misses: list[Miss] = field(default_factory=list)
    by_lang: dict[str, list[int]] = field(default_factory=dict)  # lang -> [right, total]

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def moderated_wrongly(self) -> int:
        """Posts labelled respond or observe (criticism among them) that got "moderate"."""
        return sum(self.confusion[e]["moderate"] for e in ADVICE if e != "moderate")

    def to_dict(self) -> dict:
        return {
            "total": self.total,
            "right": self.right,
            "accuracy": round(self.accuracy, 4),
            "moderated_wrongly": self.moderated_wrongly,
            "confusion": self.confusion,
            "by_lang": {k: {"right": v[0], "total": v[1]} for k, v in self.by_lang.items()},
            "misses": [
                {"id": m.id, "expected": m.expected, "got": m.got, "reasons": m.reasons}
                for m in self.misses
            ],
        }


def load_jsonl(path: Path) -> list[dict]:
    """The rows of a JSON-lines file; a bad line is an error naming its line number."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: {exc.msg}") from None
    return rows


def evaluate_threads(rows: Iterable[dict]) -> ThreadScore:
    """Score the thread reader's advice on rows with `thread` [{author, text}] and `label`."""
    score = ThreadScore()
    for row in rows:
        expected = row.get("label")
        posts = row.get("thread") or []
        if expected not in ADVICE or not posts:
            continue
        thread = read_posts([(p.get("author"), p.get("text", "")) for p in posts])
        got = thread.advice
        score.total += 1
        score.confusion[expected][got] += 1
        lang = str(row.get("lang") or thread.lang)
        tally = score.by_lang.setdefault(lang, [0, 0])
        tally[1] += 1
        if got == expected:
            score.right += 1
            tally[0] += 1
        else:
            score.misses.append(
                Miss(
                    id=str(row.get("id", "?")),
                    expected=expected,
                    got=got,
                    reasons=[r.text for r in thread.reasons],
                    post=str(posts[-1].get("text", "")),
                )
            )
    return score


def render_threads(score: ThreadScore, *, lang: str = "nl") -> str:
    en = lang == "en"
    out = [
        (
            f"Advice accuracy: {score.accuracy:.3f} ({score.right}/{score.total})"
            if en
            else f"Juist advies: {score.accuracy:.3f} ({score.right}/{score.total})"
        )
    ]
    for code, (right, total) in sorted(score.by_lang.items()):
        out.append(f"  {code}: {right / total:.3f} ({right}/{total})")
    out.append(
        f"{'Moderate given to respond/observe' if en else 'Modereren bij respond/observe'}: "
        f"{score.moderated_wrongly}"
    )
    out.append("")
    head = "expected \\ got" if en else "verwacht \\ gekregen"
    width = max(len(head), 9)
    out.append(f"{head:<{width}} " + " ".join(f"{g:>9}" for g in ADVICE))
    for e in ADVICE:
        out.append(f"{e:<{width}} " + " ".join(f"{score.confusion[e][g]:>9}" for g in ADVICE))
    out.append("")
    out.append(f"{'Misses' if en else 'Missers'}: {len(score.misses)}")
    for m in score.misses:
        post = " ".join(m.post.split())
        post = post if len(post) <= 160 else post[:157] + "…"
        out.append(f"- {m.id}: {'expected' if en else 'verwacht'} {m.expected}, "
                   f"{'got' if en else 'gekregen'} {m.got}")  # fmt: skip
        out.append(f"    “{post}”")
        out += [f"    · {r}" for r in m.reasons]
    return "\n".join(out) + "\n"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "evaluate",
        help="measure the checks against a labelled corpus",
        description="Measure the checks against a labelled corpus (JSON lines); list every miss.",
    )
    corpora = p.add_subparsers(dest="corpus", metavar="CORPUS", required=True)
    t = corpora.add_parser(
        "threads",
        help="the thread reader's advice (respond / observe / moderate)",
        description="Score the advice on threads labelled respond, observe or moderate.",
    )
    t.add_argument(
        "path",
        nargs="?",
        metavar="PATH",
        help="threads.jsonl (default: ../shared/corpus/threads.jsonl next to the repository)",
    )
    t.add_argument("--format", choices=("text", "json"), default="text", dest="output")
    t.set_defaults(func=run_threads)
    r = corpora.add_parser(
        "replies",
        help="the guide checks on labelled replies (precision and recall per category)",
        description=(
            "Score the guide checks on replies labelled per category (personal_tone, "
            "broadcast_only, permanence, jargon): precision and recall per category and per "
            "language, with every miss and false alarm."
        ),
    )
    r.add_argument(
        "path",
        nargs="?",
        metavar="PATH",
        help="replies.jsonl (default: ../shared/corpus/replies.jsonl next to the repository)",
    )
    r.add_argument("--format", choices=("text", "json"), default="text", dest="output")
    r.set_defaults(func=run_replies)


def run_threads(args: argparse.Namespace) -> int:
    path = Path(args.path) if args.path else default_corpus("threads.jsonl")
    if not path.is_file():
        return fail(
            f"Corpus niet gevonden: {path}. Geef het pad naar threads.jsonl op.",
            f"Corpus not found: {path}. Give the path to threads.jsonl.",
        )
    try:
        rows = load_jsonl(path)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return fail(f"Kan het corpus niet lezen: {exc}", f"Cannot read the corpus: {exc}")
    score = evaluate_threads(rows)
    if not score.total:
        return fail(
            f"Geen gelabelde threads in {path} (velden 'thread' en 'label').",
            f"No labelled threads in {path} (fields 'thread' and 'label').",
        )
    if args.output == "json":
        json.dump(score.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_threads(score, lang=ui_lang("nl")))
    return 0


def run_replies(args: argparse.Namespace) -> int:
    from reactiewijzer.core.corpus_replies import CATEGORIES, score_replies

    path = Path(args.path) if args.path else default_corpus("replies.jsonl")
    if not path.is_file():
        return fail(
            f"Corpus niet gevonden: {path}. Geef het pad naar replies.jsonl op.",
            f"Corpus not found: {path}. Give the path to replies.jsonl.",
        )
    try:
        rows = [r for r in load_jsonl(path) if isinstance(r.get("draft"), str)]
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return fail(f"Kan het corpus niet lezen: {exc}", f"Cannot read the corpus: {exc}")
    if not rows:
        return fail(
            f"Geen gelabelde reacties in {path} (velden 'draft' en 'labels').",
            f"No labelled replies in {path} (fields 'draft' and 'labels').",
        )
    score = score_replies(rows)
    if args.output == "json":
        json.dump(score.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    en = ui_lang("nl") == "en"
    out = [
        f"{score.rows} {'replies' if en else 'reacties'}; "
        + (
            "scored where the label is true or false"
            if en
            else "gescoord waar het label waar of onwaar is"
        ),
        "",
        f"{'category':<16} {'lang':<4} {'P':>5} {'R':>5} {'TP':>4} {'FP':>4} {'FN':>4}",
    ]
    for category in CATEGORIES:
        for key, lang in ((category, "all"), (f"nl/{category}", "nl"), (f"en/{category}", "en")):
            c = score.counts.get(key)
            if c is None:
                continue
            out.append(
                f"{category:<16} {lang:<4} {c.precision:5.2f} {c.recall:5.2f} "
                f"{c.tp:4d} {c.fp:4d} {c.fn:4d}"
            )
    out.append("")
    for m in score.mistakes:
        kind = m.kind if en else {"miss": "gemist", "false alarm": "vals alarm"}[m.kind]
        draft = " ".join(m.draft.split())
        out.append(f"- {kind} {m.category} {m.id}: “{draft[:160]}”")
        out += [f"    · {d}" for d in m.detail]
    sys.stdout.write("\n".join(out) + "\n")
    return 0
