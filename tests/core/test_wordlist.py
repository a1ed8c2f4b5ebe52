"""The personal word list: a plain text file the user owns, never left half-written."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reactiewijzer.core.errors import InputError
from reactiewijzer.core.grammar.words import AcceptedWords, PersonalWordList, read_words


def test_added_words_are_kept_in_a_plain_utf8_file(tmp_path):
    path = tmp_path / "woordenlijst.txt"
    words = PersonalWordList(path)
    assert words.add("Rijkswaterstaat") and words.add("Ĳsselmeerdijk")
    assert not words.add("rijkswaterstaat")  # already there, in any capitalisation
    assert "RIJKSWATERSTAAT" in words and "IJsselmeer" not in words
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[1:] == ["Rijkswaterstaat", "Ĳsselmeerdijk"]
    assert PersonalWordList(path).words() == ["Rijkswaterstaat", "Ĳsselmeerdijk"]


def test_remove_takes_a_word_out_and_says_when_it_was_not_there(tmp_path):
    words = PersonalWordList(tmp_path / "w.txt")
    words.add("IenW")
    assert words.remove("ienw")
    assert not words.remove("IenW")
    assert words.words() == []


def test_a_hand_edited_file_with_comments_and_blank_lines_is_read(tmp_path):
    path = tmp_path / "w.txt"
    path.write_text("\ufeff# mijn namen\n\nFemkje\n  Dijkstraatsma  \n", encoding="utf-8")
    assert PersonalWordList(path).words() == ["Femkje", "Dijkstraatsma"]


def test_a_change_by_another_process_is_seen(tmp_path):
    path = tmp_path / "w.txt"
    words = PersonalWordList(path)
    assert "Femkje" not in words
    PersonalWordList(path).add("Femkje")  # e.g. `reactiewijzer words add` meanwhile
    assert "Femkje" in words


@pytest.mark.parametrize("bad", ["", "   ", "twee\nregels", "#kop", "x" * 101])
def test_words_that_cannot_be_one_line_are_refused(tmp_path, bad):
    words = PersonalWordList(tmp_path / "w.txt")
    with pytest.raises(InputError):
        words.add(bad)
    assert words.words() == []


def test_accepted_words_join_the_shipped_terms_and_the_personal_list(tmp_path):
    known = tmp_path / "known.txt"
    known.write_text("# terms\nIenW\nAfsluitdijk\n", encoding="utf-8")
    personal = PersonalWordList(tmp_path / "w.txt")
    accepted = AcceptedWords(personal, known=known)
    assert "ienw" in accepted and "Afsluitdijk" in accepted
    assert "Femkje" not in accepted
    personal.add("Femkje")
    assert "Femkje" in accepted


def test_the_shipped_known_terms_are_single_words():
    from reactiewijzer.core.grammar.words import known_terms_path

    terms = read_words(known_terms_path())
    assert "Rijkswaterstaat" in terms and "IenW" in terms
    assert all(" " not in t for t in terms)  # LanguageTool flags one word at a time
    assert len({t.casefold() for t in terms}) == len(terms)


def run_words(*args: str, data_dir) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, REACTIEWIJZER_DATA_DIR=str(data_dir), REACTIEWIJZER_LANG="nl")
    return subprocess.run(
        [sys.executable, "-m", "reactiewijzer", "words", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_words_command_adds_lists_and_removes(tmp_path):
    assert run_words("add", "Femkje", data_dir=tmp_path).stdout == "'Femkje' toegevoegd.\n"
    assert (
        run_words("add", "femkje", data_dir=tmp_path).stdout == "'femkje' stond al in de lijst.\n"
    )
    run_words("add", "Dijkstraatsma", data_dir=tmp_path)
    assert run_words("list", data_dir=tmp_path).stdout == "Femkje\nDijkstraatsma\n"
    assert (tmp_path / "woordenlijst.txt").is_file()
    assert run_words("remove", "Femkje", data_dir=tmp_path).returncode == 0
    assert run_words("list", data_dir=tmp_path).stdout == "Dijkstraatsma\n"


def test_words_command_without_a_word_is_a_usage_error(tmp_path):
    out = run_words("add", data_dir=tmp_path)
    assert out.returncode == 2
    assert out.stderr == "reactiewijzer: Geef het woord: reactiewijzer words add WOORD\n"
    bad = run_words("add", "twee\nregels", data_dir=tmp_path)
    assert bad.returncode == 2 and "Geen geldig woord" in bad.stderr
