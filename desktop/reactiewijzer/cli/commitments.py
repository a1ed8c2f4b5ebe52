"""`reactiewijzer commitments ...`: the commitment log from the shell.

Every action opens the log the app uses (REACTIEWIJZER_DATA_DIR overrides where it is). A
damaged log does not stop the command: it is moved aside, its readable rows are saved into a
fresh log, one line on stderr says so (how many were saved, the latest backup), and the
command runs on. A read-only log is listed and searched, and says so on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from reactiewijzer.cli.common import fail, read_text_arg, ui_lang
from reactiewijzer.core.errors import Error, InputError
from reactiewijzer.core.promises import find_commitments, resolve_due
from reactiewijzer.core.store import (
    FILTERS,
    MAX_EXCERPT,
    BackupInfo,
    CommitmentStore,
    StoredCommitment,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "commitments",
        help="the log of what was promised in replies",
        description="List, add, close, search, export and erase logged commitments.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    ls = actions.add_parser("list", help="list commitments")
    ls.add_argument("--filter", choices=FILTERS, default="open")
    _add_listing_options(ls)

    add = actions.add_parser("add", help="log a commitment (or every promise in a reply)")
    add.add_argument("text", nargs="?", help="the promise, e.g. 'Ik bel je vrijdag.'")
    add.add_argument("--from-reply", metavar="FILE", help="log every promise found in this reply")
    add.add_argument("--due", help="due date: 2025-12-01, or words such as 'vrijdag'")
    add.add_argument("--person")
    add.add_argument("--handle")
    add.add_argument("--platform")
    add.add_argument("--thread", dest="thread_ref", metavar="LINK")
    add.add_argument(
        "--thread-file",
        metavar="FILE",
        help="the pasted thread: whom the reply answers (when --person/--handle are not given) "
        "and their post, kept as the thread excerpt",
    )
    add.add_argument(
        "--excerpt",
        metavar="TEXT",
        help=f"the part of the thread the reply answers (at most {MAX_EXCERPT} characters)",
    )
    add.add_argument("--format", choices=("text", "json"), default="text", dest="output")

    for name, help_text in (("done", "mark a commitment done"), ("drop", "drop a commitment")):
        a = actions.add_parser(name, help=help_text)
        a.add_argument("id", type=int)
        a.add_argument("--note", help="what was done, or why it was dropped")

    due = actions.add_parser("due", help="change a commitment's due date")
    due.add_argument("id", type=int)
    due.add_argument("date", help="2025-12-01, words such as 'volgende week', or 'none'")

    search = actions.add_parser("search", help="full-text search")
    search.add_argument("query")
    _add_listing_options(search)

    export = actions.add_parser(
        "export",
        help="export to CSV or iCalendar (.ics)",
        description="The file name says what is written: .csv or .ics (anything else is "
        "refused). CSV is for Excel in your language by default: ';'-separated with Dutch "
        "headers (nl), ','-separated with English headers (en); --style plain for scripts.",
    )
    export.add_argument("path", type=Path)
    export.add_argument("--as", dest="kind", choices=("csv", "ics"), help="must match the suffix")
    export.add_argument("--filter", choices=FILTERS, help="default: all (csv), open (ics)")
    export.add_argument(
        "--style", choices=("nl", "en", "plain"), help="CSV style (default: your language)"
    )
    export.add_argument(
        "--alarm", type=int, metavar="DAYS", help="ICS: a reminder DAYS days before the date"
    )

    imp = actions.add_parser("import", help="import a CSV export")
    imp.add_argument("path", type=Path)

    purge = actions.add_parser("purge", help="remove finished commitments past retention")
    purge.add_argument("--days", type=int, default=365, help="retention in days (365)")

    forget = actions.add_parser("forget", help="erase everything about one person or handle")
    forget.add_argument("who", help="name or @handle")
    forget.add_argument("--yes", action="store_true", help="really erase (cannot be undone)")

    restore = actions.add_parser(
        "restore",
        help="restore a backup (lists them with date and count, then asks)",
        description="Without BACKUP: the newest backup. BACKUP is a number from the list, a "
        "date (2025-11-12) or a file. The current log is kept aside, never deleted.",
    )
    restore.add_argument("backup", nargs="?")
    restore.add_argument("--yes", action="store_true", help="restore without asking")

    p.set_defaults(func=run)


def _add_listing_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("text", "json"), default="text", dest="output")
    p.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    lang = ui_lang()
    try:
        store = CommitmentStore(today=getattr(args, "today", None))
    except Error as exc:
        return fail(exc.message_nl, exc.message_en)
    try:
        message = store.recovery_message(lang)
        if message:
            print(f"reactiewijzer: {message}", file=sys.stderr)
        return _ACTIONS_RUN[args.action](store, args, lang)
    except Error as exc:
        return fail(exc.message_nl, exc.message_en)
    finally:
        store.close()


def _say(lang: str, nl: str, en: str) -> None:
    print(en if lang == "en" else nl)


def _list(store: CommitmentStore, args: argparse.Namespace, lang: str) -> int:
    _print(store.list(args.filter, today=args.today), args.output, lang, args.today)
    return 0


def _search(store: CommitmentStore, args: argparse.Namespace, lang: str) -> int:
    _print(store.search(args.query), args.output, lang, args.today)
    return 0


def _print(rows: list[StoredCommitment], output: str, lang: str, today: date | None) -> None:
    if output == "json":
        json.dump([r.to_dict() for r in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    if not rows:
        _say(lang, "Geen toezeggingen.", "No commitments.")
        return
    today = today or date.today()
    late = "te laat" if lang == "nl" else "overdue"
    for r in rows:
        status = late if r.is_overdue(today) else _STATUS[r.status][lang == "en"]
        due = r.due.isoformat() if r.due else "—"
        who = f"  [{r.who}]" if r.who else ""
        text = " ".join(r.text.split())
        text = text if len(text) <= 80 else text[:79] + "…"
        print(f"{r.id:>5}  {due:<10}  {status:<9}  {text}{who}")


_STATUS = {
    "open": ("open", "open"),
    "done": ("gedaan", "done"),
    "dropped": ("vervallen", "dropped"),
}


def _parse_due(value: str | None, lang: str) -> date | None:
    if value is None or value.strip().lower() in ("", "none", "geen"):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        pass
    # Words such as "vrijdag" or "next Tuesday": the user's language first, then the other.
    langs = ("en", "nl") if lang == "en" else ("nl", "en")
    due = next((d for d in (resolve_due(value, written_at=datetime.now(), lang=lg)
                            for lg in langs) if d), None)  # fmt: skip
    if due is None:
        raise InputError(
            f"'{value}' is geen datum die ik begrijp; gebruik bijvoorbeeld 2025-12-01.",
            f"'{value}' is not a date I understand; use for example 2025-12-01.",
        )
    return due


def _add(store: CommitmentStore, args: argparse.Namespace, lang: str) -> int:
    reply = read_text_arg(args.from_reply, what="reactie") if args.from_reply else None
    common = {"person": args.person, "handle": args.handle, "platform": args.platform,
              "thread_ref": args.thread_ref, "thread_excerpt": args.excerpt}  # fmt: skip
    if args.thread_file:
        _from_thread(common, read_text_arg(args.thread_file, what="thread"), reply or args.text)
    if reply is not None:
        found = find_commitments(reply, written_at=datetime.now())
        if args.due:
            due = _parse_due(args.due, lang)
            found = [type(c)(c.text, c.start, c.end, due) for c in found]
        saved = store.add_many(found, reply=reply, **common)
    elif args.text:
        due = _parse_due(args.due, lang)
        saved = [store.add(args.text, due=due, **common)]
    else:
        return fail("Geef de toezegging of --from-reply FILE.", "Give the text or --from-reply.")
    if args.output == "json":
        json.dump([r.to_dict() for r in saved], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif not saved:
        _say(
            lang, "Geen toezeggingen gevonden in de reactie.", "No commitments found in the reply."
        )
    for r in saved if args.output == "text" else ():
        due = r.due.isoformat() if r.due else ("geen datum" if lang == "nl" else "no due date")
        who = f" [{r.who}]" if r.who else ""
        _say(
            lang,
            f"Vastgelegd #{r.id} ({due}): {r.text}{who}",
            f"Logged #{r.id} ({due}): {r.text}{who}",
        )
    if saved and saved[0].thread_excerpt and args.output == "text":
        _say(lang, "Uit het gesprek:", "From the thread:")
        print(_indented(saved[0].thread_excerpt))
    return 0


def _from_thread(common: dict, thread_text: str, draft: str | None) -> None:
    """Whom the reply answers and their post, as the app's copy flow logs them; what the user
    gave on the command line wins."""
    from reactiewijzer.core.promises import as_thread, excerpt_for, recipient  # the thread reader

    thread = as_thread(thread_text)
    found = recipient(thread, draft or "")
    if not (common["person"] or common["handle"]):
        common["person"], common["handle"] = found.name, found.handle
    if not common["thread_excerpt"]:
        common["thread_excerpt"] = excerpt_for(
            thread, draft or "", common["person"], common["handle"]
        )


def _indented(text: str) -> str:
    return "\n".join(f"  {line}" for line in text.splitlines())


def _done(store: CommitmentStore, args: argparse.Namespace, lang: str) -> int:
    r = store.mark_done(args.id, args.note)
    _say(lang, f"#{r.id} is gedaan.", f"#{r.id} is done.")
    return 0


def _drop(store: CommitmentStore, args: argparse.Namespace, lang: str) -> int:
    r = store.drop(args.id, args.note)
    _say(lang, f"#{r.id} is vervallen.", f"#{r.id} is dropped.")
    return 0


def _due(store: CommitmentStore, args: argparse.Namespace, lang: str) -> int:
    r = store.set_due(args.id, _parse_due(args.date, lang))
    when = r.due.isoformat() if r.due else ("geen datum" if lang == "nl" else "no due date")
    _say(lang, f"#{r.id} is nu te doen op: {when}.", f"#{r.id} is now due: {when}.")
    return 0


def _export(store: CommitmentStore, args: argparse.Namespace, lang: str) -> int:
    alarm = timedelta(days=args.alarm) if args.alarm is not None else None
    try:
        n = store.export(
            args.path, kind=args.kind, filter=args.filter, style=args.style or lang, alarm=alarm
        )
    except OSError as exc:
        return fail(
            f"Kan {args.path} niet schrijven: {exc.strerror}",
            f"Cannot write {args.path}: {exc.strerror}",
        )
    _say(lang, f"{n} toezeggingen naar {args.path}.", f"{n} commitments to {args.path}.")
    return 0


def _import(store: CommitmentStore, args: argparse.Namespace, lang: str) -> int:
    n = store.import_csv(args.path)
    _say(lang, f"{n} toezeggingen geïmporteerd.", f"{n} commitments imported.")
    return 0


def _purge(store: CommitmentStore, args: argparse.Namespace, lang: str) -> int:
    n = store.purge(args.days)
    _say(lang, f"{n} afgeronde toezeggingen verwijderd.", f"{n} finished commitments removed.")
    return 0


def _forget(store: CommitmentStore, args: argparse.Namespace, lang: str) -> int:
    if not args.yes:
        n = len(store.about(args.who))
        return fail(
            f"Dit wist {n} toezeggingen over {args.who}, ook uit de back-ups. "
            "Herhaal met --yes om door te gaan.",
            f"This erases {n} commitments about {args.who}, from the backups too. "
            "Repeat with --yes to go ahead.",
        )
    report = store.erase(args.who)
    print(report.message(lang))
    return 0


def _restore(store: CommitmentStore, args: argparse.Namespace, lang: str) -> int:
    found = store.describe_backups()
    if not found:
        return fail("Er is geen back-up.", "There is no backup.")
    for number, info in enumerate(found, 1):
        print(f"{number:>3}  {info.path.name}  {info.describe(lang)}")
    chosen = _choose_backup(found, args.backup)
    if chosen is None:
        return fail(
            f"Geen back-up '{args.backup}'; kies een nummer, datum of bestand uit de lijst.",
            f"No backup '{args.backup}'; choose a number, date or file from the list.",
        )
    current = store.count("all")
    _say(
        lang,
        f"Terugzetten: {chosen.path.name} ({chosen.describe(lang)}) in plaats van de huidige "
        f"lijst met {current} toezeggingen (die wordt bewaard).",
        f"Restore: {chosen.path.name} ({chosen.describe(lang)}) instead of the current log "
        f"with {current} commitments (which is kept).",
    )
    if not args.yes:
        if not sys.stdin.isatty():
            return fail(
                "Herhaal met --yes om deze back-up terug te zetten.",
                "Repeat with --yes to restore this backup.",
            )
        answer = input("Doorgaan? [j/N] " if lang == "nl" else "Go ahead? [y/N] ")
        if answer.strip().lower() not in ("j", "ja", "y", "yes"):
            _say(lang, "Niets veranderd.", "Nothing changed.")
            return 1
    kept = store.restore_backup(chosen.path)
    _say(
        lang,
        f"Back-up {chosen.path.name} teruggezet; het vorige bestand is bewaard als {kept}.",
        f"Backup {chosen.path.name} restored; the previous file was kept as {kept}.",
    )
    return 0


def _choose_backup(found: list[BackupInfo], wanted: str | None) -> BackupInfo | None:
    if not wanted:
        return found[0]
    if wanted.isdigit() and 1 <= int(wanted) <= len(found):
        return found[int(wanted) - 1]
    for info in found:
        if wanted in (info.path.name, str(info.day)) or Path(wanted) == info.path:
            return info
    path = Path(wanted)
    if path.is_file():
        return BackupInfo(path, None, datetime.fromtimestamp(path.stat().st_mtime), None)
    return None


_ACTIONS_RUN = {
    "list": _list,
    "add": _add,
    "done": _done,
    "drop": _drop,
    "due": _due,
    "search": _search,
    "export": _export,
    "import": _import,
    "purge": _purge,
    "forget": _forget,
    "restore": _restore,
}
