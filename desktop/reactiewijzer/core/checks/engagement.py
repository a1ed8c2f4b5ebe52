"""The checks that finish the guide: reachability, offline routes, staying in the conversation,
and saying what happens with input.

Phrases live in resources/engagement.yml; suggestions come from the writer's profile.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from reactiewijzer.core.catalogue import data
from reactiewijzer.core.checks.base import DraftContext
from reactiewijzer.core.model import Finding
from reactiewijzer.core.profile import contact_routes, offline_routes
from reactiewijzer.core.rules.prefilter import PatternSet


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return data("engagement")


@lru_cache(maxsize=32)
def phrases(lang: str, kind: str) -> PatternSet:
    """The phrases of one kind, searched as one alternation (each only where its words are)."""
    return PatternSet([str(p) for p in _data()[lang][kind]], re.IGNORECASE)


def check_reachability(ctx: DraftContext) -> Iterator[Finding]:
    """'Neem contact met ons op' without a number, link or address: where, then?"""
    m = ctx.search(phrases(ctx.lang, "defer"))
    if m is None or ctx.search(phrases(ctx.lang, "route")):
        return
    sentence = next((s.text for s in ctx.sentences if s.start <= m.start < s.end), "")
    if phrases(ctx.lang, "conditional").search(sentence):
        return  # "Is het vrijdag niet gemaakt? Stuur me dan een bericht": a follow-up offer
    yield ctx.finding(
        "broadcast_only.no_route",
        m.start,
        m.end,
        suggestions=contact_routes(ctx.profile, ctx.lang),
    )


def check_elsewhere(ctx: DraftContext) -> Iterator[Finding]:
    """'Reageer via ons platform': the conversation is here, so answer here."""
    m = ctx.search(phrases(ctx.lang, "elsewhere"))
    if m is not None:
        yield ctx.finding("broadcast_only.elsewhere", m.start, m.end)


def check_offline_route(ctx: DraftContext) -> Iterator[Finding]:
    """An emotional or complex thread deserves a call or a meeting, not only posts."""
    thread = ctx.thread
    if thread is None or ctx.search(phrases(ctx.lang, "offline")):
        return
    settings = _data()
    signals = {s for p in thread.posts for s in p.signals}
    emotional = bool(signals & set(settings["offline_signals"]))
    people = [p for p in thread.participants if p.posts > 0]
    complex_ = (
        len(people) >= settings["complex_participants"]
        or len(thread.open_questions) >= settings["complex_questions"]
    )
    if not (emotional and complex_) or not ctx.sentences:
        return
    last = ctx.sentences[-1]
    yield ctx.finding(
        "broadcast_only.offline_route",
        last.start,
        last.end,
        suggestions=offline_routes(ctx.profile, ctx.lang),
    )


def check_input_follow_up(ctx: DraftContext) -> Iterator[Finding]:
    """Thanks for an idea, but nothing about what happens with it or why."""
    m = ctx.search(phrases(ctx.lang, "thanks_for_input"))
    if m is None or ctx.search(phrases(ctx.lang, "what_happens")):
        return
    yield ctx.finding("broadcast_only.input_follow_up", m.start, m.end)
