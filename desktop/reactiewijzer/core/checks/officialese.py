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

from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.lexicon import Token, analyse, language_data, lexicon
from reactiewijzer.core.model import Finding
from reactiewijzer.core.text import line_cached

_MAX_GAP = 3  # other words allowed between the words of a phrase
_CLAUSE_END = frozenset(",;:()!?")


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]  # lemmas
    use: str


@lru_cache(maxsize=2)
def _phrases(lang: str) -> tuple[Phrase, ...]:
    entries = language_data(lang).get("officialese") or {}
    return tuple(Phrase(tuple(str(k).split()), str(v["use"])) for k, v in entries.items())


@lru_cache(maxsize=2)
def _particles(lang: str) -> frozenset[str]:
    return frozenset(str(p) for p in language_data(lang).get("separable_particles") or ())


def token_lemmas(tokens: Sequence[Token], lang: str) -> list[frozenset[str]]:
    """Each token's lemmas, plus the separable verb it forms with a particle in its clause:
    "dient ... in" and "in te dienen" also read as "indienen"."""
    lex = lexicon(lang)
    out = [frozenset({t.lower}) | lex.lemmas(t.text) for t in tokens]
    particles = _particles(lang)
    if not particles:
        return out
    clause_start = 0
    for i, tok in enumerate(tokens):
        if tok.text in _CLAUSE_END:
            clause_start = i + 1
            continue
        if tok.lower not in particles:
            continue
        # "in te dienen": particle, "te", verb.
        if i + 2 < len(tokens) and tokens[i + 1].lower == "te" and tokens[i + 2].is_("verb"):
            _join(out, i, i + 2, tok.lower, tokens[i + 2], lex)
            continue
        # "dient het bezwaar in": the verb earlier in the clause, the particle last.
        for j in range(i - 1, clause_start - 1, -1):
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


def check_officialese(ctx: DraftContext) -> Iterator[Finding]:
    """'bezwaar indienen', 'delen wij u mede', 'in behandeling worden genomen'."""
    if not lexicon(ctx.lang).available:
        return
    for s in ctx.sentences:
        for start, end, fixes, replacement in _officialese_spans(s.text, ctx.lang):
            yield ctx.finding(
                "jargon.officialese_form",
                s.start + start,
                s.start + end,
                suggestions=fixes,
                replacement=replacement,
            )


@line_cached
def _officialese_spans(sentence: str, lang: str):
    tokens = analyse(sentence, lang)
    lemmas = token_lemmas(tokens, lang)
    out = []
    for phrase in _phrases(lang):
        if not lemmas or not any(phrase.words[0] in found for found in lemmas):
            continue
        for first, last in _matches(tokens, lemmas, phrase):
            # A fix is offered only where the words stand together and as listed; a split verb
            # ("delen wij u mede") cannot be replaced without breaking the sentence.
            together = " ".join(t.lower for t in tokens[first : last + 1])
            fixes = tuple(u.strip() for u in phrase.use.split(","))
            usable = fixes if together == " ".join(phrase.words) else ()
            out.append((tokens[first].start, tokens[last].end, usable, fixes[0]))
    return tuple(out)


def _matches(tokens: Sequence[Token], lemmas: list[frozenset[str]], phrase: Phrase):
    words = phrase.words
    for i, found in enumerate(lemmas):
        if words[0] not in found:
            continue
        at, last, ok = i, i, True
        for word in words[1:]:
            nxt = next(
                (
                    k
                    for k in range(at + 1, min(len(tokens), at + 2 + _MAX_GAP))
                    if word in lemmas[k]
                ),
                None,
            )
            if nxt is None or any(t.text in _CLAUSE_END for t in tokens[at + 1 : nxt]):
                ok = False
                break
            at = last = nxt
        if ok:
            # A split verb: the particle may stand far after the verb ("dient ... in").
            yield i, last
            break


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
        word = w.text
        lower = word.lower()
        if len(word) < min_letters or lower in seen:
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
    before = text[:index].rstrip()
    return not before or before[-1] in ".!?:\n"
