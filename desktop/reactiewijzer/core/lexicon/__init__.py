"""The language layer: what each word of a sentence can be (part of speech, lemma, frequency).

Readings come from LanguageTool's own POS dictionaries (read from Python, no Java), word
frequencies from wordfreq. Checks ask `analyse(sentence, lang)` for tokens and test them with
the word classes named in resources/language/<lang>.yml (`Token.is_("participle")`).
Without the dictionaries (LanguageTool not installed) every word is unknown and the checks that
need grammar stay silent; `lexicon(lang).available` says so.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple, TypeVar

import yaml

from reactiewijzer.core.lexicon.frequency import COMMON_ZIPF, load_zipf
from reactiewijzer.core.lexicon.morfologik import MorfologikDictionary, Reading
from reactiewijzer.core.resources import resource_path
from reactiewijzer.core.text import LINE_CACHE_MAX_CHARS, line_cached

__all__ = [
    "COMMON_ZIPF",
    "MAX_ANALYSED_CHARS",
    "MAX_SENTENCE_CHARS",
    "Lexicon",
    "Reading",
    "Token",
    "analyse",
    "clause_lemmas",
    "language_data",
    "lexicon",
    "readable_sentences",
    "warm_up",
]

S = TypeVar("S")  # a sentence span: anything with .start and .text

LANGS = ("nl", "en")
_WORD_CACHE = 50_000
# The grammar checks read sentences up to this length. A "sentence" of 1,000 characters (some
# 170 words) is a pasted table, a list or junk, not something a person wrote as one sentence:
# the long-sentence check flags it, and reading its grammar would only cost time.
MAX_SENTENCE_CHARS = 1_000
# ... and the first this many characters of a draft: twice the longest reply any platform takes
# (10,000). A longer paste is not a reply; its grammar is not read (the other checks still run).
MAX_ANALYSED_CHARS = 20_000


@lru_cache(maxsize=2)
def language_data(lang: str) -> dict:
    """resources/language/<lang>.yml: word classes (tag prefixes) and the checks' word lists."""
    return yaml.safe_load(resource_path("language", f"{lang}.yml").read_text("utf-8"))


class Lexicon:
    """Readings and frequency of the words of one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.available = False
        self.problem: str | None = None
        self._automaton: MorfologikDictionary | None = None
        self._additions: dict[str, tuple[Reading, ...]] = {}
        self._zipf: dict[str, float] = {}
        classes = language_data(lang)["word_classes"]
        self._classes = {name: tuple(prefixes) for name, prefixes in classes.items()}
        self.readings = lru_cache(maxsize=_WORD_CACHE)(self._readings)
        self.classes_of = lru_cache(maxsize=_WORD_CACHE)(self._classes_of)
        self._lemmas = lru_cache(maxsize=_WORD_CACHE)(self._lemmas_of)

    def load(self) -> None:
        from reactiewijzer.core.languagetool_server import languagetool_dir
        from reactiewijzer.core.lexicon.dictionaries import open_dictionary

        try:
            self._automaton, self._additions = open_dictionary(self.lang, languagetool_dir())
            self.available = True
        except (OSError, ValueError, KeyError) as exc:
            self.problem = str(exc)
        self._zipf = load_zipf(self.lang)

    def _lookup(self, form: str) -> tuple[Reading, ...]:
        found = self._automaton.lookup(form) if self._automaton is not None else ()
        extra = self._additions.get(form)
        return found + extra if extra else found

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


class Token(NamedTuple):
    """One word, number, mark or reference (URL, handle) of a sentence; a tuple, for speed."""

    start: int
    end: int
    text: str
    classes: frozenset[str]
    lower: str

    def is_(self, *word_classes: str) -> bool:
        return not self.classes.isdisjoint(word_classes)


# Words, numbers and the punctuation that separates clauses; URLs, handles, hashtags and
# e-mail addresses are one token each (no class), so they never read as words. An e-mail address
# starts only where a run of its characters starts, and its parts are bounded, so a long run of
# letters and dots is read once, not once per position.
_TOKEN = re.compile(
    r"(?P<skip>(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+"
    r"|[@#]\w+)"
    r"|(?P<word>[^\W\d_](?:[\w'’]*[^\W_])?(?:-[^\W_]+)*)"
    r"|(?P<num>\d+(?:[.,:]\d+)*)"
    r"|(?P<punct>[^\w\s])",
)


def readable_sentences(sentences: Iterable[S]) -> Iterator[S]:
    """The sentences whose grammar the checks read: within the first MAX_ANALYSED_CHARS of the
    draft, and at most MAX_SENTENCE_CHARS long (anything else is a paste, not a reply)."""
    for s in sentences:
        if s.start > MAX_ANALYSED_CHARS:
            return
        if len(s.text) <= MAX_SENTENCE_CHARS:
            yield s


def analyse(sentence: str, lang: str) -> tuple[Token, ...]:
    """The tokens of one sentence (or line) with their word classes; offsets into `sentence`."""
    lang = lang if lang in LANGS else "nl"
    if len(sentence) <= LINE_CACHE_MAX_CHARS:
        return _analyse(sentence, lang)
    # A pasted wall of text is not kept with the typed lines, but every check of this run reads
    # it: the last few are kept here.
    key = (sentence, lang)
    found = _recent_long.get(key)
    if found is None:
        found = _analyse(sentence, lang)
        if len(_recent_long) >= 4:
            _recent_long.pop(next(iter(_recent_long)))
        _recent_long[key] = found
    return found


_recent_long: dict[tuple[str, str], tuple[Token, ...]] = {}


# English contractions are two words, as LanguageTool's tokenizer has them: "we" + "'re".
_CONTRACTION = re.compile(r"(?i)(?<=\w)(?:['’](?:s|re|m|ve|ll|d)|n['’]t)$")


@line_cached
def _analyse(sentence: str, lang: str) -> tuple[Token, ...]:
    lex = lexicon(lang)
    out = []
    for m in _TOKEN.finditer(sentence):
        kind = m.lastgroup
        text = m.group()
        if kind == "word" and lang == "en":
            tail = _CONTRACTION.search(text)
            if tail is not None and tail.start() > 0:
                head = text[: tail.start()]
                start = m.start()
                out.append(
                    Token(start, start + len(head), head, lex.classes_of(head), head.lower())
                )
                out.append(
                    Token(
                        m.start() + tail.start(),
                        m.end(),
                        tail.group(),
                        lex.classes_of(tail.group()),
                        tail.group().lower(),
                    )
                )
                continue
        if kind == "word":
            classes = lex.classes_of(text)
        elif kind == "num":
            classes = frozenset({"number"})
        elif kind == "punct":
            classes = frozenset({"punctuation"})
        else:
            classes = frozenset({"reference"})
        out.append(Token(m.start(), m.end(), text, classes, text.lower()))
    return tuple(out)


# ---- separable verbs ------------------------------------------------------------------------

_CLAUSE_END_PUNCT = frozenset(",;:()!?")
_SEPARABLE_REACH = 12  # words between a separable verb and its particle, at most


@lru_cache(maxsize=2)
def _particles(lang: str) -> frozenset[str]:
    return frozenset(str(p) for p in language_data(lang).get("separable_particles") or ())


def clause_lemmas(tokens: Sequence[Token], lang: str) -> list[frozenset[str]]:
    """Each token's lemmas, plus the separable verb it forms with a particle in its clause:
    "dient ... in" and "in te dienen" also read as "indienen"."""
    lex = lexicon(lang)
    out = [frozenset({t.lower}) | lex.lemmas(t.text) for t in tokens]
    particles = _particles(lang)
    if not particles:
        return out
    clause_start = 0
    for i, tok in enumerate(tokens):
        if tok.text in _CLAUSE_END_PUNCT:
            clause_start = i + 1
            continue
        if tok.lower not in particles:
            continue
        # "in te dienen": particle, "te", verb.
        if i + 2 < len(tokens) and tokens[i + 1].lower == "te" and tokens[i + 2].is_("verb"):
            _join(out, i, i + 2, tok.lower, tokens[i + 2], lex)
            continue
        # "dient het bezwaar in": the verb earlier in the clause, the particle last.
        for j in range(i - 1, max(clause_start, i - _SEPARABLE_REACH) - 1, -1):
            if tokens[j].is_("finite_verb", "infinitive"):
                _join(out, i, j, tok.lower, tokens[j], lex)
                break
    return out


def _join(out: list[frozenset[str]], particle_at: int, verb_at: int, particle: str, verb, lex):
    compounds = {
        particle + lemma for lemma in lex.lemmas(verb.text, "verb") if lex.known(particle + lemma)
    }
    if compounds:
        out[verb_at] = out[verb_at] | compounds
        out[particle_at] = out[particle_at] | compounds
