"""The active sentence for a simple passive: "Je aanvraag is goedgekeurd." -> "We hebben je
aanvraag goedgekeurd.", "U wordt binnen 1 dag teruggebeld." -> "We bellen u binnen 1 dag terug.",
"Your message has been removed." -> "We have removed your message."

Only sentences of one clause are rewritten: a subject of a few words, the auxiliary, the words
between, the participle, and the end mark. Anything else ("door", a second verb, a comma) gets no
rewrite: a wrong fix is worse than none. The subject keeps the writer's je/u.
"""

from __future__ import annotations

from collections.abc import Sequence

from reactiewijzer.core.text import Token, lexicon

# Subject pronouns and the object form they take after the verb.
_OBJECT_FORM = {
    "nl": {
        "u": "u",
        "je": "je",
        "jij": "jou",
        "jullie": "jullie",
        "het": "het",
        "hij": "hem",
        "zij": "ze",
        "ze": "ze",
    },
    "en": {"you": "you", "it": "it", "he": "him", "she": "her", "they": "them"},
}
_AGENT_WORDS = {"nl": {"door"}, "en": {"by"}}
_MAX_SUBJECT = 4


def active_sentence(tokens: Sequence[Token], text: str, lang: str) -> str | None:
    """The sentence in the active voice with "we" as the subject, or None when it is not simple."""
    words = [t for t in tokens if not t.is_("punctuation")]
    if len(tokens) - len(words) > 1 or not tokens[-1].is_("punctuation"):
        return None  # a comma, a bracket, or no end mark: not simple
    if any(t.lower in _AGENT_WORDS.get(lang, ()) for t in words):
        return None  # "door de aannemer": the actor is named already
    return (
        _dutch(words, text, tokens[-1].text) if lang == "nl" else _english(words, tokens[-1].text)
    )


def _subject(words: Sequence[Token], aux_at: int, lang: str) -> str | None:
    subject = words[:aux_at]
    if not 1 <= len(subject) <= _MAX_SUBJECT:
        return None
    if len(subject) == 1:
        return _OBJECT_FORM[lang].get(subject[0].lower)
    if not subject[0].is_("determiner") or not all(t.is_("noun", "adjective") for t in subject[1:]):
        return None
    first = subject[0].text.lower()
    return " ".join([first, *(t.text for t in subject[1:])])


def _dutch(words: Sequence[Token], text: str, end: str) -> str | None:
    lex = lexicon("nl")
    aux_at = next(
        (i for i, t in enumerate(words) if t.lower in ("wordt", "worden", "is", "zijn")), None
    )
    if aux_at is None or aux_at + 1 >= len(words):
        return None
    participle = words[-1]
    if not participle.is_("participle"):
        return None
    middle = words[aux_at + 1 : -1]
    if any(
        t.is_("verb") and not t.is_("adverb", "preposition", "noun", "adjective") for t in middle
    ):
        return None
    subject = _subject(words, aux_at, "nl")
    if subject is None:
        return None
    rest = " ".join(t.text for t in middle)
    if words[aux_at].lower in ("is", "zijn"):
        parts = ["We hebben", subject, rest, participle.text]
    else:
        lemmas = sorted(lex.lemmas(participle.text, "participle"))
        if len(lemmas) != 1:
            return None
        verb, particle = _split_separable(lemmas[0], participle.lower)
        parts = ["We", verb, subject, rest, particle]
    return " ".join(p for p in parts if p) + end


def _split_separable(lemma: str, participle: str) -> tuple[str, str]:
    """'terugbellen' with 'teruggebeld' -> ('bellen', 'terug'); 'beoordelen' -> (it, '')."""
    at = participle.find("ge", 1)
    if at > 0 and lemma.startswith(participle[:at]) and lexicon("nl").known(lemma[at:]):
        return lemma[at:], participle[:at]
    return lemma, ""


def _english(words: Sequence[Token], end: str) -> str | None:
    lower = [t.lower for t in words]
    participle = words[-1]
    if not participle.is_("participle"):
        return None
    lemmas = sorted(lexicon("en").lemmas(participle.text, "participle"))
    if len(lemmas) != 1:
        return None
    for aux, template in (
        (["has", "been"], "We have {p} {s}"),
        (["have", "been"], "We have {p} {s}"),
        (["will", "be"], "We will {v} {s}"),
        (["is"], "We {v} {s}"),
        (["are"], "We {v} {s}"),
    ):
        n = len(aux)
        for at in range(1, len(words) - n):
            if lower[at : at + n] == aux and at + n == len(words) - 1:
                subject = _subject(words, at, "en")
                if subject is None:
                    return None
                return template.format(p=participle.text, v=lemmas[0], s=subject) + end
    return None
