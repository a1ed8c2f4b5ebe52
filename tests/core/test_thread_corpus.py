"""The thread reader against the corpus in tests/threads/: per post, the author, the handle and
the start of the text must be right; per thread, the advice. Both accuracies must reach 0.9."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reactiewijzer import read_thread

CORPUS = Path(__file__).resolve().parents[1] / "threads"
CASES = sorted(CORPUS.glob("*.yml"))


def _expected(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _post_right(post, want: dict) -> bool:
    return (
        post.author == want.get("author")
        and post.handle == want.get("handle")
        and post.text.startswith(want["text_startswith"])
        and ("ours" not in want or post.from_organisation == want["ours"])
    )


def _score(path: Path) -> tuple[int, int, bool, list[str]]:
    want = _expected(path)
    thread = read_thread(path.with_suffix(".txt").read_text(encoding="utf-8"))
    wanted = want["posts"]
    right = sum(
        1 for i, w in enumerate(wanted) if i < len(thread.posts) and _post_right(thread.posts[i], w)
    )
    # Extra posts the parser invented count as wrong ones.
    total = max(len(wanted), len(thread.posts))
    problems = []
    if len(thread.posts) != len(wanted):
        problems.append(f"{len(thread.posts)} posts, expected {len(wanted)}")
    for i, w in enumerate(wanted):
        if i >= len(thread.posts) or not _post_right(thread.posts[i], w):
            got = thread.posts[i] if i < len(thread.posts) else None
            problems.append(f"post {i + 1}: expected {w}, got {got and got.to_dict()}")
    if thread.advice != want["advice"]:
        problems.append(f"advice {thread.advice}, expected {want['advice']}")
    if thread.format != want["format"]:
        problems.append(f"format {thread.format}, expected {want['format']}")
    if thread.lang != want["lang"]:
        problems.append(f"lang {thread.lang}, expected {want['lang']}")
    if "register" in want and thread.register != want["register"]:
        problems.append(f"register {thread.register}, expected {want['register']}")
    return right, total, thread.advice == want["advice"], problems


def test_the_corpus_is_large_and_varied():
    wants = [_expected(p) for p in CASES]
    assert len(wants) >= 40
    assert sum(w["lang"] == "en" for w in wants) >= 8
    formats = {w["format"] for w in wants}
    assert formats >= {"x", "facebook", "instagram", "linkedin", "youtube", "eparticipation",
                       "email", "transcript", "paragraphs"}  # fmt: skip
    assert {w["advice"] for w in wants} == {"respond", "observe", "moderate"}


def test_parse_and_advice_accuracy(capsys):
    right = total = advice_right = 0
    report = []
    for path in CASES:
        r, t, advice_ok, problems = _score(path)
        right, total, advice_right = right + r, total + t, advice_right + advice_ok
        report += [f"{path.stem}: {p}" for p in problems]
    parse_acc = right / total
    advice_acc = advice_right / len(CASES)
    with capsys.disabled():
        print(
            f"\nthread corpus: {len(CASES)} threads, {total} posts; parse accuracy "
            f"{parse_acc:.3f}, advice accuracy {advice_acc:.3f}"
        )
        for line in report:
            print("  " + line)
    assert parse_acc >= 0.9, report
    assert advice_acc >= 0.9, report


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_format_and_language_detected(path: Path):
    want = _expected(path)
    thread = read_thread(path.with_suffix(".txt").read_text(encoding="utf-8"))
    assert (thread.format, thread.lang) == (want["format"], want["lang"])
