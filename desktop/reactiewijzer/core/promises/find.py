"""Find the promises in a reply ("ik laat je vrijdag weten ...") and when they are due.

Which sentences are promises is data: resources/commitments/promises.yml. Due dates:
core/promises/due_dates.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from reactiewijzer.core.catalogue import data
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.language import detect_language
from reactiewijzer.core.model import Commitment
from reactiewijzer.core.promises.due_dates import resolve_due
from reactiewijzer.core.rules.prefilter import Prefilter, word_trie
from reactiewijzer.core.text import Span, line_cached, sentences

LANGS = ("nl", "en")


def guess_lang(text: str) -> str:
    """'nl' or 'en': the engine's own detector, so a reply has one language everywhere."""
    return detect_language(text)


@dataclass(frozen=True, slots=True)
class _PromisePatterns:
    promise: tuple[re.Pattern[str], ...]
    not_promise: tuple[re.Pattern[str], ...]
    # which promise patterns can match a sentence, from the words they need (rules/literals)
    prefilter: Prefilter


_MACRO = re.compile(r"\{(\w+)\}")


def _compile(pattern: str, word_lists: dict[str, list[str]], where: str) -> re.Pattern[str]:
    def expand(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in word_lists:
            raise KeyError(name)
        # A trie: "{action}" has some ninety verbs, tried at every word otherwise. Only whether
        # a pattern matches counts here, so which verb it picks does not matter.
        return "(?:" + word_trie([str(w) for w in word_lists[name]]) + ")"

    try:
        return re.compile(_MACRO.sub(expand, pattern), re.IGNORECASE)
    except KeyError as exc:
        raise InputError(
            f"{where}: onbekende woordenlijst {{{exc.args[0]}}}",
            f"{where}: unknown word list {{{exc.args[0]}}}",
        ) from None
    except re.error as exc:
        raise InputError(
            f"{where}: ongeldig patroon: {exc}", f"{where}: invalid pattern: {exc}"
        ) from None


@lru_cache(maxsize=1)
def _patterns() -> dict[str, _PromisePatterns]:
    promises = data("commitments/promises")
    out = {}
    for lang in LANGS:
        section = promises[lang]
        word_lists = section.get("words", {})
        promise = tuple(
            _compile(p, word_lists, f"promises.yml: {lang}.promise[{i}]")
            for i, p in enumerate(section["promise"])
        )
        out[lang] = _PromisePatterns(
            promise=promise,
            not_promise=tuple(
                _compile(p, word_lists, f"promises.yml: {lang}.not_promise[{i}]")
                for i, p in enumerate(section["not_promise"])
            ),
            prefilter=Prefilter.of(list(promise)),
        )
    return out


@line_cached
def is_promise(sentence: str, lang: str) -> bool:
    """True when `sentence` promises an action by the writer or the organisation."""
    if "?" in sentence:
        return False  # a question asks; it does not promise
    patterns = _patterns()[lang]
    maybe = patterns.prefilter.candidates(sentence)
    if not any(patterns.promise[i].search(sentence) for i in sorted(maybe)):
        return False
    return not any(p.search(sentence) for p in patterns.not_promise)


# A quotation: ‘…’, “…”, "…" or «…» on one line. A promise quoted from an earlier reply (the
# follow-up draft quotes the one it closes) is not a new promise.
_QUOTED = re.compile(r"‘[^’\n]*’|“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»")


def _unquoted(text: str, offset: int, quoted: list[tuple[int, int]]) -> str:
    """`text` (at `offset` in the reply) with every quotation in it blanked out. `quoted` is
    sorted and non-overlapping: only the quotations that reach into this sentence are looked
    at, so a reply of thousands of quotes and sentences stays linear."""
    if not quoted:
        return text
    first = max(bisect_right(quoted, (offset, len(text) + offset + 1)) - 1, 0)
    out, pos = [], 0
    for start, end in quoted[first:]:
        if start >= offset + len(text):
            break
        a, b = max(start - offset, 0), min(end - offset, len(text))
        if a >= b:
            continue
        out.append(text[pos:a])
        out.append(" " * (b - a))
        pos = b
    out.append(text[pos:])
    return "".join(out)


def find_commitments(
    reply: str,
    *,
    written_at: datetime,
    lang: str = "auto",
    spans: Sequence[Span] | None = None,
) -> list[Commitment]:
    """The promises in `reply`, each with its span and the date it is due (or None).

    `spans`: the reply's sentences, when the caller has them already (the engine does).
    """
    if lang == "auto":
        lang = guess_lang(reply)
    if lang not in LANGS:
        raise InputError(f"Onbekende taal: {lang}", f"Unknown language: {lang}")
    found = []
    quoted = [m.span() for m in _QUOTED.finditer(reply)]
    for span in sentences(reply) if spans is None else spans:
        if is_promise(_unquoted(span.text, span.start, quoted), lang):
            due = resolve_due(span.text, written_at=written_at, lang=lang)
            found.append(Commitment(text=span.text, start=span.start, end=span.end, due=due))
    return found
