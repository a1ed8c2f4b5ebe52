"""The tone lexicons of resources/lexicons/: emotional adjectives, coarse words, nouns for people.

Plain TSV files a reviewer can extend (each file's header says how); built from Pattern,
LanguageTool, LDNOOBW and LiNT-II by packaging/lexicons/build.py. Read once per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reactiewijzer.core.resources import resource_path


@dataclass(frozen=True)
class ToneLexicon:
    judgments: frozenset[str]  # adjectives that are emotional wherever they stand
    feelings: frozenset[str]  # adjectives that are emotional when the writer says them of self
    coarse: dict[str, str]  # word -> kind: profanity, person or slur
    roots: re.Pattern[str] | None  # "kut", "klote": any word containing one is coarse
    root_exceptions: re.Pattern[str] | None  # "knikker", "negeren": containing a root, fine
    people: frozenset[str]  # nouns for people: "automobilist", "ambtenaren"
    people_heads: tuple[str, ...]  # last parts of compounds for people: "gebruiker"
    loose_people: frozenset[str]  # loose words for people: "types" in "die types"

    def coarse_kind(self, word: str) -> str | None:
        """'person', 'slur' or 'profanity' for a coarse word (lower-cased), else None."""
        kind = self.coarse.get(word)
        if kind is not None:
            return kind
        if self.roots is None or not self.roots.search(word):
            return None
        if self.root_exceptions is not None and self.root_exceptions.search(word):
            return None
        return "profanity"

    def is_person(self, word: str) -> bool:
        """A noun for a person or a group of people (lower-cased form or lemma)."""
        if word in self.people:
            return True
        return len(word) > 6 and word.endswith(self.people_heads)


def _rows(name: str) -> list[list[str]]:
    path = resource_path("lexicons", name)
    if not path.is_file():
        return []
    return [
        line.rstrip().split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#") and not line.isspace()
    ]


def _alternation(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=2)
def tone_lexicon(lang: str) -> ToneLexicon:
    judgments, feelings = set(), set()
    for row in _rows(f"emotional_adjectives_{lang}.tsv"):
        (feelings if len(row) > 1 and row[1] == "feeling" else judgments).add(row[0].lower())
    coarse: dict[str, str] = {}
    roots, exceptions = [], []
    for row in _rows(f"coarse_words_{lang}.tsv"):
        word, match = row[0].lower(), row[1] if len(row) > 1 else "word"
        kind = row[2] if len(row) > 2 and row[2] in ("person", "slur") else "profanity"
        if match == "contains":
            roots.append(word)
        elif match == "except":
            exceptions.append(word)
        else:
            coarse[word] = kind
    people, heads, loose = set(), [], set()
    for row in _rows(f"person_nouns_{lang}.tsv"):
        kind = row[1] if len(row) > 1 else "noun"
        if kind == "head":
            heads.append(row[0].lower())
        elif kind == "loose":
            loose.add(row[0].lower())
        else:
            people.add(row[0].lower())
    return ToneLexicon(
        judgments=frozenset(judgments),
        feelings=frozenset(feelings),
        coarse=coarse,
        roots=_alternation(roots),
        root_exceptions=_alternation(exceptions),
        people=frozenset(people),
        people_heads=tuple(h for h in heads if len(h) >= 5),
        loose_people=frozenset(loose),
    )
