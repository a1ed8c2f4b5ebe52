"""The desktop app's composition root: builds the services and hands them to the widgets.

`reactiewijzer-app [--data-dir DIR] [--settings FILE] [--languagetool-url URL] [--no-grammar]
[--lang nl|en] [FILE]` — FILE is opened as the draft. Every service is created in `main()` (or
`build_services()`, which tests call) and passed on; the one global hand-off is the data folder,
set in REACTIEWIJZER_DATA_DIR so that the checks' process and core's word list find it too.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path

from reactiewijzer import __version__
from reactiewijzer.core.resources import resource_path


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="reactiewijzer-app", description="Reactiewijzer (desktop app)"
    )
    parser.add_argument(
        "file", nargs="?", help="tekstbestand om als concept te openen / text file to open as draft"
    )
    parser.add_argument(
        "--data-dir", help="map voor concepten, toezeggingen en woordenlijst / data folder"
    )
    parser.add_argument("--settings", help="instellingenbestand (.ini) / settings file")
    parser.add_argument(
        "--languagetool-url", help="LanguageTool-server van de organisatie / organisation's server"
    )
    parser.add_argument(
        "--no-grammar", action="store_true", help="zonder LanguageTool / without LanguageTool"
    )
    parser.add_argument("--lang", choices=("nl", "en"), help="taal van de app / UI language")
    parser.add_argument(
        "--report-ready", action="store_true", help=argparse.SUPPRESS
    )  # bench/tests
    parser.add_argument(
        "--smoke-test", action="store_true", help=argparse.SUPPRESS
    )  # packaging: show the window, process the start-up events, close it, exit 0
    return parser.parse_args(argv)


def data_dir_from(option: str | None) -> Path:
    if option:
        return Path(option).expanduser().resolve()
    from reactiewijzer.core.paths import data_dir

    return data_dir()


# ---- services -----------------------------------------------------------------------------------


def _platforms():
    from reactiewijzer.core.checks.platform import platforms
    from reactiewijzer.ui.services import Platform

    return tuple(
        Platform(
            key, str(spec["name"]), str(spec.get("name_en") or spec["name"]), spec.get("limit")
        )
        for key, spec in platforms().items()
    )


def make_grammar(server_url: str | None, *, enabled: bool = True, allow_plain_http: bool = False):
    from reactiewijzer.ui.services import NullGrammar

    if not enabled:
        return NullGrammar(
            "Grammaticacontrole staat uit (gestart met --no-grammar).",
            "Grammar checks are off (started with --no-grammar).",
        )
    from reactiewijzer.core.grammar import get_checker

    return get_checker(server_url, allow_plain_http=allow_plain_http)


def find_commitments_now(reply: str):
    """The promises in a reply written now (module-level: the copy flow sends it to the checks'
    process)."""
    from reactiewijzer.core.promises import find_commitments

    return find_commitments(reply, written_at=datetime.now(), lang="auto")


def build_services(
    data_dir: Path,
    *,
    grammar: bool = True,
    languagetool_url: str | None = None,
    allow_plain_http: bool = False,
):
    """Everything the widgets use, wired to the real core."""
    from reactiewijzer.core.checks.platform import counted_length
    from reactiewijzer.core.dismissals import load_dismissals, save_dismissals
    from reactiewijzer.core.engine import check_guidelines
    from reactiewijzer.core.grammar import FILE_NAME, PersonalWordList
    from reactiewijzer.core.guideline import section
    from reactiewijzer.core.profile import load_profile, save_profile
    from reactiewijzer.core.thread import read_thread
    from reactiewijzer.ui.services import Services

    store = _open_store(data_dir)
    wordlist = PersonalWordList(data_dir / FILE_NAME)

    checker = make_grammar(languagetool_url, enabled=grammar, allow_plain_http=allow_plain_http)
    return Services(
        check=check_guidelines,
        grammar=checker,
        make_grammar=lambda url, allow_plain_http=False: make_grammar(
            url, enabled=grammar, allow_plain_http=allow_plain_http
        ),
        read_thread=read_thread,
        find_commitments=find_commitments_now,
        store=store,
        wordlist=wordlist,
        guideline=section,
        platforms=_platforms(),
        count_length=counted_length,
        data_dir=data_dir,
        versions={"app": __version__},
        profile=load_profile(),
        save_profile=save_profile,
        dismissed=load_dismissals(),
        save_dismissals=save_dismissals,
    )


def _open_store(data_dir: Path):
    from reactiewijzer.core.errors import Error
    from reactiewijzer.core.store import DB_NAME, CommitmentStore
    from reactiewijzer.ui.services import Unavailable

    try:
        return CommitmentStore(data_dir / DB_NAME)
    except Error as exc:
        return Unavailable(exc.message("nl"), exc.message("en"))
    except OSError as exc:
        return Unavailable(
            f"Toezeggingenlog kan niet worden geopend: {exc.strerror or exc}.",
            f"Commitment log cannot be opened: {exc.strerror or exc}.",
        )


# ---- the app ----------------------------------------------------------------------------------


def create_application(argv: list[str]):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    # Checks run in worker threads; with Python's default 5 ms GIL switch interval, each Qt call
    # the UI thread makes while a check runs can wait 5 ms for the GIL, and a repaint with
    # dozens of them stalls visibly. 0.5 ms keeps typing smooth (bench/ui.py measures it).
    sys.setswitchinterval(0.0005)
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Reactiewijzer")
    app.setOrganizationName("Reactiewijzer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("reactiewijzer")
    app.setWindowIcon(QIcon(str(resource_path("icons", "reactiewijzer.svg"))))
    return app


def build_window(
    app, services, settings, *, language: str | None = None, synchronous: bool = False
):
    """The main window with its translations installed (tests use this too)."""
    from reactiewijzer.ui.i18n import Translations
    from reactiewijzer.ui.main_window import MainWindow

    translations = Translations(app, resource_path("translations"))
    translations.install(language or settings.ui_language)
    window = MainWindow(services, settings, translations, synchronous=synchronous)
    return window


# The X11 libraries Qt's xcb platform plugin loads, with the Debian/Ubuntu package of each.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-randr": "libxcb-randr0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def missing_display_library() -> str | None:
    """Without these, Qt aborts with a message in English that names only one of them. Say
    it first, in both languages, with the one command that fixes it."""
    import ctypes.util

    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if (
        not sys.platform.startswith("linux")
        or getattr(sys, "frozen", False)  # the bundle carries its own copies
        or platform not in ("", "xcb")
        or not os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
    ):
        return None
    missing = [pkg for lib, pkg in XCB_LIBRARIES.items() if not ctypes.util.find_library(lib)]
    if not missing:
        return None
    command = "sudo apt install " + " ".join(missing)
    return (
        "Reactiewijzer kan geen venster openen: systeembibliotheken voor X11 ontbreken.\n"
        f"Installeer ze met: {command}\n"
        "Reactiewijzer cannot open a window: X11 system libraries are missing.\n"
        f"Install them with: {command}"
    )


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl+C before the window took over the signal: leave quietly
        return 130


def _main(argv: list[str] | None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    data_dir = data_dir_from(args.data_dir)
    # The core's word list and store find the data folder through this variable.
    os.environ["REACTIEWIJZER_DATA_DIR"] = str(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)

    problem = missing_display_library()
    if problem:
        print(problem, file=sys.stderr)
        return 3

    from PySide6.QtCore import QTimer

    from reactiewijzer.ui.autosave import AutosaveFile
    from reactiewijzer.ui.settings import Settings

    app = create_application(sys.argv[:1])
    settings = Settings.at(args.settings)
    url = args.languagetool_url or settings.languagetool_url or None
    plain_http = settings.languagetool_allow_plain_http
    if settings.grammar_enabled and not args.no_grammar:
        # LanguageTool takes seconds to load Dutch: it starts first, in the background, while
        # the rest is built (build_services gets this same checker).
        start_soon = getattr(make_grammar(url, allow_plain_http=plain_http), "start_soon", None)
        if start_soon is not None:
            start_soon()
    services = build_services(
        data_dir, grammar=not args.no_grammar, languagetool_url=url, allow_plain_http=plain_http
    )
    window = build_window(app, services, settings, language=args.lang)
    if not settings.window_state()[0]:
        screen = app.primaryScreen().availableGeometry()
        window.resize(int(screen.width() * 0.85), int(screen.height() * 0.85))
    window.show()
    restored = AutosaveFile(data_dir).load()

    def started() -> None:
        window.start(restored)
        if args.file:
            window.files.open_path("draft", args.file)
        if args.report_ready:
            print("ready", flush=True)
        if args.smoke_test:
            _smoke_test(app, window)

    QTimer.singleShot(0, started)
    _close_on_signals(app, window)
    try:
        code = app.exec()
    finally:
        shut_down(window, services)
    return code


def shut_down(window, services) -> None:
    """After the window closed: drain the workers and stop LanguageTool for good, so the
    process leaves within about a second whatever was running (a grammar check, LanguageTool
    still starting or hung, a long check in the checks' process)."""
    window.workers.close()  # the window did this on close; again in case it never closed
    stop = getattr(services.grammar, "shutdown", None)
    if stop is not None:
        stop()


def _smoke_test(app, window) -> None:
    """Packaging: one real check in the checks' worker process, then close (exit 0), or say
    why it failed (exit 1). A bundle whose worker cannot start fails here, not at a user's."""

    def failed(exc: Exception) -> None:
        print(f"smoke test: the check failed: {exc!r}", file=sys.stderr)
        app.exit(1)

    window.engine_runner.run_in_pool(
        window.services.check,
        "Hoi Anna, ik laat je morgen weten hoe het zit.",
        on_result=lambda _report: window.close(),  # closing the last window quits the app
        on_error=failed,
    )


def _close_on_signals(app, window) -> None:
    """SIGTERM (logout, shutdown) and Ctrl+C close the window the normal way: the draft is
    saved as a clean exit and the LanguageTool server is stopped."""
    import signal

    from PySide6.QtCore import QTimer

    def close(*_args) -> None:
        window.close()
        app.quit()  # also when a dialog is open (its own event loop ends with the app's)

    signal.signal(signal.SIGTERM, close)
    signal.signal(signal.SIGINT, close)
    # Python runs signal handlers only between bytecodes; a light timer gives it the chance.
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)


if __name__ == "__main__":
    sys.exit(main())
