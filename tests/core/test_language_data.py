"""Every entry of the language layer's word lists (resources/language/<lang>.yml) does what its
own example says, so no entry exists only to pass a corpus item and none can rot unnoticed."""

from __future__ import annotations

import pytest

from reactiewijzer import check
from reactiewijzer.core.lexicon import language_data, lexicon

pytestmark = pytest.mark.skipif(
    not lexicon("nl").available, reason="LanguageTool's dictionaries are not installed"
)


def _entries(section: str):
    for lang in ("nl", "en"):
        for word, example in (language_data(lang).get(section) or {}).items():
            yield pytest.param(lang, str(word), example, id=f"{lang}-{word}")


def _rules(text: str, lang: str) -> set[str]:
    return {f.rule for f in check(text, lang=lang).findings}


@pytest.mark.parametrize(("lang", "word", "example"), list(_entries("zijn_verbs")))
def test_a_verb_that_takes_zijn_is_no_passive(lang, word, example):
    lemmas = set().union(*(lexicon(lang).lemmas(w.strip(".,!?")) for w in example.split()))
    assert any(lemma.endswith(word) for lemma in lemmas), f"no form of {word} in {example!r}"
    assert "personal_tone.passive" not in _rules(example, lang)


@pytest.mark.parametrize(("lang", "word", "example"), list(_entries("adjectival_participles")))
def test_an_adjectival_participle_is_no_passive(lang, word, example):
    assert word in example.lower()
    assert "personal_tone.passive" not in _rules(example, lang)


@pytest.mark.parametrize(("lang", "word", "example"), list(_entries("organisation_nouns")))
def test_an_organisation_as_subject_speaks_in_the_third_person(lang, word, example):
    assert word.lower() in example.lower()
    assert "personal_tone.organisation_voice" in _rules(example, lang)


@pytest.mark.parametrize(("lang", "word", "example"), list(_entries("voice_nouns")))
def test_the_organisations_views_spoken_of_from_outside(lang, word, example):
    assert word in example.lower()
    assert "personal_tone.organisation_voice" in _rules(example, lang)


@pytest.mark.parametrize(
    ("lang", "word", "example"),
    [*_entries("impersonal_subjects"), *_entries("impersonal_verbs")],
)
def test_impersonal_constructions_are_found(lang, word, example):
    assert "personal_tone.impersonal" in _rules(example, lang)


def _officialese():
    for lang in ("nl", "en"):
        for phrase, entry in (language_data(lang).get("officialese") or {}).items():
            yield pytest.param(lang, phrase, entry["example"], id=f"{lang}-{phrase}")


@pytest.mark.parametrize(("lang", "phrase", "example"), list(_officialese()))
def test_officialese_by_lemma_is_found_in_its_example(lang, phrase, example):
    # The fixed word lists may flag the same words first; either way the reader is warned.
    found = [f for f in check(example, lang=lang).findings if f.category == "jargon"]
    assert found, example


def test_a_split_verb_gets_no_fix_that_would_break_the_sentence():
    report = check("Hierbij delen wij u mede dat de brug dicht is.", lang="nl")
    found = [f for f in report.findings if f.rule == "jargon.officialese_form"]
    assert found and not found[0].suggestions
    whole = check("Je kunt bezwaar indienen.", lang="nl")
    fixes = [f.suggestions for f in whole.findings if f.rule == "jargon.officialese_form"]
    assert fixes and "insturen" in fixes[0]


@pytest.mark.parametrize(("lang", "phrase", "example"), list(_officialese()))
def test_advice_in_brackets_is_never_put_into_the_draft(lang, phrase, example):
    # "hereby: (leave out)": the writer reads the advice; no button writes "(leave out)" in.
    for f in check(example, lang=lang).findings:
        for fix in f.fixes:
            assert not fix.text.startswith("("), (f.rule, fix)


def test_every_coded_check_has_a_name_the_writer_can_switch_off():
    # Without one, "Zet … uit" and Settings > Genegeerd would show an id like
    # 'jargon.officialese_form' to the writer.
    import yaml

    from reactiewijzer.core.dismissals import check_name
    from reactiewijzer.core.resources import resource_path

    checks = yaml.safe_load(resource_path("checks.yml").read_text(encoding="utf-8"))
    ids = [k for k in (checks.get("checks") or checks) if isinstance(k, str) and "." in k]
    assert ids
    for rule in ids:
        for lang in ("nl", "en"):
            assert check_name(rule, lang) != rule, (rule, lang)
