"""Emotional, coarse and insulting words, read from the tone lexicons (resources/lexicons/).

What a writer notices: an angry or denigrating word is flagged, the more severe the more it is
aimed at a person; the words of a polite reply (empathy, facts, a denial) are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reactiewijzer import check
from reactiewijzer.core.checks.tone_lexicon import tone_lexicon
from reactiewijzer.core.corpus_replies import read_rows
from reactiewijzer.core.lexicon import lexicon
from reactiewijzer.core.resources import resource_path

TONE_RULES = {
    "permanence.emotional",
    "permanence.generalisation",
    "permanence.coarse",
    "permanence.insult",
}
REPO = Path(__file__).resolve().parents[2]
REAL = REPO.parent / "shared" / "corpus" / "replies.jsonl"
REVIEW = REPO / "packaging" / "lexicons" / "review.tsv"

needs_dictionaries = pytest.mark.skipif(
    not lexicon("nl").available, reason="LanguageTool's dictionaries are not installed"
)


def _tone(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (f.rule.split(".")[1], f.match)
        for f in check(text, lang=lang).findings
        if f.rule in TONE_RULES
    ]


@needs_dictionaries
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # strong judgments, also inflected (by lemma)
        ("nl", "Wat een belachelijke vraag.", [("emotional", "belachelijke")]),
        ("nl", "Dat is echt schandalig van jullie.", [("emotional", "schandalig")]),
        ("en", "Pathetic. The board agreed the cuts again.", [("emotional", "Pathetic")]),
        ("en", "This is ridiculous.", [("emotional", "ridiculous")]),
        # the writer's own feeling
        ("nl", "Wij zijn er woedend over.", [("emotional", "woedend")]),
        ("en", "We're furious about this.", [("emotional", "furious")]),
        # aimed at a person: an insult
        ("nl", "Je bent gewoon dom.", [("insult", "dom")]),
        ("nl", "Stomme ambtenaren ook.", [("insult", "Stomme ambtenaren")]),
        ("nl", "Die idioten snappen het niet.", [("insult", "idioten")]),
        ("en", "You're stupid.", [("insult", "stupid")]),
        ("en", "What an idiot.", [("insult", "idiot")]),
        # coarse: LanguageTool's roots inside compounds, censored words
        ("nl", "Dit is kutbeleid.", [("coarse", "kutbeleid")]),
        ("nl", "Godverdomme, weer file.", [("coarse", "Godverdomme")]),
        ("nl", "Anders kun je ons altijd nog de t**fus blokken.", [("coarse", "t**fus")]),
        ("en", "What a shitty day.", [("coarse", "shitty")]),
        # a group of people as one type
        (
            "nl",
            "Dat soort weggebruikers rijdt door rood.",
            [("generalisation", "Dat soort weggebruikers")],
        ),
        ("nl", "Met die types valt niet te praten.", [("generalisation", "die types")]),
        ("en", "Those types never pay.", [("generalisation", "Those types")]),
    ],
)
def test_emotional_and_insulting_words_are_flagged(lang, text, expected):
    assert _tone(text, lang) == expected


@needs_dictionaries
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ik snap dat je woedend bent over de afsluiting."),  # the citizen's feeling
        ("nl", "Ik begrijp dat je het belachelijk vindt."),  # the citizen's view
        ("nl", "Vervelend dat je zo lang moest wachten."),  # empathy
        ("nl", "Wat vreselijk voor je!"),
        ("nl", "Dit is een gevaarlijke kruising, daarom komt er een drempel."),  # a fact
        ("nl", "Het is niet belachelijk: de brug moest echt dicht."),  # denied
        ("nl", "De knikkerbaan in het park is weer open."),  # LanguageTool's exception
        ("nl", "We negeren berichten met scheldwoorden."),
        ("nl", "Er zijn geen remsporen gevonden."),  # an everyday word in LDNOOBW's list
        ("nl", "Met die bewoners hebben we vorige week gesproken."),
        ("en", "I understand you're furious, and I'm sorry."),
        ("en", "We apologise for any upset caused."),
        ("en", "I'm afraid the line is closed until Monday."),
        ("en", "Three days without hot water is awful, sorry."),
        ("en", "That's not stupid at all."),
        ("en", "The police escort will leave at 9."),
    ],
)
def test_polite_replies_are_left_alone(lang, text):
    assert _tone(text, lang) == []


@needs_dictionaries
@pytest.mark.skipif(not REAL.is_file(), reason=f"no real corpus at {REAL}")
def test_no_false_alarm_on_good_real_replies():
    """Real published replies a reviewer found fine for permanence get none of these."""
    good = [r for r in read_rows(REAL) if (r.get("labels") or {}).get("permanence") is False]
    assert len(good) >= 100
    flagged = {r["id"]: _tone(r["draft"], r["lang"]) for r in good}
    assert {k: v for k, v in flagged.items() if v} == {}


@needs_dictionaries
def test_no_false_alarm_on_the_projects_own_corpora():
    flagged = {}
    for folder in ("corpus", "corpus_holdout"):
        for path in sorted((REPO / "tests" / folder).glob("*/*.yml")):
            for case in yaml.safe_load(path.read_text("utf-8")) or []:
                expected = {e["category"] for e in case.get("expect") or []}
                if "permanence" not in expected:
                    found = _tone(case["draft"], case["lang"])
                    if found:
                        flagged[case["id"]] = found
    assert flagged == {}


def test_lexicon_files_are_well_formed():
    """Each row has its columns and known values, so an edit by hand cannot break the check."""
    kinds = {"emotional_adjectives": {"judgment", "feeling"}}
    for path in sorted(resource_path("lexicons").glob("*.tsv")):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            where = f"{path.name}:{n}: {line!r}"
            assert cells[0] and cells[0] == cells[0].strip(), where
            if path.name.startswith("emotional_adjectives"):
                assert len(cells) == 5 and cells[1] in kinds["emotional_adjectives"], where
            elif path.name.startswith("coarse_words"):
                assert len(cells) == 4, where
                assert cells[1] in {"word", "contains", "except"}, where
                assert cells[2] in {"profanity", "person", "slur", "-"}, where
            else:
                assert len(cells) in (2, 3) and cells[1] in {"noun", "head", "loose"}, where


def test_reviewed_drops_stay_out():
    """A word the review dropped ("vervelend", "remsporen") is in no shipped list."""
    for line in REVIEW.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lang, word, decision, reason = line.split("\t")
        assert reason.strip(), line
        tl = tone_lexicon(lang)
        if decision == "drop":
            assert word not in tl.judgments | tl.feelings, line
            assert word not in tl.coarse, line
        elif decision == "feeling":
            assert word in tl.feelings, line
        elif decision in ("person", "profanity"):
            assert word in tl.coarse, line
