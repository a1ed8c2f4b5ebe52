"""The catalogue: every data file has a schema, all mistakes are reported at once with their
line, nothing in a schema is dead, and a start whose files were checked before is not slowed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from reactiewijzer.core.catalogue import catalogue_files, data, schema_for, validate_all
from reactiewijzer.core.errors import RuleFileErrors
from reactiewijzer.core.resources import resource_path

CODE = "\n".join(
    p.read_text(encoding="utf-8")
    for p in (Path(__file__).parents[2] / "desktop" / "reactiewijzer").rglob("*.py")
)


def test_every_data_file_has_a_schema_and_keeps_to_it():
    files = catalogue_files()
    assert len(files) >= 20  # checks, platforms, thread/*, commitments/*, language/*, ...
    for name in files:
        assert schema_for(name).exists(), name
    assert validate_all() == []


@pytest.fixture
def broken(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(resource_path(), root, ignore=shutil.ignore_patterns("lexicons", "rules"))
    monkeypatch.setenv("REACTIEWIJZER_RESOURCES", str(root))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return root


def _edit(path: Path, old: str, new: str) -> int:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def test_every_mistake_in_every_file_is_reported_at_once_with_its_line(broken):
    typo = _edit(broken / "platforms.yml", "    url_length: 23", "    url_lenght: 23")
    number = _edit(broken / "thread" / "signals.yml", '"+1"]', "+1]")
    missing = _edit(broken / "readability.yml", "  b1_min_score:", "  b1_minimum:")
    with pytest.raises(RuleFileErrors) as raised:
        data("checks")  # any file: the first read checks them all
    errors = raised.value.errors
    assert f"resources/platforms.yml:{typo}: unknown key 'url_lenght'" in "\n".join(errors)
    assert any(
        e.startswith(f"resources/thread/signals.yml:{number}:") and "must be text, not 1" in e
        for e in errors
    ), errors
    assert any(e.startswith("resources/readability.yml:") and "b1_min_score" in e for e in errors)
    assert any(f"readability.yml:{missing}: unknown key 'b1_minimum'" in e for e in errors)
    assert "Fouten in" in raised.value.message("nl")


def test_a_file_without_a_schema_is_named(broken):
    (broken / "extra.yml").write_text("words: [a, b]\n", encoding="utf-8")
    assert validate_all(broken) == [
        "resources/extra.yml:1: no schema for this file (add resources/schemas/extra.yml)"
    ]


def _run(env: dict[str, str]) -> str:
    code = (
        "import sys; from reactiewijzer.core.catalogue import data; data('checks'); "
        "print('jsonschema' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_files_checked_before_are_not_checked_again_until_one_changes(broken, tmp_path):
    env = {**os.environ}
    assert _run(env) == "True"  # the first start checks every file
    assert _run(env) == "False"  # the next ones only look at the files' sizes and times
    _edit(broken / "accessibility.yml", "min_hashtag_letters:", "min_hashtag_lettres:")
    with pytest.raises(subprocess.CalledProcessError) as failed:
        _run(env)
    assert "unknown key 'min_hashtag_lettres'" in failed.value.stderr


def _declared_keys(schema: dict, out: list[str]) -> list[str]:
    for key, sub in (schema.get("properties") or {}).items():
        if "for readers" not in str(sub.get("$comment", "")):
            out.append(key)
        _declared_keys(sub, out)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            _declared_keys(schema[key], out)
    return out


def test_every_key_a_schema_declares_is_read_by_the_app():
    # A key nobody reads misleads whoever edits it ("min_words_for_voice" once did nothing).
    dead = {}
    for name in catalogue_files():
        schema = yaml.safe_load(schema_for(name).read_text(encoding="utf-8"))
        keys = [k for k in _declared_keys(schema, []) if k not in ("nl", "en", "all")]
        unread = [k for k in keys if not re.search(rf"[\"']{re.escape(k)}[\"']", CODE)]
        if unread:
            dead[name] = unread
    assert dead == {}


def test_every_named_promise_word_list_is_used_by_a_pattern():
    promises = data("commitments/promises")
    for lang in ("nl", "en"):
        patterns = " ".join(promises[lang]["promise"] + promises[lang]["not_promise"])
        used = set(re.findall(r"\{(\w+)\}", patterns))
        assert set(promises[lang]["words"]) == used, lang


def test_a_rule_pack_with_a_mistake_in_each_language_says_so_for_both(tmp_path):
    from reactiewijzer.core.rules import load_rules

    root = tmp_path / "rules"
    shutil.copytree(resource_path("rules"), root)
    _edit(root / "en" / "jargon" / "key.yml", "message:", "message_en: 'Twice.'\nmessage:")
    _edit(root / "nl" / "jargon" / "ouderwets.yml", "level:", "levle:")
    with pytest.raises(RuleFileErrors) as raised:
        load_rules(root)
    text = "\n".join(raised.value.errors)
    assert "en/jargon/key.yml:" in text and "an English rule has one message" in text
    assert "nl/jargon/ouderwets.yml:" in text and "unknown key 'levle'" in text


def test_every_coded_check_files_its_findings_under_a_known_category():
    from reactiewijzer.core.catalogue import categories

    checks = data("checks")["checks"]
    assert {c["category"] for c in checks.values()} <= set(categories())


def test_every_message_is_used_has_both_languages_and_the_same_fields():
    import string

    messages = data("messages")["messages"]
    used = set(re.findall(r"""\btexts?\(\s*["']([a-z_]+\.[a-z_]+)["']""", CODE))
    assert used - set(messages) == set()  # no code asks for a message that is not there
    assert set(messages) - used == set()  # no message waits for code that never asks
    for key, both in messages.items():
        fields = [
            {name for _, name, _, _ in string.Formatter().parse(both[lang]) if name}
            for lang in ("nl", "en")
        ]
        assert fields[0] == fields[1], key


def test_a_message_writes_numbers_the_way_each_language_does():
    from reactiewijzer.core.catalogue import texts

    dutch, english = texts("draft.too_long", length=12345)
    assert "(12.345 tekens)" in dutch and "(12,345 characters)" in english
