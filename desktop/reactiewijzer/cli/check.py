"""`reactiewijzer check DRAFT`: check a reply from the shell, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reactiewijzer.cli.common import fail, read_text_arg, ui_lang
from reactiewijzer.core.catalogue import category_name, platform_keys
from reactiewijzer.core.dismissals import load_dismissals
from reactiewijzer.core.engine import LANGS, MAX_CHECK_CHARS, check, too_long_message
from reactiewijzer.core.errors import Error
from reactiewijzer.core.guideline import heading_in
from reactiewijzer.core.model import Report, Thread

# How each kind of fix reads in the text output: a reader must see what would be replaced.
_FIX_LABELS = {
    "replace": ("vervang door", "replace with"),
    "insert_before": ("zet ervoor", "add before"),
    "insert_after": ("voeg erna toe", "add after"),
    "none": ("ter informatie", "for information"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "check",
        help="check a draft reply against the guide",
        description="Check a draft reply against the guide. Exit 0: no error-level finding; "
        "1: at least one; 2: usage or input error.",
    )
    p.add_argument("draft", metavar="DRAFT", help="file with the draft reply, or - for stdin")
    p.add_argument("--thread", metavar="FILE", help="file with the pasted thread the reply answers")
    p.add_argument("--lang", choices=LANGS, default="auto", help="language of the draft")
    p.add_argument("--platform", choices=platform_keys(), help="platform the reply is for")
    p.add_argument("--format", choices=("text", "json"), default="text", dest="output")
    p.add_argument("--no-grammar", action="store_true", help="skip LanguageTool")
    p.add_argument(
        "--languagetool-url",
        metavar="URL",
        help="your organisation's own LanguageTool server instead of the local one",
    )
    p.add_argument("--profile", metavar="FILE", type=Path, help="writer's profile (YAML)")
    p.add_argument(
        "--show-ignored",
        action="store_true",
        help="also show the checks and words ignored in the app (Settings > Genegeerd)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        draft = read_text_arg(args.draft, what="reactie")
        if not draft.strip():
            return fail("De reactie is leeg.", "The draft is empty.")
        if len(draft) > MAX_CHECK_CHARS:  # as the window does: say so rather than run a minute
            return fail(*too_long_message(len(draft)))
        thread_text = read_text_arg(args.thread, what="thread") if args.thread else ""
        profile = _profile(args.profile)
        report = check(
            draft,
            thread=thread_text or None,
            lang=args.lang,
            platform=args.platform,
            grammar=not args.no_grammar,
            profile=profile,
            languagetool_url=args.languagetool_url,
            dismissed=None if args.show_ignored else load_dismissals(),
        )
    except Error as exc:
        return fail(exc.message_nl, exc.message_en)
    if report.grammar_status:
        print(report.grammar_status, file=sys.stderr)
    if args.output == "json":
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        # The check read this paste already; read_thread keeps it, so this costs nothing.
        from reactiewijzer.core.thread import read_thread

        thread = read_thread(thread_text) if thread_text.strip() else None
        sys.stdout.write(render_text(report, draft, thread))
    return 1 if report.has_errors else 0


def _profile(path: Path | None) -> dict:
    if path is None:
        from reactiewijzer.core.profile import load_profile

        return load_profile()
    from reactiewijzer.core.profile import read_profile_file

    return read_profile_file(path)


def _recipient(thread: Thread | None, draft: str) -> str | None:
    """Whom the reply's promises are made to, as the commitment log would record it."""
    if thread is None:
        return None
    from reactiewijzer.core.thread import addressee

    person = addressee(thread, draft)
    return person.name if person else None


def render_text(report: Report, draft: str, thread: Thread | None = None) -> str:
    lang = ui_lang(report.lang)
    en = lang == "en"
    lines: list[str] = []
    for f in report.findings:
        line_no = draft.count("\n", 0, f.start) + 1
        col = f.start - (draft.rfind("\n", 0, f.start) + 1) + 1
        category = category_name(f.category, "en" if en else "nl")
        lines.append(f"{line_no}:{col} {f.severity:<7} [{category}] {f.message}")
        for kind in ("replace", "insert_before", "insert_after", "none"):
            texts = [fix.text for fix in f.fixes if fix.kind == kind]
            if texts:
                label = _FIX_LABELS[kind][1 if en else 0]
                lines.append(f"      {label}: {' | '.join(texts)}")
        lines.append(f"      ({heading_in(f.guideline, lang)}; {f.rule})")
    r = report.readability
    if r is not None:
        if en:
            lines.append(
                f"Readability: {r.level} (score {r.score}, {r.words_per_sentence} "
                "words per sentence)"
            )
        else:
            lines.append(
                f"Leesbaarheid: {r.level} (Flesch-Douma {r.score}, "
                f"{r.words_per_sentence} woorden per zin)"
            )
    to = _recipient(thread, draft)
    for c in report.commitments:
        due = c.due.isoformat() if c.due else ("no date" if en else "geen datum")
        aan = f", {'to' if en else 'aan'} {to}" if to else ""
        lines.append(f"{'Commitment' if en else 'Toezegging'} ({due}{aan}): {c.text}")
    if not report.findings:
        lines.append("Ready to post." if en else "Klaar om te plaatsen.")
    return "\n".join(lines) + "\n"
