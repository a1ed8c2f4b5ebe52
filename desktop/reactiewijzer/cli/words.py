"""`reactiewijzer words add|remove|list [WORD]`: the personal word list for the spelling check."""

from __future__ import annotations

import argparse

from reactiewijzer.cli.common import fail, ui_lang
from reactiewijzer.core.errors import Error
from reactiewijzer.core.grammar import PersonalWordList


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "words",
        help="your own word list: names and terms the spelling check accepts",
        description="Names and terms (colleagues, places, 'IenW') the spelling check must "
        "accept. Stored as a plain text file in your data folder, one word per line.",
    )
    p.add_argument("action", choices=("add", "remove", "list"))
    p.add_argument("word", nargs="?", metavar="WORD", help="the word (for add and remove)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    en = ui_lang() == "en"
    try:
        words = PersonalWordList()
        if args.action == "list":
            for word in words.words():
                print(word)
            return 0
        if not args.word:
            return fail(
                f"Geef het woord: reactiewijzer words {args.action} WOORD",
                f"Give the word: reactiewijzer words {args.action} WORD",
            )
        if args.action == "add":
            added = words.add(args.word)
            word = args.word.strip()
            if en:
                print(f"Added '{word}'." if added else f"'{word}' was already in the list.")
            else:
                print(f"'{word}' toegevoegd." if added else f"'{word}' stond al in de lijst.")
        else:
            removed = words.remove(args.word)
            word = args.word.strip()
            if en:
                print(f"Removed '{word}'." if removed else f"'{word}' was not in the list.")
            else:
                print(f"'{word}' verwijderd." if removed else f"'{word}' stond niet in de lijst.")
    except Error as exc:
        return fail(exc.message_nl, exc.message_en)
    except OSError as exc:
        return fail(
            f"Kan de woordenlijst niet opslaan: {exc.strerror}",
            f"Cannot save the word list: {exc.strerror}",
        )
    return 0
