"""`reactiewijzer` on the command line: the same engine as the app, no Qt.

The front door of `cli/`: `main` and the parser. One module per subcommand beside it
(check, commitments, evaluate, thread, words), each with `register(subparsers)`; `common`
holds what they share (reading a text argument, failing with one clear line).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from reactiewijzer import __version__

# Each name is a module of this package with `register(subparsers)`; the parser it
# adds sets `func`, which takes the parsed args and returns the exit code.
COMMANDS = ("check", "commitments", "evaluate", "thread", "words")

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reactiewijzer",
        description=(
            "Check a social-media reply against the guide "
            "'Do's en dont's van social media bij participatie', offline."
        ),
    )
    parser.add_argument("--version", action="version", version=f"reactiewijzer {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"reactiewijzer.cli.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:  # Ctrl-C: stop quietly, as a command-line tool should
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
