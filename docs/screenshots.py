"""Renders the real main window, in Dutch and in English, to docs/screenshot-nl.png and -en.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py [--no-grammar]

A realistic pasted thread and a draft with findings go through the real engine (and the real
LanguageTool when it can start); settings and data live in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent

THREADS = {
    # As copied from X: name, handle and time, the post, like counts and "Beantwoorden".
    "nl": "\n".join(
        [
            "Anna de Vries",
            "@annadevries · 2 u",
            "Waarom duurt de reparatie van de Zuidbrug zo lang?? Ik moet nu elke dag 20 minuten "
            "omrijden naar mijn werk. Wanneer gaat hij weer open?",
            "12",
            "Beantwoorden",
            "",
            "Karim El Amrani",
            "@karim_ea · 1 u",
            "Omdat ze eerst de fundering moeten onderzoeken, stond in de nieuwsbrief van 3 mei. "
            "Maar een omleiding voor fietsers zou fijn zijn, want de huidige route is onveilig.",
            "4",
            "Beantwoorden",
            "",
            "Joke",
            "@jokeb · 45 m",
            "Belachelijk!!! Niemand weet wat er gebeurt.",
        ]
    ),
    "en": "\n".join(
        [
            "Sarah Mitchell",
            "@sarahm · 2h",
            "Why is the Southbridge repair taking so long?? I have to drive a 20-minute detour "
            "to work every day. When will it reopen?",
            "12",
            "Reply",
            "",
            "Tom Baker",
            "@tbaker · 1h",
            "Because they first have to survey the foundations, it said in the May newsletter. "
            "But a cycle diversion would help, since the current route is unsafe.",
            "Reply",
        ]
    ),
}

DRAFTS = {
    "nl": (
        "Beste mevrouw De Vries,\n\n"
        "Middels dit bericht informeren wij u dat de werkzaamheden conform planning verlopen. "
        "De brug gaat naar verwachting in het tweede kwartaal weer open 🚧. "
        "Wij laten u volgende week vrijdag weten hoe het zit met de omleidng voor fietsers.\n\n"
        "Met vriendelijke groet,\nTeam Zuidbrug"
    ),
    "en": (
        "Dear Ms Mitchell,\n\n"
        "We hereby inform you that the works are proceeding in accordance with the schedule. "
        "The bridge is expected to reopen in the second quarter 🚧. "
        "We will let you know next Friday about the cycle diversion.\n\n"
        "Kind regards,\nSouthbridge team"
    ),
}


def render(lang: str, out: Path, *, grammar: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from reactiewijzer.app import build_services, build_window, create_application
    from reactiewijzer.ui.autosave import DraftState
    from reactiewijzer.ui.settings import Settings

    app = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="reactiewijzer-shot-") as tmp:
        data_dir = Path(tmp) / "data"
        data_dir.mkdir()
        os.environ["REACTIEWIJZER_DATA_DIR"] = str(data_dir)
        settings = Settings.at(str(Path(tmp) / "settings.ini"))
        services = build_services(data_dir, grammar=grammar)
        window = build_window(app, services, settings, language=lang, synchronous=True)
        window.resize(1500, 900)
        window.show()
        state = DraftState(THREADS[lang], DRAFTS[lang], platform="facebook", clean_exit=True)
        window.start(state)
        deadline = time.monotonic() + 30
        while grammar and services.grammar.state == "starting" and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.05)
        window._parse_thread()
        window.live.check_now()
        # Show one finding opened, as a user would after clicking it.
        tree = window.findings.tree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            if top.childCount() and "jargon" in top.text(0).lower():
                tree.setCurrentItem(top.child(0))
                break
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out))
        print(f"{out} ({services.grammar.state})")
        window.close()
        window.deleteLater()
        QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-grammar", action="store_true", help="skip LanguageTool")
    args = parser.parse_args()
    for lang in ("nl", "en"):
        render(lang, HERE / f"screenshot-{lang}.png", grammar=not args.no_grammar)
    return 0


if __name__ == "__main__":
    sys.exit(main())
