"""Spelling and grammar by a local LanguageTool: the server process (`server`, started with
the flags in `settings` and a start-up archive made by `startup`), finding Java (`java`), the
client that checks a draft (`checker`: GrammarChecker, `loads`, `findings`, over `http`), which
servers may be used (`address`) and the words spelling must accept (`words`).

    from reactiewijzer.core.grammar import get_checker
    get_checker().check("Dat is een mooie oplosing.", "nl")

Names are loaded on first use: the guide's checks (which only need `languagetool_dir` to find
LanguageTool's dictionaries) do not pay for the HTTP client or the process handling.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

# name -> the module (in this package) that holds it.
_WHERE = {
    "GrammarChecker": "checker",
    "close_all": "checker",
    "get_checker": "checker",
    "HEAP_MB": "server",
    "SERVER_PROPERTIES": "server",
    "LocalServer": "server",
    "languagetool_dir": "server",
    "server_version": "http",
    "BackgroundTraining": "startup",
    "Java": "java",
    "MIN_JAVA": "java",
    "find_java": "java",
    "needs_permission": "address",
    "plain_http_refused": "address",
    "FILE_NAME": "words",
    "AcceptedWords": "words",
    "PersonalWordList": "words",
    "known_terms_path": "words",
    "read_words": "words",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)
