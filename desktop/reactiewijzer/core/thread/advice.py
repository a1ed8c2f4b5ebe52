"""Whether to reply: respond, observe or moderate, each reason quoting the guide.

The guide ("Altijd reageren", "Verwijderen van input van publiek", "Hou je aan de regels",
"'Handle' negativiteit"):
- moderate only spam, truly offensive or illegal content, and respond to breaches at once;
- respond to substantive reactions (recognisable by their reasons) and to open questions;
- observe emotional reactions and isolated negative experiences;
- for negativity, the triple A: avoid the insincere, acknowledge criticism, act.
"""

from __future__ import annotations

from reactiewijzer.core.model import Post, Reason
from reactiewijzer.core.thread.data import reasons as reason_texts
from reactiewijzer.core.thread.signals import PostSignals

VIOLATIONS = ("threat", "illegal", "insult", "spam")


def _reason(key: str, lang: str, **values: str) -> Reason:
    entry = reason_texts()[key]
    values.setdefault("author", "")
    values.setdefault("markers", "")
    values.setdefault("question", "")
    return Reason(
        text=entry["en" if lang == "en" else "nl"].format(**values),
        guideline=entry["heading"],
        quote=entry["quote"],
    )


def author_label(posts: list[Post], lang: str) -> str:
    """ "Jan de Vries", "Jan en Petra", or "een deelnemer" when no name is known."""
    names: list[str] = []
    for p in posts:
        name = p.author or p.handle
        if name and name not in names:
            names.append(name)
    if not names:
        return "a participant" if lang == "en" else "een deelnemer"
    joiner = " and " if lang == "en" else " en "
    if len(names) > 3:
        return ", ".join(names[:3]) + (" and others" if lang == "en" else " en anderen")
    return ", ".join(names[:-1]) + joiner + names[-1] if len(names) > 1 else names[0]


def _markers(signals: list[PostSignals], key: str) -> str:
    out: list[str] = []
    for s in signals:
        for m in s.markers.get(key, []):
            if m not in out:
                out.append(m)
    return ", ".join(out[:4])


def _once_per_quote(reasons: list[Reason]) -> tuple[Reason, ...]:
    """One reason per guide sentence: reasons that quote the same sentence of the same section
    are told as one (two questions, or a threat and an insult, quote the guide once)."""
    merged: dict[tuple[str, str], Reason] = {}
    for r in reasons:
        key = (r.guideline, r.quote)
        if key in merged:
            if r.text not in merged[key].text:
                merged[key] = Reason(merged[key].text + " " + r.text, r.guideline, r.quote)
        else:
            merged[key] = r
    return tuple(merged.values())


def violation(post: Post) -> bool:
    return any(v in post.signals for v in VIOLATIONS)


def advise(
    posts: list[Post],
    signals: list[PostSignals],
    open_questions: list[tuple[str, Post]],
    lang: str,
) -> tuple[str, tuple[Reason, ...]]:
    """(advice, reasons) for the thread; reasons quote the guide."""
    by_post = {id(p): s for p, s in zip(posts, signals, strict=True)}
    citizens = [p for p in posts if not p.from_organisation]
    last_org = max((i for i, p in enumerate(posts) if p.from_organisation), default=-1)
    pending = [p for i, p in enumerate(posts) if i > last_org and not p.from_organisation]
    pending_ok = [p for p in pending if not violation(p)]
    substance = [p for p in pending_ok if "substance" in p.signals]
    sig = lambda ps: [by_post[id(p)] for p in ps]  # noqa: E731 - a local shorthand
    out: list[Reason] = []

    bad = {v: [p for p in citizens if v in p.signals] for v in VIOLATIONS}
    if any(bad.values()):
        for kind in VIOLATIONS:
            if bad[kind]:
                out.append(
                    _reason(
                        f"moderate_{kind}",
                        lang,
                        author=author_label(bad[kind], lang),
                        markers=_markers(sig(bad[kind]), kind),
                    )
                )
        out.append(_reason("house_rules", lang))
        critics = [p for p in citizens if not violation(p) and "criticism" in p.signals]
        if critics:
            out.append(_reason("keep_criticism", lang, author=author_label(critics, lang)))
        worthy = substance + [p for _, p in open_questions if not violation(p)]
        if worthy:
            out.append(_reason("respond_after_moderation", lang, author=author_label(worthy, lang)))
        if bad["insult"] or bad["threat"]:
            out.append(
                _reason(
                    "triple_a_avoid", lang, author=author_label(bad["insult"] + bad["threat"], lang)
                )
            )
        return "moderate", _once_per_quote(out)

    experiences = [p for p in pending_ok if "negative_experience" in p.signals]
    shared = len({p.author or p.handle or id(p) for p in experiences}) >= 2
    service = [p for p in pending_ok if "service" in p.signals]
    addressed = [p for p in pending_ok if "addressed_criticism" in p.signals]
    if substance or open_questions or shared or service or addressed:
        for p in substance[:2]:
            out.append(
                _reason(
                    "respond_substance",
                    lang,
                    author=author_label([p], lang),
                    markers=_markers(sig([p]), "substance"),
                )
            )
            if "criticism" in p.signals:
                out.append(_reason("respond_criticism", lang, author=author_label([p], lang)))
        if service:
            out.append(
                _reason(
                    "respond_service",
                    lang,
                    author=author_label(service, lang),
                    markers=_markers(sig(service), "service"),
                )
            )
        addressed = [p for p in addressed if p not in substance]
        if addressed:
            out.append(
                _reason(
                    "respond_addressed",
                    lang,
                    author=author_label(addressed, lang),
                    markers=_markers(sig(addressed), "criticism"),
                )
            )
        for question, p in open_questions[:3]:
            out.append(
                _reason("respond_question", lang, author=author_label([p], lang), question=question)
            )
        if shared:
            out.append(_reason("respond_shared", lang, author=author_label(experiences, lang)))
        negative = [
            p
            for p in pending_ok
            if {"criticism", "emotion", "negative_experience"} & set(p.signals)
        ]
        if negative:
            out.append(_reason("triple_a_acknowledge", lang, author=author_label(negative, lang)))
            out.append(_reason("triple_a_act", lang, author=author_label(negative, lang)))
        return "respond", _once_per_quote(out)

    others = [p for p in pending_ok if "to_others" in p.signals]
    if others:
        out.append(
            _reason(
                "observe_others",
                lang,
                author=author_label(others, lang),
                markers=_markers(sig(others), "to_others"),
            )
        )
    praise = [p for p in pending_ok if "compliment" in p.signals]
    if praise:
        out.append(
            _reason(
                "observe_compliment",
                lang,
                author=author_label(praise, lang),
                markers=_markers(sig(praise), "compliment"),
            )
        )
    verdicts = [p for p in pending_ok if {"sarcasm", "rhetorical"} & set(p.signals)]
    if verdicts:
        found = _markers(sig(verdicts), "sarcasm") or _markers(sig(verdicts), "rhetorical")
        out.append(
            _reason("observe_sarcasm", lang, author=author_label(verdicts, lang), markers=found)
        )
    emotional = [p for p in pending_ok if "emotion" in p.signals]
    if emotional:
        out.append(
            _reason(
                "observe_emotion",
                lang,
                author=author_label(emotional, lang),
                markers=_markers(sig(emotional), "emotion"),
            )
        )
        scoring = [p for p in emotional if {"shouting", "swearing"} & set(p.signals)]
        if scoring:
            out.append(_reason("triple_a_avoid", lang, author=author_label(scoring, lang)))
    if experiences:
        out.append(_reason("observe_isolated", lang, author=author_label(experiences, lang)))
    if not out:
        key = (
            "observe_answered"
            if last_org >= 0 and any(p.questions for p in citizens)
            else "observe_quiet"
        )
        out.append(_reason(key, lang))
    return "observe", _once_per_quote(out)
