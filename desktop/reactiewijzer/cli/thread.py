"""`reactiewijzer thread FILE`: read a pasted thread and advise whether and how to reply."""

from __future__ import annotations

import argparse
import json
import sys

from reactiewijzer.cli.common import fail, read_text_arg, ui_lang
from reactiewijzer.core.errors import Error
from reactiewijzer.core.guideline import heading_in
from reactiewijzer.core.model import Thread
from reactiewijzer.core.thread import addressee, greeting_name, read_thread

_ADVICE = {
    "respond": ("Reageren", "Respond"),
    "observe": ("Observeren (niet reageren)", "Observe (do not respond)"),
    "moderate": ("Modereren", "Moderate"),
}
_LABELS = {
    "advice": ("Advies", "Advice"),
    "why": ("Waarom", "Why"),
    "participants": ("Deelnemers", "Participants"),
    "ours": ("organisatie", "organisation"),
    "open": ("Open vragen", "Open questions"),
    "none": ("geen", "none"),
    "register": ("Aanspreekvorm", "Register"),
    "unknown": ("onbekend", "unknown"),
    "greet": ("Aanspreken als", "Greet as"),
    "words": ("Hun woorden voor het onderwerp", "Their words for the subject"),
    "posts": ("Berichten", "Posts"),
    "format": ("Bron", "Source"),
    "signals": ("signalen", "signals"),
    "posts_n": ("berichten", "posts"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "thread",
        help="read a pasted thread: who speaks, what is open, whether to reply",
        description="Read a pasted thread (X, Facebook, Instagram, LinkedIn, YouTube, "
        "e-participation, e-mail or a transcript) and advise: respond, observe or moderate.",
    )
    p.add_argument("file", metavar="FILE", help="file with the pasted thread, or - for stdin")
    p.add_argument("--format", choices=("text", "json"), default="text", dest="output")
    p.add_argument("--organisation", help="your organisation's name: its posts count as ours")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        text = read_text_arg(args.file, what="thread")
    except Error as exc:
        return fail(exc.message_nl, exc.message_en)
    thread = read_thread(text, organisation=args.organisation)
    if args.output == "json":
        json.dump(thread.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(thread))
    return 0


def render_text(thread: Thread) -> str:
    lang = ui_lang(thread.lang)
    i = 1 if lang == "en" else 0
    label = {k: v[i] for k, v in _LABELS.items()}
    out: list[str] = []
    notice = thread.notice_en if lang == "en" else thread.notice
    if notice:
        out.append(f"! {notice}")
    out.append(f"{label['advice']}: {_ADVICE[thread.advice][i]}")
    if thread.reasons:
        out.append(f"{label['why']}:")
        for r in thread.reasons:
            out.append(f"  - {r.text}")
            out.append(f"    ({heading_in(r.guideline, lang)}: “{r.quote}”)")
    people = ", ".join(
        f"{p.name}{f' ({p.handle})' if p.handle and p.handle != p.name else ''}: {p.posts}"
        for p in thread.participants
    )
    if not people and thread.posts:  # a paste without author lines: someone wrote it
        people = f"1 ({label['unknown']})"
    out.append(f"{label['participants']}: {people or label['none']}")
    out.append(f"{label['open']}:" + ("" if thread.open_questions else f" {label['none']}"))
    out += [f"  - {q}" for q in thread.open_questions]
    out.append(f"{label['register']}: {thread.register or label['unknown']}")
    name = greeting_name(addressee(thread))
    if name:
        out.append(f"{label['greet']}: {name}")
    out.append(f"{label['words']}: {', '.join(thread.subject_words) or label['none']}")
    out.append(f"{label['format']}: {thread.format}, {len(thread.posts)} {label['posts_n']}")
    out.append(f"{label['posts']}:")
    for n, p in enumerate(thread.posts, 1):
        who = p.author or p.handle or "?"
        ours = f" [{label['ours']}]" if p.from_organisation else ""
        when = f" · {p.time}" if p.time else ""
        out.append(f"  {n}. {who}{ours}{when}")
        body = p.text if len(p.text) <= 400 else p.text[:400] + " …"
        out += [f"     {line}" for line in body.splitlines() if line.strip()]
        if p.signals:
            out.append(f"     [{label['signals']}: {', '.join(p.signals)}]")
    return "\n".join(out) + "\n"
