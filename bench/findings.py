"""Every finding the engine gives on every corpus text, to a file: a speed change must not move one.

Texts: ../shared/corpus/replies.jsonl (each draft with its thread) and threads.jsonl (each post
as a draft, with the posts before it as its thread), the project's own corpora (tests/corpus/,
tests/corpus_holdout/), the pasted threads of tests/threads/ (each as a draft), and the drafts
bench/engine.py and bench/peers.py time. Each text is checked in Dutch and in English (and as
its own language where it has one), once as a fresh paste (no line read before) and once again
with its lines kept, as while typing; the two must agree. Each line of the output is one check:
its findings (rule, category, severity, span, text, message, fixes, guideline), commitments and
readability, and the thread's advice where a thread is read.

Run before and after a change, then diff the two files:
    .venv/bin/python bench/findings.py > /tmp/before.jsonl   (on the old code)
    .venv/bin/python bench/findings.py > /tmp/after.jsonl
    diff /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import yaml

from reactiewijzer import check
from reactiewijzer.cli.evaluate import default_corpus
from reactiewijzer.core.text import forget_lines
from reactiewijzer.core.thread import read_posts, read_thread

ROOT = Path(__file__).resolve().parents[1]
WRITTEN_AT = datetime(2024, 3, 14, 10, 30)  # due dates are read relative to this moment

sys.path.insert(0, str(ROOT / "bench"))


def _rows(name: str) -> list[dict]:
    path = default_corpus(name)
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def cases() -> Iterator[tuple[str, str, object, str | None, str | None]]:
    """(id, draft, thread, platform, own language) for every text."""
    for row in _rows("replies.jsonl"):
        posts = [(p.get("author"), str(p.get("text") or "")) for p in row.get("thread") or ()]
        thread = read_posts(posts) if posts else None
        yield f"replies/{row['id']}", row["draft"], thread, None, row.get("lang")
    for row in _rows("threads.jsonl"):
        posts = [(p.get("author"), str(p.get("text") or "")) for p in row.get("thread") or ()]
        for i, (_, text) in enumerate(posts):
            thread = read_posts(posts[:i]) if i else None
            yield f"threads/{row['id']}/{i}", text, thread, None, row.get("lang")
    for folder in ("corpus", "corpus_holdout"):
        for path in sorted((ROOT / "tests" / folder).rglob("*.yml")):
            for case in yaml.safe_load(path.read_text(encoding="utf-8")) or ():
                if not isinstance(case, dict) or "draft" not in case:
                    continue
                yield (
                    f"{folder}/{case.get('id')}",
                    case["draft"],
                    case.get("thread") or None,
                    case.get("platform"),
                    case.get("lang"),
                )
    for path in sorted((ROOT / "tests" / "threads").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield f"threads-txt/{path.stem}", text, None, None, None
    guide = default_corpus("replies.jsonl").parents[1] / "handreiking-social-media-participatie.txt"
    for i, paragraph in enumerate(guide.read_text(encoding="utf-8").split("\n\n")):
        yield f"guide/{i}", paragraph, None, None, "nl"
    for path in sorted((ROOT / "resources").rglob("*.yml")):
        found = _examples(yaml.safe_load(path.read_text(encoding="utf-8")))
        for i, text in enumerate(found):
            yield f"examples/{path.relative_to(ROOT / 'resources')}/{i}", text, None, None, None
    import engine
    import peers

    for size in (280, 2_000, 20_000):
        yield f"bench-engine/{size}", engine.draft_of(size, tag="x"), None, None, "nl"
        for lang in ("nl", "en"):
            text = peers.cut(peers.corpus_text(lang), size)
            yield f"bench-peers/{lang}/{size}", text, None, None, lang


def _examples(data: object, inside: bool = False) -> list[str]:
    """Every text under an `examples` key of a resource file (the rules' own good and bad)."""
    if isinstance(data, dict):
        return [t for k, v in data.items() for t in _examples(v, inside or k == "examples")]
    if isinstance(data, list):
        return [t for v in data for t in _examples(v, inside)]
    return [data] if inside and isinstance(data, str) else []


def record(draft: str, thread: object, platform: str | None, lang: str) -> dict:
    report = check(draft, thread=thread, lang=lang, platform=platform, written_at=WRITTEN_AT)
    return {
        "lang": report.lang,
        "findings": [
            [
                f.rule,
                f.category,
                f.severity,
                f.start,
                f.end,
                f.match,
                f.message,
                [[x.kind, x.text] for x in f.fixes] if f.fixes else [],
                f.guideline,
            ]
            for f in report.findings
        ],
        "commitments": [c.to_dict() for c in report.commitments],
        "readability": report.readability.to_dict() if report.readability else None,
    }


def main() -> None:
    out = sys.stdout
    for case_id, draft, thread, platform, own in cases():
        if isinstance(thread, str):
            thread = read_thread(thread)
        advice = thread.advice if thread is not None else None
        for lang in dict.fromkeys(("nl", "en", own or "auto")):
            forget_lines()
            fresh = record(draft, thread, platform, lang)
            typing = record(draft, thread, platform, lang)
            if typing != fresh:
                fresh["typing_differs"] = typing
            line = {"id": case_id, "as": lang, "advice": advice, **fresh}
            out.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
