"""Ambtelijke taal that word lists miss: inflected and split verbs, and rare words.

"Ken je publiek": schrijf op B1-niveau. The substitution lists in resources/rules match fixed
word forms. This check reads lemmas through the language layer, so "ingediend", "dient ... in"
and "in te dienen" are all "indienen", and "in behandeling worden genomen" is "in behandeling
nemen". It also flags rare adjectives and adverbs: known to the dictionary and rarer than one in a
million words (measured on real replies: rare verbs are mostly plain compounds such as
"omreizen" or "doorbellen", so verbs are left out).
Lists and thresholds: resources/language/<lang>.yml.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.model import Finding
from reactiewijzer.core.text import (
    MAX_ANALYSED_CHARS,
    Token,
    analyse,
    clause_lemmas,
    language_data,
    lexicon,
    line_cached,
    readable_sentences,
)

_MAX_GAP = 3  # other words allowed between the words of a phrase
_VERB_REACH = 12  # how far before a phrase its verb may stand ("Wij brengen u ... in rekening")
_CLAUSE_END = frozenset(",;:()!?")


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]  # lemmas
    use: str


@lru_cache(maxsize=2)
def _phrases(lang: str) -> tuple[Phrase, ...]:
    entries = language_data(lang).get("officialese") or {}
    return tuple(Phrase(tuple(str(k).split()), str(v["use"])) for k, v in entries.items())


def check_officialese(ctx: DraftContext) -> Iterator[Finding]:
    """'bezwaar indienen', 'delen wij u mede', 'in behandeling worden genomen'."""
    if not lexicon(ctx.lang).available:
        return
    for s in readable_sentences(ctx.sentences):
        for start, end, fixes, replacement in _officialese_spans(s.text, ctx.lang):
            yield ctx.finding(
                "jargon.officialese_form",
                s.start + start,
                s.start + end,
                suggestions=fixes,
                replacement=replacement,
            )


def _possible(tokens: Sequence[Token], lang: str) -> list[Phrase]:
    """The phrases whose lemmas the sentence can hold: each word a token's form or lemma, or a
    particle and a lemma in the sentence ("dient ... in": "in" + "dienen", "indienen").
    Most sentences hold none, and then their clauses need no reading."""
    table = _table(lang)
    plain = frozenset().union(*map(_forms, [t.text for t in tokens], repeat(lang)))
    have = table.words & plain
    for word, splits in table.splits:
        for particle, rest in splits:
            if particle in plain and rest in plain:
                have.add(word)
                break
    return [phrase for phrase, words in table.phrases if words <= have]


@dataclass(frozen=True)
class _Table:
    phrases: tuple[tuple[Phrase, frozenset[str]], ...]
    words: set[str]  # every word of every phrase
    splits: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # word -> (particle, rest)


@lru_cache(maxsize=2)
def _table(lang: str) -> _Table:
    particles = [str(p) for p in language_data(lang).get("separable_particles") or ()]
    phrases = tuple((phrase, frozenset(phrase.words)) for phrase in _phrases(lang))
    words = {w for _, ws in phrases for w in ws}
    splits = ((w, tuple((p, w[len(p) :]) for p in particles if w.startswith(p))) for w in words)
    return _Table(phrases, words, tuple((w, s) for w, s in splits if s))


@lru_cache(maxsize=50_000)
def _forms(word: str, lang: str) -> frozenset[str]:
    """The word in lower case and its lemmas, as clause_lemmas reads them (kept per word)."""
    return frozenset({word.lower()}) | lexicon(lang).lemmas(word)


@line_cached
def _officialese_spans(sentence: str, lang: str):
    tokens = analyse(sentence, lang)
    possible = _possible(tokens, lang)
    if not possible:
        return ()
    lemmas = clause_lemmas(tokens, lang)
    out = []
    present = frozenset().union(*lemmas) if lemmas else frozenset()
    for phrase in possible:
        if not present.issuperset(phrase.words):
            continue
        for first, last in _matches(tokens, lemmas, phrase):
            # A fix is offered only where the words stand together and as listed; a split verb
            # ("delen wij u mede") cannot be replaced without breaking the sentence.
            together = " ".join(t.lower for t in tokens[first : last + 1])
            fixes = tuple(u.strip() for u in phrase.use.split(","))
            # "(leave out)", "(weglaten; …)": advice for the writer, never text to put in.
            advice = phrase.use.startswith("(")
            usable = fixes if together == " ".join(phrase.words) and not advice else ()
            out.append((tokens[first].start, tokens[last].end, usable, fixes[0]))
    return tuple(out)


def _matches(tokens: Sequence[Token], lemmas: list[frozenset[str]], phrase: Phrase):
    """(first, last) token of the phrase: its words in order, a few words apart at most; a
    phrase ending in a verb also matches with the verb elsewhere in the clause ("Wij brengen u
    de kosten in rekening")."""
    *fixed, verb = phrase.words
    if not fixed:
        for i, found in enumerate(lemmas):
            if verb in found:
                yield i, i
                return
        return
    for i, found in enumerate(lemmas):
        if fixed[0] not in found:
            continue
        at = _in_order(tokens, lemmas, fixed, i)
        if at is None:
            continue
        after = _in_order(tokens, lemmas, [verb], at)
        if after is not None:
            yield i, after
            return
        before = _verb_in_clause(tokens, lemmas, verb, i)
        if before is not None:
            yield before, at
            return


def _in_order(tokens, lemmas, words, i: int) -> int | None:
    """The index of the last of `words` found in order from token i (a few words apart)."""
    at = i
    for n, word in enumerate(words):
        if n == 0 and word in lemmas[i]:
            continue
        nxt = next(
            (k for k in range(at + 1, min(len(tokens), at + 2 + _MAX_GAP)) if word in lemmas[k]),
            None,
        )
        if nxt is None or any(t.text in _CLAUSE_END for t in tokens[at + 1 : nxt]):
            return None
        at = nxt
    return at


def _verb_in_clause(tokens, lemmas, verb: str, i: int) -> int | None:
    for k in range(i - 1, max(-1, i - 1 - _VERB_REACH), -1):
        if tokens[k].text in _CLAUSE_END:
            return None
        if verb in lemmas[k]:
            return k
    return None


def check_rare_words(ctx: DraftContext) -> Iterator[Finding]:
    """Words a B1 reader rarely meets: 'uiteengezet', 'voornoemd', 'heretofore'."""
    lex = lexicon(ctx.lang)
    if not lex.available:
        return
    settings = language_data(ctx.lang)["rare_words"]
    max_zipf, min_letters = float(settings["max_zipf"]), int(settings["min_letters"])
    rare_classes = frozenset(settings["word_classes"])
    seen: set[str] = set()
    for w in ctx.words:
        if w.start > MAX_ANALYSED_CHARS:
            break
        word = w.text
        if len(word) < min_letters:
            continue
        lower = word.lower()
        if lower in seen:
            continue
        if word[:1].isupper() and w.start > 0 and not _sentence_start(ctx.text, w.start):
            continue  # a name in the middle of a sentence
        if _is_rare(word, ctx.lang, max_zipf, rare_classes):
            seen.add(lower)
            yield ctx.finding("jargon.rare_word", w.start, w.end)


@lru_cache(maxsize=50_000)
def _is_rare(word: str, lang: str, max_zipf: float, rare_classes: frozenset[str]) -> bool:
    if not word.isalpha():
        return False
    lex = lexicon(lang)
    # An inflected form of a common word ("smallere", "lawaaiigste") is as plain as the word.
    zipf = max((lex.zipf(f) or 0.0 for f in {word, *lex.lemmas(word)}), default=0.0)
    if zipf >= max_zipf:
        return False
    classes = lex.classes_of(word)
    # Unknown words are typos for LanguageTool; nouns and names stay on the word lists.
    return bool(classes & rare_classes) and not classes & {"noun", "name"}


def _sentence_start(text: str, index: int) -> bool:
    """Whether the last character before `index` that is not white space ends a sentence (or
    there is none). Read backwards over the white space only: a draft of many capitalised
    words stays linear."""
    i = index - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in ".!?:\n"
