"""Personal tone read through the language layer: passives, the organisation in the third
person, and the active sentence offered as the fix."""

from __future__ import annotations

import pytest

from reactiewijzer import apply_fix, check
from reactiewijzer.core.lexicon import lexicon

pytestmark = pytest.mark.skipif(
    not lexicon("nl").available, reason="LanguageTool's dictionaries are not installed"
)


def _passives(text: str, lang: str = "nl"):
    return [f for f in check(text, lang=lang).findings if f.rule == "personal_tone.passive"]


@pytest.mark.parametrize(
    ("draft", "lang", "active"),
    [
        ("Je aanvraag is goedgekeurd.", "nl", "We hebben je aanvraag goedgekeurd."),
        ("U wordt binnen 1 dag teruggebeld.", "nl", "We bellen u binnen 1 dag terug."),
        (
            "Uw aanvraag wordt binnen 6 weken beoordeeld.",
            "nl",
            "We beoordelen uw aanvraag binnen 6 weken.",
        ),
        ("Your message has been removed.", "en", "We have removed your message."),
        ("Your application will be assessed.", "en", "We will assess your application."),
    ],
)
def test_a_simple_passive_gets_the_active_sentence(draft, lang, active):
    found = _passives(draft, lang)
    assert found and found[0].fixes, draft
    assert apply_fix(draft, found[0], found[0].fixes[0]) == active


def test_no_rewrite_where_it_would_guess():
    # The actor is named, or the sentence has more than one clause: flagged, but no fix.
    for draft in (
        "De weg wordt morgen afgesloten door de aannemer.",
        "Hoi Sanne, je melding is opgepakt.",
    ):
        found = _passives(draft)
        assert found and not found[0].fixes, draft


@pytest.mark.parametrize(
    "draft",
    [
        "De details hierover worden in dit hoofdstuk nader uiteengezet.",  # words between
        "Als u het factuurnummer niet vermeldt, kan de betaling niet worden verwerkt.",
        "A tweet which was not intended to offend has been deleted.",  # the main verb late
        "Uw bestelling zal worden bezorgd.",
    ],
)
def test_passives_are_found_whatever_stands_between(draft):
    lang = "en" if draft.startswith("A tweet") else "nl"
    assert _passives(draft, lang)


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("We hebben je aanvraag goedgekeurd.", "nl"),
        ("De brug is vanochtend weer opengegaan.", "nl"),  # gaan takes zijn
        ("De brug is gesloten.", "nl"),  # an adjective: a state
        ("Je bericht is goed aangekomen.", "nl"),  # "bericht" is the noun here
        ("Word gerust lid van de groep!", "nl"),  # an imperative
        ("Sorry dat je bestelling nog niet is geleverd, we zoeken het uit.", "nl"),  # side clause
        ("We're so sorry the call was disconnected!", "en"),  # side clause in a we-reply
        ("We are pleased to hear that.", "en"),
    ],
)
def test_no_passive_where_there_is_none_or_the_voice_is_personal(draft, lang):
    assert not _passives(draft, lang)


def test_the_organisation_speaking_of_itself_unless_the_reply_speaks_as_we():
    rules = {f.rule for f in check("De gemeente geeft u eenmalig een toeslag.").findings}
    assert "personal_tone.organisation_voice" in rules
    other = check("Ik heb het nagevraagd: de gemeente gaat over de parkeervergunningen.")
    assert "personal_tone.organisation_voice" not in {f.rule for f in other.findings}
    # ... unless it is the writer's own organisation (the profile says which).
    own = check(
        "Ik heb het nagevraagd: de gemeente gaat over de parkeervergunningen.",
        profile={"organisation": "gemeente Utrecht"},
    )
    assert "personal_tone.organisation_voice" in {f.rule for f in own.findings}
