"""Every fix the engine offers keeps the writer's words: outside the finding's span nothing
changes, an insert removes nothing, and information is never applied."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from reactiewijzer import Finding, Fix, apply_fix, check
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.text import sentences

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent.parent / "shared" / "corpus" / "replies.jsonl"
SHARED_CORPUS = SHARED if SHARED.exists() else Path("/work/shared/corpus/replies.jsonl")

# A full profile, so that every check that can suggest something does.
PROFILE = {
    "name": "Sanne",
    "organisation": "Rijkswaterstaat",
    "phone": "0800-8002",
    "office_hours": "ma-vr 8.00-20.00 uur",
    "email": "info@rws.nl",
    "contact_form": "https://www.rws.nl/contact",
    "walk_in": "kom langs op de inloopavond in het dorpshuis",
}


def _project_cases():
    for folder in ("corpus", "corpus_holdout"):
        for path in sorted((ROOT / "tests" / folder).glob("*/*.yml")):
            for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
                yield case["id"], case["draft"], case.get("thread"), case.get("platform")


def _shared_cases():
    if not SHARED_CORPUS.exists():
        return
    for line in SHARED_CORPUS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        thread = "\n\n".join(f"{p.get('author') or ''}\n{p['text']}" for p in row["thread"])
        yield row["id"], row["draft"], thread or None, None


CASES = [*_project_cases(), *_shared_cases()]


def _assert_keeps_words(draft: str, f: Finding, fix: Fix) -> None:
    new = apply_fix(draft, f, fix)
    if fix.kind == "replace":
        assert new[: f.start] == draft[: f.start]
        assert new[f.start :].endswith(draft[f.end :]) if draft[f.end :] else True
        assert new == draft[: f.start] + fix.text + draft[f.end :]
        return
    at = f.start if fix.kind == "insert_before" else f.end
    added = len(new) - len(draft)
    assert added >= len(fix.text) > 0
    # Pure insertion at the span's edge: everything the writer wrote is still there, in order.
    assert new[:at] == draft[:at] and new[at + added :] == draft[at:]
    assert fix.text in new[at : at + added]


def _rewrites(sentence: str, replacement: str) -> bool:
    """The replacement says the writer's own sentence differently (the active sentence for a
    passive): at least half of the sentence's words are in it."""
    own = [w.lower().strip(".,!?") for w in sentence.split()]
    new = {w.lower().strip(".,!?") for w in replacement.split()}
    return sum(w in new for w in own) >= len(own) / 2


def _whole_sentence(draft: str, f: Finding) -> bool:
    return any(
        s.start == f.start and s.end == f.end and len(s.text.split()) > 3 for s in sentences(draft)
    )


def test_there_are_enough_drafts_to_mean_something():
    assert len(CASES) >= 400


def test_every_fix_on_every_corpus_draft_keeps_the_writers_words():
    kinds: dict[str, int] = {}
    for case_id, draft, thread, platform in CASES:
        report = check(draft, thread=thread, platform=platform, profile=PROFILE)
        for f in report.findings:
            assert draft[f.start : f.end] == f.match, case_id
            for fix in f.fixes:
                kinds[fix.kind] = kinds.get(fix.kind, 0) + 1
                if fix.kind == "none":
                    with pytest.raises(InputError):
                        apply_fix(draft, f, fix)
                    continue
                # A whole sentence is never replaced by a suggestion: that is how the writer's
                # first sentence became the citizen's question. (A signature line such as
                # "Namens de gemeente" is there to be replaced by the writer's own.)
                if f.rule != "personal_tone.sign_off" and not _rewrites(f.match, fix.text):
                    assert not (fix.kind == "replace" and _whole_sentence(draft, f)), (
                        case_id,
                        f.rule,
                    )
                _assert_keeps_words(draft, f, fix)
    # The corpora exercise every kind, or this test proves less than it says.
    assert {"replace", "insert_before", "insert_after", "none"} <= kinds.keys(), kinds


def test_the_unanswered_question_is_information_and_the_name_goes_in_front():
    thread = "Marieke de Vries\n@mariekedv\nWanneer gaat de brug bij Zaltbommel weer open?"
    draft = "Bedankt voor je bericht. Meer informatie vind je op onze website."
    report = check(draft, thread=thread)
    by_rule = {f.rule: f for f in report.findings}
    unanswered = by_rule["broadcast_only.unanswered"]
    assert [x.kind for x in unanswered.fixes] == ["none"]
    assert unanswered.suggestions == ()  # nobody reads the question as a replacement
    no_name = by_rule["personal_tone.no_name"]
    hoi = next(x for x in no_name.fixes if x.text == "Hoi Marieke,")
    assert hoi.kind == "insert_before"
    assert apply_fix(draft, no_name, hoi) == "Hoi Marieke, " + draft


def test_an_invitation_is_added_after_the_last_sentence():
    draft = (
        "De werkzaamheden aan de brug duren nog tot eind maart en daarna is de brug weer open "
        "voor al het verkeer"
    )
    f = next(f for f in check(draft).findings if f.rule == "broadcast_only.no_invitation")
    fix = f.fixes[0]
    assert fix.kind == "insert_after"
    assert apply_fix(draft, f, fix) == draft + ". " + fix.text


def test_a_fix_for_an_older_text_is_refused_not_applied_in_the_wrong_place():
    draft = "Wij informeren u middels deze brief."
    f = next(f for f in check(draft).findings if f.rule == "jargon.ouderwets")
    assert apply_fix(draft, f, f.fixes[0]) == "Wij informeren u met deze brief."
    with pytest.raises(InputError):
        apply_fix("Hoi! " + draft, f, f.fixes[0])


def test_fixes_travel_in_the_json_with_their_kind():
    thread = "Marieke de Vries\n@mariekedv\nWanneer gaat de brug bij Zaltbommel weer open?"
    data = check("Bedankt voor je bericht. Meer informatie vind je op onze website.", thread=thread)
    findings = data.to_dict()["findings"]
    unanswered = next(f for f in findings if f["rule"] == "broadcast_only.unanswered")
    assert unanswered["fixes"] == [
        {"kind": "none", "text": "Wanneer gaat de brug bij Zaltbommel weer open?"}
    ]
    assert unanswered["suggestions"] == []
