"""The language layer on top of the tokens: what each word of a sentence can be.

`analyse(sentence, lang)` gives the sentence's tokens with the word classes of their readings
in the lexicon (core/lexicon: LanguageTool's POS dictionaries, wordfreq), as named in
resources/language/<lang>.yml; checks test them with `Token.is_("participle")`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TypeVar

from reactiewijzer.core.lexicon import LANGS, Lexicon, language_data, lexicon
from reactiewijzer.core.text.lines import line_cached
from reactiewijzer.core.text.tokens import Token, fold, scan

S = TypeVar("S")  # a sentence span: anything with .start and .text

# The grammar checks read sentences up to this length. A "sentence" of 1,000 characters (some
# 170 words) is a pasted table, a list or junk, not something a person wrote as one sentence:
# the long-sentence check flags it, and reading its grammar would only cost time.
MAX_SENTENCE_CHARS = 1_000
# ... and the first this many characters of a draft: twice the longest reply any platform takes
# (10,000). A longer paste is not a reply; its grammar is not read (the other checks still run).
MAX_ANALYSED_CHARS = 20_000


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
    return _analyse(sentence, lang if lang in LANGS else "nl")


# English contractions are two words, as LanguageTool's tokenizer has them: "we" + "'re".
_CONTRACTION = re.compile(r"(?i)(?<=\w)(?:['’](?:s|re|m|ve|ll|d)|n['’]t)$")


@line_cached
def _analyse(sentence: str, lang: str) -> tuple[Token, ...]:
    lex = lexicon(lang)
    found = scan(sentence, lex.classes_of)
    if lang != "en" or ("'" not in sentence and "’" not in sentence):
        return found
    out: list[Token] = []
    for t in found:
        tail = _CONTRACTION.search(t.text) if t.kind == "word" else None
        if tail is not None and tail.start() > 0:
            out.append(_word(lex, t.start, t.text[: tail.start()]))
            out.append(_word(lex, t.start + tail.start(), tail.group()))
        else:
            out.append(t)
    return tuple(out)


def _word(lex: Lexicon, start: int, text: str) -> Token:
    return Token(start, start + len(text), text, "word", lex.classes_of(text), fold(text))


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


def _join(
    out: list[frozenset[str]], particle_at: int, verb_at: int, particle: str, verb: Token, lex
) -> None:
    compounds = {
        particle + lemma for lemma in lex.lemmas(verb.text, "verb") if lex.known(particle + lemma)
    }
    if compounds:
        out[verb_at] = out[verb_at] | compounds
        out[particle_at] = out[particle_at] | compounds
