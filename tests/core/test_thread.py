"""What a user notices of the thread reader: clean posts, the right register, the questions
still open, advice whose reasons quote the guide, and calm answers to garbage."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from reactiewijzer import read_thread
from reactiewijzer.cli import main
from reactiewijzer.core.errors import RuleFileErrors
from reactiewijzer.core.resources import resource_path, resources_dir
from reactiewijzer.core.thread import addressee, greeting_name
from reactiewijzer.core.thread import data as thread_data

FACEBOOK = """Gemeente Haarlem
1 d ·
Vanaf 1 juni geldt betaald parkeren in de Kleverparkbuurt.
👍 18
31 reacties 4 keer gedeeld
Vind ik leuk
Reageren
Delen
Meest relevant
Ans van der Meer
Topfan
Kunt u mij vertellen hoe lang het aanvragen van een vergunning duurt?
20 u
Vind ik leuk
Beantwoorden
Bewerkt
Alle 3 antwoorden weergeven
"""

NOISE_WORDS = ("Vind ik leuk", "Beantwoorden", "Reageren", "Topfan", "Bewerkt", "20 u", "👍 18")


def _guide_text() -> str | None:
    for path in (
        resource_path("handreiking-social-media-participatie.txt"),
        Path("/work/shared/handreiking-social-media-participatie.txt"),
    ):
        if path.is_file():
            return re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))
    return None


# ---- parsing ---------------------------------------------------------------------------------


def test_interface_noise_is_stripped_and_authors_kept():
    thread = read_thread(FACEBOOK)
    assert [p.author for p in thread.posts] == ["Gemeente Haarlem", "Ans van der Meer"]
    for post in thread.posts:
        for noise in NOISE_WORDS:
            assert noise not in post.text
    assert thread.posts[1].text == (
        "Kunt u mij vertellen hoe lang het aanvragen van een vergunning duurt?"
    )
    assert thread.posts[1].time == "20 u"


def test_english_interface_on_one_line_is_noise_too():
    text = (
        "Rachel Adams\nIs the bridge open?\nLike · Reply · 2h\nTom\nNo idea.\nLike · Reply · 1h\n"
    )
    thread = read_thread(text)
    assert [(p.author, p.text) for p in thread.posts] == [
        ("Rachel Adams", "Is the bridge open?"),
        ("Tom", "No idea."),
    ]
    assert thread.lang == "en"


def test_x_copy_keeps_handles_and_drops_reply_to_lines():
    text = (
        "Jan de Vries\n@jandevries\n·\n3u\nIs de A27 dicht?\n12\n"
        "Rijkswaterstaat\n@Rijkswaterstaat\n·\n2u\nAntwoord aan @jandevries\nJa, tot 05.00 uur.\n"
    )
    thread = read_thread(text)
    assert thread.format == "x"
    assert [(p.handle, p.text) for p in thread.posts] == [
        ("@jandevries", "Is de A27 dicht?"),
        ("@Rijkswaterstaat", "Ja, tot 05.00 uur."),
    ]
    assert thread.posts[1].from_organisation


def test_email_quotes_come_out_oldest_first():
    text = (
        "Nog een vraag: geldt dat ook voor zaterdag?\n\nGroet,\nFrank Meijer\n\n"
        "Op 12 mrt. 2024 om 10:42 schreef Gemeente Leiden <info@leiden.nl>:\n"
        "> Uw vergunning gaat in op 15 maart.\n"
    )
    thread = read_thread(text)
    assert thread.format == "email"
    assert [p.author for p in thread.posts] == ["Gemeente Leiden", "Frank Meijer"]
    assert thread.posts[0].handle == "info@leiden.nl"
    assert thread.open_questions == ("Nog een vraag: geldt dat ook voor zaterdag?",)


def test_a_colon_in_a_sentence_is_not_a_transcript():
    thread = read_thread("Let op: de brug is dicht.\n\nUpdate: hij is weer open.")
    assert thread.format == "paragraphs"
    assert all(p.author is None for p in thread.posts)


# ---- listening summary -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "register"),
    [
        ("Marloes: Kunt u mij zeggen of de pont vaart? Uw site zegt niets.", "u"),
        ("Marloes: Hoi, weten jullie of de pont vaart? Kun je dat checken?", "je"),
        ("Marloes: De pont vaart weer.", None),
        ("Marloes: Does the ferry run today? Could you check?", None),
    ],
)
def test_register_follows_the_citizen(text, register):
    assert read_thread(text).register == register


def test_open_questions_are_those_nobody_answered():
    text = (
        "Sandra: Wanneer gaat de brug weer open?\n"
        "Gemeente Deventer: Hoi Sandra, maandag om 6.00 uur.\n"
        "Kees: Komt er ook een omleiding voor fietsers?\n"
        "Lotte: Goeie vraag, ik ook benieuwd\n"
    )
    thread = read_thread(text)
    assert thread.open_questions == ("Komt er ook een omleiding voor fietsers?",)
    assert thread.advice == "respond"


def test_a_reply_to_someone_else_does_not_close_a_question():
    text = (
        "Sandra: Wanneer gaat de brug weer open?\n"
        "Kees: Waar moet ik omrijden?\n"
        "Gemeente Deventer: Hoi Kees, via de Zutphenseweg.\n"
    )
    assert read_thread(text).open_questions == ("Wanneer gaat de brug weer open?",)


def test_participants_subject_words_and_addressee():
    text = (
        "Henk Smit: De geluidsschermen langs de A2 zijn te laag. De geluidsschermen moeten hoger.\n"
        "Gemeente Leende: Dag Henk, we meten in mei opnieuw.\n"
        "Henk Smit: Waarom pas in mei? De geluidsschermen zijn nu al te laag.\n"
        "CryptoKing: Verdien €500 per dag! Klik hier bit.ly/geld\n"
    )
    thread = read_thread(text)
    assert [(p.name, p.posts) for p in thread.participants] == [
        ("Henk Smit", 2),
        ("Gemeente Leende", 1),
        ("CryptoKing", 1),
    ]
    assert thread.subject_words[0] == "geluidsschermen"
    assert "A2" in thread.subject_words
    person = addressee(thread)  # the spammer is not the person to answer
    assert person is not None and person.name == "Henk Smit"
    assert greeting_name(person) == "Henk"


def test_the_profiles_organisation_counts_as_ours():
    text = "Piet: Wanneer is de dijk klaar?\nTeam Sterke Lekdijk: Eind 2026 is alles af.\n"
    assert read_thread(text).open_questions == ()  # "Team" is an organisation word
    # Without it, the same words could be any citizen's guess: the question stays open.
    text = "Piet: Wanneer is de dijk klaar?\nSterke Lekdijk: Eind 2026 is alles af.\n"
    assert read_thread(text).open_questions == ("Wanneer is de dijk klaar?",)
    ours = read_thread(text, organisation="Sterke Lekdijk")
    assert ours.open_questions == ()
    assert ours.posts[1].from_organisation


# ---- advice and reasons ----------------------------------------------------------------------


def _quotes(thread):
    return {r.guideline: r.quote for r in thread.reasons}


def test_substance_means_respond_quoting_onderbouwing():
    thread = read_thread(
        "Henk: Ik ben tegen locatie B, omdat die op 300 meter van de woningen ligt. "
        "Volgens het MER-rapport is locatie C beter voor weidevogels."
    )
    assert thread.advice == "respond"
    assert "substance" in thread.posts[0].signals
    assert "Inhoudelijke reacties kun je herkennen aan de onderbouwing." in [
        r.quote for r in thread.reasons
    ]


def test_emotion_means_observe_and_avoid():
    thread = read_thread("Piet: WEER DICHT. ELKE KEER HETZELFDE. KUTDIJK!!! 🤬")
    assert thread.advice == "observe"
    assert {"emotion", "shouting", "swearing"} <= set(thread.posts[0].signals)
    quotes = [r.quote for r in thread.reasons]
    assert any("reacties emotioneel zijn" in q for q in quotes)
    assert "Blijf weg van mensen die niet oprecht zijn en slechts op zoek zijn om te scoren." in (
        quotes
    )


def test_isolated_experience_means_observe():
    thread = read_thread("Vanochtend stond ik twintig minuten voor de open brug. Weer te laat.")
    assert thread.advice == "observe"
    assert "negative_experience" in thread.posts[0].signals
    assert any("geïsoleerde negatieve ervaringen" in r.quote for r in thread.reasons)


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Rob: Jullie zijn echt debielen.", "insult"),
        ("Rob: Stelletje kankerlijers zijn jullie.", "insult"),
        ("Rob: I know where you live. You'll pay for this.", "threat"),
        ("Rob: Als die molens er komen steken we ze in de fik.", "illegal"),
        ("Rob: Verdien €500 per dag vanuit huis! Klik hier bit.ly/rijk", "spam"),
    ],
)
def test_abuse_and_spam_mean_moderate_quoting_the_rules(text, signal):
    thread = read_thread(text)
    assert signal in thread.posts[0].signals
    assert thread.advice == "moderate"
    quotes = _quotes(thread)
    assert quotes["Verwijderen van input van publiek"] == (
        "Dit doe je uitsluitend wanneer ze spam bevatten, daadwerkelijk kwetsend zijn of "
        "illegale content bevatten."
    )
    assert quotes["Hou je aan de regels"].startswith("Reageer gelijk op overtredingen")


def test_mild_disrespect_is_emotion_not_removal():
    thread = read_thread("Rob: Stelletje prutsers, wat een poppenkast weer.")
    assert thread.advice == "observe"
    assert "insult" not in thread.posts[0].signals


def test_criticism_with_a_question_gets_the_triple_a():
    thread = read_thread(
        "Wilma: Ik maak me zorgen over de trillingen, er zitten nu al scheuren in onze muur. "
        "Wie betaalt de schade?"
    )
    assert thread.advice == "respond"
    headings = [r.guideline for r in thread.reasons]
    assert headings.count("'Handle' negativiteit") == 2  # acknowledge and act
    assert any('"Ik begrijp wat je bedoelt maar..."' in r.quote for r in thread.reasons)


def test_reasons_are_in_the_threads_language():
    thread = read_thread(
        "Gary: This is unbelievable. Absolutely ridiculous!! You are clowns 🙄\n"
        "Linda: Same every single morning."
    )
    assert thread.lang == "en"
    assert thread.advice == "observe"
    assert thread.reasons[0].text.startswith("The reaction of Gary is emotional")
    assert thread.reasons[0].guideline == "Altijd reageren"  # headings stay the guide's own


def test_every_reason_quotes_the_guide_word_for_word():
    reasons = yaml.safe_load(resource_path("thread", "reasons.yml").read_text("utf-8"))
    headings = {
        s["heading"]
        for s in yaml.safe_load(resource_path("guideline.yml").read_text("utf-8"))["sections"]
    }
    guide = _guide_text()
    for key, reason in reasons.items():
        assert reason["heading"] in headings, key
        assert "{" not in reason["quote"], key
        if guide is not None:
            assert re.sub(r"\s+", " ", reason["quote"]) in guide, key
    if guide is None:
        pytest.skip("the guide's text is not available here; headings were checked")


# ---- garbage in ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "geen tekst"),
        ("   \n\t  ", "geen tekst"),
        ("\x00\x01\x02\x03garbage\x00\x00\x00\x00\x00\x00", "binaire gegevens"),
        (b"\xff\xfe\x00\x00", "binaire gegevens"),
        ("Beantwoorden\nVind ik leuk\n3 u\nReply\n12 likes\n", "alleen knoppen"),
        ("👍", "geen woorden"),
    ],
)
def test_odd_input_gets_a_clear_notice_in_both_languages(text, words):
    thread = read_thread(text)
    assert words in (thread.notice or "")
    assert thread.notice_en
    assert thread.advice in ("respond", "observe", "moderate")
    json.dumps(thread.to_dict())


def test_control_characters_are_dropped_and_said():
    thread = read_thread("Jan: Is de brug\x00 open?\x07\nPiet: Ja.")
    assert [p.text for p in thread.posts] == ["Is de brug open?", "Ja."]
    assert "2 onleesbare tekens" in thread.notice
    assert "2 unreadable characters" in thread.notice_en


def test_ten_megabytes_are_read_in_part_with_a_notice():
    unit = "Jan: Wanneer gaat de brug open?\nGemeente Zwolle: Hoi Jan, maandag.\n"
    thread = read_thread(unit * (10_000_000 // len(unit)))
    assert 0 < len(thread.posts) <= 2000
    assert "erg lang (10,0 MB)" in thread.notice
    assert "very long" in thread.notice_en


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_thread_never_an_exception(text):
    thread = read_thread(text)
    assert thread.advice in ("respond", "observe", "moderate")
    assert thread.register in ("je", "u", None)
    for post in thread.posts:
        assert post.text or post.author


def test_a_broken_word_list_names_the_file(tmp_path, monkeypatch):
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    (copy / "thread" / "signals.yml").write_text("swearing: [unclosed\n", encoding="utf-8")
    monkeypatch.setenv("REACTIEWIJZER_RESOURCES", str(copy))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    with pytest.raises(RuleFileErrors) as err:
        thread_data.load("signals")
    assert "thread/signals.yml:2: invalid YAML" in err.value.message_nl


# ---- command line ----------------------------------------------------------------------------


def test_cli_json_has_the_documented_keys(tmp_path, capsys):
    path = tmp_path / "thread.txt"
    path.write_text(FACEBOOK, encoding="utf-8")
    assert main(["thread", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {
        "posts", "participants", "open_questions", "register", "advice", "reasons", "format",
        "lang", "subject_words", "notice",
    } <= set(data)  # fmt: skip
    assert set(data["posts"][0]) >= {"author", "handle", "time", "text", "signals"}
    assert set(data["reasons"][0]) == {"text", "guideline", "quote"}
    assert data["advice"] == "respond"
    assert data["register"] == "u"


def test_cli_text_shows_advice_and_posts(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("REACTIEWIJZER_LANG", "nl")
    path = tmp_path / "thread.txt"
    path.write_text(FACEBOOK, encoding="utf-8")
    assert main(["thread", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Advies: Reageren")
    assert "Open vragen:\n  - Kunt u mij vertellen" in out
    assert "Aanspreekvorm: u" in out
    assert "Ans van der Meer" in out and "Beantwoorden" not in out


def test_cli_bad_input_exits_2_with_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("REACTIEWIJZER_LANG", "en")
    assert main(["thread", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "File not found" in err
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Café: één vraag?".encode("latin-1"))
    assert main(["thread", str(latin1)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not UTF-8" in err


def test_a_paste_is_read_once_while_the_reply_is_checked_again_and_again():
    # The window's thread view and each live check ask for the same paste in the checks'
    # process; a changed paste is read anew.
    paste = "Anna de Vries\n@anna_dv\nWanneer gaat de brug weer open?"
    first = read_thread(paste)
    assert read_thread(paste) is first
    changed = read_thread(paste + " En de fietsbrug?")
    assert changed is not first
    assert changed.posts[-1].text.endswith("En de fietsbrug?")
