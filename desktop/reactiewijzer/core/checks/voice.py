"""Who speaks in the reply: passives, the organisation in the third person, impersonal 'men'.

"Spreek als ambtenaar als 'mens' namens een organisatie, niet als de organisatie." These checks
read the sentence through the language layer (core/text): a passive is a form of worden/zijn
(be) with a past participle in the same clause, whatever words stand between them; the
organisation speaks of itself when its name is the subject of a verb. The word lists they use
are data: resources/language/<lang>.yml.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reactiewijzer.core.checks.active_voice import active_sentence
from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.model import Finding
from reactiewijzer.core.text import (
    Token,
    analyse,
    clause_lemmas,
    language_data,
    lexicon,
    line_cached,
    readable_sentences,
)

# Punctuation that closes a clause; words that open a new one (Dutch subordinate clauses put
# the verbs last, so a clause runs to the next of these).
# How far apart (in words) the parts of one construction may stand: a passive's two verbs, an
# organisation's name. Real sentences stay well within it; a run of 100,000 auxiliaries stays
# linear because of it.
REACH = 12
_CLAUSE_PUNCT = frozenset(',;:()[]!?–—"“”')
_FIRST_PERSON = {
    "nl": frozenset({"ik", "we", "wij", "mij", "me", "ons", "onze", "mijn", "m'n"}),
    "en": frozenset(
        {
            "i",
            "we",
            "me",
            "us",
            "our",
            "my",
            "i'm",
            "we're",
            "we've",
            "i've",
            "i'll",
            "we'll",
            "i'd",
            "we'd",
        }
    ),
}
_PREPOSITION_ADVERB = frozenset({"preposition", "adverb"})
_SUBJECT_PRONOUNS = {
    "nl": frozenset({"ik", "je", "jij", "u", "we", "wij", "hij", "zij", "ze", "men", "jullie"}),
    "en": frozenset({"i", "you", "we", "he", "she", "they", "it"}),
}


@dataclass(frozen=True)
class VoiceWords:
    auxiliaries: dict[str, str]  # form -> auxiliary ("wordt" -> "worden")
    zijn_verbs: tuple[str, ...]
    adjectival: frozenset[str]
    organisations: dict[str, str]  # lower-case noun/name -> as listed
    voice_nouns: frozenset[str]
    impersonal_subjects: frozenset[str]
    impersonal_verbs: frozenset[str]
    subordinators: frozenset[str]
    coordinators: frozenset[str]
    complement_words: frozenset[str]
    reader_words: frozenset[str]
    imperatives: frozenset[str]


@lru_cache(maxsize=2)
def voice_words(lang: str) -> VoiceWords:
    data = language_data(lang)
    aux = {str(form): name for name, forms in data["passive_auxiliaries"].items() for form in forms}
    return VoiceWords(
        auxiliaries=aux,
        # Longest first, so "terugkomen" is matched by "komen", not by a shorter ending.
        zijn_verbs=tuple(sorted(data.get("zijn_verbs", {}), key=len, reverse=True)),
        adjectival=frozenset(data.get("adjectival_participles", {})),
        organisations={str(w).lower(): str(w) for w in data.get("organisation_nouns", {})},
        voice_nouns=frozenset(data.get("voice_nouns", {})),
        impersonal_subjects=frozenset(data.get("impersonal_subjects", {})),
        impersonal_verbs=frozenset(data.get("impersonal_verbs", {}) or {}),
        subordinators=frozenset(data.get("subordinators", ())),
        coordinators=frozenset(data.get("coordinators", ())),
        complement_words=frozenset(data.get("complement_words", ())),
        reader_words=frozenset(str(w) for w in data.get("reader_words", ())),
        imperatives=frozenset(str(w) for w in data.get("imperative_auxiliaries", ())),
    )


@dataclass(frozen=True)
class Clause:
    tokens: list[Token]
    subordinate: bool  # opened by "dat", "als", "that", "if" ...: background, not the message


def clauses(tokens: Sequence[Token], words: VoiceWords, lang: str) -> list[Clause]:
    """The sentence cut at clause punctuation and at words that open a clause."""
    out: list[Clause] = [Clause([], False)]
    current = out[0].tokens
    after_complement_word = False
    subordinators, coordinators = words.subordinators, words.coordinators
    complement_words = words.complement_words
    for tok in tokens:
        if tok.text in _CLAUSE_PUNCT:
            out.append(Clause([], False))
            current = out[-1].tokens
            after_complement_word = False
            continue
        lower = tok.lower
        if lower in subordinators:
            out.append(Clause([], True))
        elif lower in coordinators and current:
            out.append(Clause([], out[-1].subordinate))
        elif after_complement_word and tok.classes.isdisjoint(_PREPOSITION_ADVERB):
            # "We're sorry the call was disconnected": a side clause without its "that".
            out.append(Clause([], True))
        after_complement_word = lower in complement_words
        current = out[-1].tokens
        current.append(tok)
    found = [c for c in out if c.tokens]
    # A main clause needs a finite verb: when the words before a side clause have none ("A
    # tweet which was not intended to offend has been deleted"), the main verb is in it.
    # English only: a Dutch side clause ends at its verbs and a comma ("Asfalt dat ... wordt
    # gelegd, heeft ...").
    main_verb = False
    for i, c in enumerate(found):
        if lang == "en" and c.subordinate and i > 0 and not main_verb:
            found[i] = c = Clause(c.tokens, False)
        main_verb = main_verb or (not c.subordinate and _has_verb(c.tokens))
    return found


@line_cached
def sentence_clauses(sentence: str, lang: str) -> tuple[Clause, ...]:
    """The clauses of one sentence, read once for every check that needs them."""
    return tuple(clauses(analyse(sentence, lang), voice_words(lang), lang))


def _has_verb(tokens: Sequence[Token]) -> bool:
    """A verb that is not a noun after an article ("a tweet", "de melding")."""
    for k, t in enumerate(tokens):
        if t.is_("verb") and not (t.is_("noun") and k > 0 and tokens[k - 1].is_("determiner")):
            return True
    return False


# ---- passive voice ------------------------------------------------------------------------------


def check_passive(ctx: DraftContext) -> Iterator[Finding]:
    """'U wordt teruggebeld', 'has been removed', 'zal worden beoordeeld': who does it?"""
    if not lexicon(ctx.lang).available:
        return
    # In a reply that speaks as "we"/"ik", a passive about the work ("de A27 wordt verbreed")
    # or in a side clause ("sorry dat je bestelling nog niet is geleverd") is background. It
    # still hides who acts when it is about the reader or their case ("U wordt teruggebeld",
    # "Your account has been corrected") or has no subject at all ("er wordt gekeken").
    personal = _speaks_as_we(ctx)
    for s in readable_sentences(ctx.sentences):
        for start, end, rewrite in _passive_spans(s.text, ctx.lang, personal):
            yield ctx.finding(
                "personal_tone.passive",
                s.start + start,
                s.start + end,
                suggestions=[rewrite] if rewrite else (),
            )


@line_cached
def _passive_spans(
    sentence: str, lang: str, personal: bool
) -> tuple[tuple[int, int, str | None], ...]:
    """(start, end, the active sentence or None) for each passive; with a rewrite, the span is
    the whole sentence, so the fix replaces exactly what it rewrites."""
    words = voice_words(lang)
    tokens = analyse(sentence, lang)
    found = sentence_clauses(sentence, lang)
    out = []
    for clause in found:
        if personal and clause.subordinate:
            continue
        hit = _passive_in(clause.tokens, lang, words)
        if hit is None:
            continue
        rewrite = active_sentence(tokens, sentence, lang) if len(found) == 1 else None
        if rewrite:
            out.append((tokens[0].start, tokens[-1].end, rewrite))
        else:
            out.append((hit[0].start, hit[1].end, None))
    return tuple(out)


def _passive_in(clause: list[Token], lang: str, words: VoiceWords) -> tuple[Token, Token] | None:
    lex = lexicon(lang)
    participles = [k for k, t in enumerate(clause) if "participle" in t.classes]
    if not participles:
        return None
    for i, tok in enumerate(clause):
        aux = _auxiliary(clause, i, lang, words)
        if aux is None:
            continue
        if _personal_subject(clause, i, lang):
            continue
        if lang == "en":
            # English keeps the passive together: "will be assessed", "is now being handled".
            j = i + 1
            while j < min(len(clause), i + 1 + REACH) and (
                _auxiliary(clause, j, lang, words) is not None
                or clause[j].lower in ("not", "n't")
                or (clause[j].is_("adverb") and not clause[j].is_("participle"))
            ):
                j += 1
            candidates = [j] if j < len(clause) else []
        else:
            # Dutch puts the participle anywhere in the clause: "worden in dit hoofdstuk
            # nader uiteengezet", "beoordeeld wordt".
            low = bisect_left(participles, i - REACH)
            high = bisect_right(participles, i + REACH)
            candidates = [k for k in participles[low:high] if k != i]
        for k in candidates:
            part = clause[k]
            if k > 0 and clause[k - 1].lower in ("dan", "than", "zoals", "as"):
                continue  # "hoger dan verwacht", "as expected": a comparison
            if k > 0 and part.is_("noun") and clause[k - 1].is_("determiner"):
                continue  # "je bericht": the noun, not the participle of "berichten"
            if _is_passive_participle(part, aux, lang, words, lex):
                pair = sorted((tok, part), key=lambda t: t.start)
                return pair[0], pair[1]
    return None


def _auxiliary(clause: list[Token], i: int, lang: str, words: VoiceWords) -> str | None:
    tok = clause[i]
    lower = tok.lower
    aux = words.auxiliaries.get(lower)
    if aux is None:
        return None
    if i == 0 and lower in words.imperatives:
        return None  # "Word gerust lid": an imperative, not a passive
    nxt = clause[i + 1] if i + 1 < len(clause) else None
    if (
        lang == "nl"
        and lower == "zijn"
        and nxt is not None
        and nxt.is_("noun", "adjective")
        and not nxt.is_("participle")
    ):
        return None  # "zijn aanvraag": the possessive, not the verb
    return aux


def _personal_subject(clause: list[Token], i: int, lang: str) -> bool:
    """'Ik ben gebeld', 'we were told': the writer is the subject, the voice stays personal."""
    near = [clause[i - 1].lower] if i > 0 else []
    if i + 1 < len(clause):
        near.append(clause[i + 1].lower)
    return any(w in ("ik", "we", "wij", "i") for w in near)


def _is_passive_participle(tok: Token, aux: str, lang: str, words: VoiceWords, lex) -> bool:
    if not tok.is_("participle") or tok.lower in words.adjectival:
        return False
    if tok.is_("adverb"):
        return False  # "gerust", "bekend": read as adverbs here
    if lang == "en":
        return tok.lower not in ("been",)
    lemmas = lex.lemmas(tok.text, "participle")
    if not lemmas or lemmas & {"worden", "zijn"}:
        return False  # "is geworden", "is geweest"
    if aux == "zijn":
        if tok.is_("adjective"):
            return False  # "is gesloten", "ben benieuwd": a state
        if any(lemma.endswith(words.zijn_verbs) for lemma in lemmas):
            return False  # "is vertrokken": the perfect of a verb that takes zijn
    return True


# ---- the organisation in the third person --------------------------------------------------------


def check_organisation_voice(ctx: DraftContext) -> Iterator[Finding]:
    """'De gemeente geeft u ...', 'DUO doet er alles aan', 'The Council will ...'."""
    own = _own_organisation(ctx)
    speaks_as_we = _speaks_as_we(ctx)
    for s in readable_sentences(ctx.sentences):
        for start, end, name in _organisation_spans(s.text, ctx.lang):
            # A reply in the first person that names an organisation speaks of another one
            # ("De gemeente gaat over parkeren"), unless it is the writer's own.
            if speaks_as_we and not (own and _same_organisation(name, own)):
                continue
            yield ctx.finding(
                "personal_tone.organisation_voice",
                s.start + start,
                s.start + end,
                organisation=name,
            )


@line_cached
def _organisation_spans(sentence: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    words = voice_words(lang)
    return tuple(
        (first.start, last.end, name)
        for clause in sentence_clauses(sentence, lang)
        # A name starts nowhere in a clause without an organisation's noun or name.
        if any(t.lower in words.organisations or "organisation" in t.classes for t in clause.tokens)
        for first, last, name in _organisation_subjects(clause.tokens, lang, words)
    )


def _speaks_as_we(ctx: DraftContext) -> bool:
    first_person = _FIRST_PERSON[ctx.lang]
    return any(w.lower in first_person for w in ctx.words)


def _same_organisation(name: str, own: str) -> bool:
    """'de gemeente' is the writer's own 'gemeente Utrecht'; 'Rijkswaterstaat' is not."""
    filler = {"de", "het", "the", "of", "van"}
    return bool({w for w in name.lower().split() if w not in filler} & set(own.split()))


def _own_organisation(ctx: DraftContext) -> str | None:
    org = str(ctx.profile.get("organisation") or "").strip().lower()
    return org or None


_NAME_WORDS = 5  # words of an organisation's name before or after its noun


def _organisation_at(clause: list[Token], i: int, lang: str, words: VoiceWords) -> int:
    """If an organisation's name starts at clause[i], the index after it; else -1.

    "de gemeente", "de gemeente Rotterdam", "West Berkshire Council", "the Department of
    Revenue", "DUO", or a name the dictionary tags as an organisation.
    """
    j = i
    if j < len(clause) and clause[j].lower in ("de", "het", "the"):
        j += 1
    start = j
    # Capitalised words before the noun: "West Berkshire Council", "Surrey Police".
    while (
        j < len(clause)
        and j - start < _NAME_WORDS
        and clause[j].text[:1].isupper()
        and clause[j].lower not in words.organisations
    ):
        j += 1
    if j >= len(clause):
        return -1
    tok = clause[j]
    if tok.lower in words.organisations or tok.is_("organisation"):
        if j > start and lang == "nl":
            return -1  # Dutch names the place after the noun: "gemeente Rotterdam"
        if j > start and not all(t.text[:1].isupper() for t in clause[start:j]):
            return -1
        j += 1
    else:
        return -1
    # "gemeente Rotterdam", "Department of Revenue", "afdeling Vergunningen"
    name_end = j + _NAME_WORDS
    while j < min(len(clause), name_end):
        if (clause[j].text[:1].isupper() and clause[j].is_("name", "noun")) or (
            clause[j].text[:1].isupper() and not clause[j].classes
        ):
            j += 1
        elif (
            clause[j].lower in ("of", "van")
            and j + 1 < len(clause)
            and clause[j + 1].text[:1].isupper()
        ):
            j += 2
        else:
            break
    return j


def _organisation_subjects(
    clause: list[Token], lang: str, words: VoiceWords
) -> Iterator[tuple[Token, Token, str]]:
    pronouns = _SUBJECT_PRONOUNS[lang]
    # pronoun_before[i]: a subject pronoun stands somewhere before clause[i]
    pronoun_before = [False] * (len(clause) + 1)
    for k, t in enumerate(clause):
        pronoun_before[k + 1] = pronoun_before[k] or t.lower in pronouns
    for i in range(len(clause)):
        end = _organisation_at(clause, i, lang, words)
        if end < 0:
            continue
        if i > 0 and clause[i - 1].text in ("'", "’"):
            continue
        name = " ".join(t.text for t in clause[i:end])
        before = clause[i - 1] if i > 0 else None
        after = clause[end] if end < len(clause) else None
        # Subject then verb: "De gemeente geeft", "GMP will update".
        if after is not None and after.is_("third_person_verb") and not pronoun_before[i]:
            yield clause[i], after, name
            continue
        # Verb then subject, after something else opened the clause: "hanteert de gemeente".
        if (
            lang == "nl"
            and before is not None
            and before.is_("third_person_verb")
            and not pronoun_before[max(0, i - 1)]
            and i - 1 > 0
        ):
            yield before, clause[end - 1], name
            continue
        # "het beleid van de gemeente", "the views of Surrey Police".
        if (
            i >= 2
            and clause[i - 1].lower in ("van", "of")
            and clause[i - 2].lower in words.voice_nouns
        ):
            yield clause[i - 2], clause[end - 1], name


# ---- impersonal constructions -------------------------------------------------------------------


def check_impersonal(ctx: DraftContext) -> Iterator[Finding]:
    """'Men voldoet aan ...', 'Het beoordelen gebeurt door ...': nobody acts."""
    if not lexicon(ctx.lang).available:
        return
    for s in readable_sentences(ctx.sentences):
        for start, end in _impersonal_spans(s.text, ctx.lang):
            yield ctx.finding("personal_tone.impersonal", s.start + start, s.start + end)


@line_cached
def _impersonal_spans(sentence: str, lang: str) -> tuple[tuple[int, int], ...]:
    words = voice_words(lang)
    tokens = analyse(sentence, lang)
    # Only a sentence with "men" (and the like) or "het" can hold either construction.
    if words.impersonal_subjects.isdisjoint(t.lower for t in tokens) and not any(
        t.lower == "het" for t in tokens
    ):
        return ()
    lemmas: dict[int, frozenset[str]] = {}  # read only for "het" + infinitive: most have none
    out = []
    for clause in (c.tokens for c in sentence_clauses(sentence, lang)):
        for i, tok in enumerate(clause):
            nxt = clause[i + 1] if i + 1 < len(clause) else None
            if (
                tok.lower in words.impersonal_subjects
                and nxt is not None
                and (nxt.is_("modal") or (nxt.is_("third_person_verb") and not nxt.is_("noun")))
                and (i == 0 or not clause[i - 1].is_("determiner"))
            ):
                out.append((tok.start, tok.end))
                break
            # "Het beoordelen van ... gebeurt door": a nominalised act that just happens.
            if tok.lower == "het" and nxt is not None and nxt.is_("infinitive"):
                if not lemmas:
                    lemmas.update(
                        zip((t.start for t in tokens), clause_lemmas(tokens, lang), strict=True)
                    )
                later = next(
                    (
                        t
                        for t in clause[i + 2 : i + 2 + REACH]
                        if lemmas[t.start] & words.impersonal_verbs
                    ),
                    None,
                )
                if later is not None:
                    out.append((tok.start, later.end))
                    break
    return tuple(out)
