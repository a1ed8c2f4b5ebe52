"""Scores the guide checks on a labelled corpus of real replies (../shared/corpus/replies.jsonl).

Each row labels four categories true (the draft breaks that part of the guide), false, or null
(a reviewer could not say; not scored). A category counts as found when the engine gives any
finding of it. Precision and recall are counted per category and per language, with every miss
and false alarm, so a change can be judged on text nobody wrote for the checks.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

CATEGORIES = ("personal_tone", "broadcast_only", "permanence", "jargon")


@dataclass(slots=True)
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass(slots=True)
class Mistake:
    kind: str  # "miss" (labelled true, not found) or "false alarm"
    id: str
    lang: str
    category: str
    draft: str
    detail: list[str]  # the labelled spans (miss) or the findings (false alarm)


@dataclass(slots=True)
class RepliesScore:
    counts: dict[str, Count] = field(default_factory=dict)  # "personal_tone", "nl/personal_tone"
    mistakes: list[Mistake] = field(default_factory=list)
    rows: int = 0

    def count(self, key: str) -> Count:
        return self.counts.setdefault(key, Count())

    def to_dict(self) -> dict:
        return {
            "rows": self.rows,
            "categories": {
                key: {
                    "precision": round(c.precision, 3),
                    "recall": round(c.recall, 3),
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                    "tn": c.tn,
                }
                for key, c in sorted(self.counts.items())
            },
            "mistakes": [
                {"kind": m.kind, "id": m.id, "category": m.category, "detail": m.detail}
                for m in self.mistakes
            ],
        }


def read_rows(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def _thread(row: dict):
    """The labelled posts, read as the thread the reply answers (None without posts)."""
    from reactiewijzer.core.thread import read_posts

    posts = [(p.get("author"), str(p.get("text") or "")) for p in row.get("thread") or ()]
    return read_posts(posts) if posts else None


def score_replies(rows: Iterable[dict], categories: Iterable[str] = CATEGORIES) -> RepliesScore:
    from reactiewijzer.core.engine import check

    score = RepliesScore()
    for row in rows:
        score.rows += 1
        lang = row.get("lang", "nl")
        report = check(row["draft"], thread=_thread(row), lang=lang)
        for category in categories:
            label = (row.get("labels") or {}).get(category)
            if label is None:
                continue
            found = [f for f in report.findings if f.category == category]
            for key in (category, f"{lang}/{category}"):
                c = score.count(key)
                if found and label:
                    c.tp += 1
                elif found:
                    c.fp += 1
                elif label:
                    c.fn += 1
                else:
                    c.tn += 1
            if found and not label:
                detail = [f"{f.rule}: {f.match}" for f in found]
                score.mistakes.append(
                    Mistake("false alarm", row["id"], lang, category, row["draft"], detail)
                )
            elif label and not found:
                spans = [s["text"] for s in row.get("spans") or () if s.get("label") == category]
                score.mistakes.append(
                    Mistake("miss", row["id"], lang, category, row["draft"], spans)
                )
    return score
