"""Word facts: what a word can be (part of speech, lemma) and how common it is.

Readings come from LanguageTool's own POS dictionaries (read from Python, no Java), word
frequencies from wordfreq. Checks read them through the text toolkit (core/text: `analyse`
gives a sentence's tokens with their word classes, named in resources/language/<lang>.yml).
Without the dictionaries (LanguageTool not installed) every word is unknown and the checks that
need grammar stay silent; `lexicon(lang).available` says so.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from reactiewijzer.core.catalogue import data
from reactiewijzer.core.lexicon.frequency import COMMON_ZIPF, load_zipf
from reactiewijzer.core.lexicon.morfologik import MorfologikDictionary, Reading

if TYPE_CHECKING:
    from reactiewijzer.core.lexicon.dictionaries import Removals

__all__ = ["COMMON_ZIPF", "LANGS", "Lexicon", "Reading", "language_data", "lexicon", "warm_up"]

LANGS = ("nl", "en")
_WORD_CACHE = 50_000


@lru_cache(maxsize=2)
def language_data(lang: str) -> dict:
    """resources/language/<lang>.yml: word classes (tag prefixes) and the checks' word lists."""
    return data(f"language/{lang}")


class Lexicon:
    """Readings and frequency of the words of one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.available = False
        self.problem: str | None = None
        self._automaton: MorfologikDictionary | None = None
        self._additions: dict[str, tuple[Reading, ...]] = {}
        self._removals: Removals | None = None
        self._zipf: dict[str, float] = {}
        classes = language_data(lang)["word_classes"]
        self._classes = {name: tuple(prefixes) for name, prefixes in classes.items()}
        self.readings = lru_cache(maxsize=_WORD_CACHE)(self._readings)
        self.classes_of = lru_cache(maxsize=_WORD_CACHE)(self._classes_of)
        self._lemmas = lru_cache(maxsize=_WORD_CACHE)(self._lemmas_of)

    def load(self) -> None:
        from reactiewijzer.core.grammar import languagetool_dir
        from reactiewijzer.core.lexicon.dictionaries import open_dictionary

        try:
            self._automaton, self._additions, self._removals = open_dictionary(
                self.lang, languagetool_dir()
            )
            self.available = True
        except (OSError, ValueError, KeyError) as exc:
            self.problem = str(exc)
        self._zipf = load_zipf(self.lang)

    def _lookup(self, form: str) -> tuple[Reading, ...]:
        """The automaton's readings and LanguageTool's added ones, minus those it removed
        ("Er" is no surname, "zo" no noun)."""
        found = self._automaton.lookup(form) if self._automaton is not None else ()
        extra = self._additions.get(form)
        if extra:
            found = found + extra
        if found and self._removals is not None:
            removed = self._removals.of(form)
            if removed:
                found = tuple(r for r in found if (r.lemma, r.tag) not in removed)
        return found

    def _readings(self, word: str) -> tuple[Reading, ...]:
        """The word's readings; a capitalised or all-caps word also as written in lower case
        (sentence starts, shouting), as LanguageTool's tagger does."""
        word = word.replace("’", "'")
        found = self._lookup(word)
        if word[:1].isupper():
            lower = word.lower()
            if lower != word:
                found = found + self._lookup(lower)
            if not found and word.isupper() and len(word) > 1:
                found = self._lookup(word[0] + word[1:].lower())
        return found

    def _classes_of(self, word: str) -> frozenset[str]:
        """The word classes (resources/language) any reading of the word belongs to."""
        out = set()
        for r in self.readings(word):
            for name, tags in self._classes.items():
                if any(_tag_in(r.tag, t) for t in tags):
                    out.add(name)
        return frozenset(out)

    def lemmas(self, word: str, word_class: str | None = None) -> frozenset[str]:
        return self._lemmas(word, word_class)

    def _lemmas_of(self, word: str, word_class: str | None) -> frozenset[str]:
        tags = self._classes.get(word_class, ()) if word_class else None
        return frozenset(
            r.lemma
            for r in self.readings(word)
            if tags is None or any(_tag_in(r.tag, t) for t in tags)
        )

    def zipf(self, word: str) -> float | None:
        """Zipf frequency for common words (≥ 3); None for rarer words."""
        return self._zipf.get(word.lower().replace("’", "'"))

    def known(self, word: str) -> bool:
        return bool(self.readings(word))


def _tag_in(tag: str, listed: str) -> bool:
    """'WKW:VTD:ONV:LOS' is in 'WKW:VTD:ONV', 'PRP_S1P' in 'PRP', 'VBN' not in 'VB'."""
    return tag == listed or (tag.startswith(listed) and tag[len(listed)] in ":_")


_lexicons: dict[str, Lexicon] = {}
_load_lock = threading.Lock()


def lexicon(lang: str) -> Lexicon:
    """The loaded lexicon for `lang` ('nl' or 'en'), loaded once per process."""
    found = _lexicons.get(lang)
    if found is not None:
        return found
    with _load_lock:
        found = _lexicons.get(lang)
        if found is None:
            found = Lexicon(lang if lang in LANGS else "nl")
            found.load()
            _lexicons[lang] = found
    return found


def warm_up(langs: Iterable[str] = LANGS) -> None:
    """Load the dictionaries and read the most common words once, so the first check is fast."""
    for lang in langs:
        lex = lexicon(lang)
        for word in language_data(lang).get("warm_up_words", ()):
            lex.classes_of(word)
