"""The house rules of the architecture, checked on the code itself (with ast, not grep)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "reactiewijzer"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def test_core_never_imports_qt_or_ui():
    for path in _modules("core"):
        for name in _imports(path):
            assert not name.startswith(("PySide6", "shiboken6", "reactiewijzer.ui")), (
                f"{path.relative_to(PACKAGE)} imports {name}"
            )


def test_cli_never_imports_qt():
    for path in _modules("cli"):
        for name in _imports(path):
            assert not name.startswith(("PySide6", "reactiewijzer.ui")), path.name


def test_ui_never_touches_sql():
    for path in _modules("ui"):
        names = _imports(path)
        assert not {"sqlite3", "sqlite_utils"} & names, f"{path.name} imports SQLite"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value.upper()
                assert not any(
                    text.lstrip().startswith(k)
                    for k in ("SELECT ", "INSERT ", "UPDATE ", "DELETE ")
                ), f"{path.name} holds SQL: {node.value[:40]!r}"


def test_public_api_imports_without_qt():
    code = "import sys, reactiewijzer; reactiewijzer.check('Hoi'); print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_only_app_wires_services_into_widgets():
    """Widgets get their services handed in; only app.py builds the store and the checker."""
    for path in _modules("ui"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in ("CommitmentStore", "get_checker"), (
                    f"{path.name} builds {node.func.id}; let app.py hand it in"
                )


# Packages with a front door: code outside a package imports it as `reactiewijzer.core.thread`,
# never a module behind it, so the package can be rearranged inside without touching callers.
# (Tests may reach inside to test a part on its own.)
FRONT_DOORS = (
    "reactiewijzer.core.thread",
    "reactiewijzer.core.store",
    "reactiewijzer.core.catalogue",
    "reactiewijzer.core.promises",
    "reactiewijzer.core.grammar",
    "reactiewijzer.cli",
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(name: str) -> bool:
    found = PACKAGE.parent.joinpath(*name.split("."))
    return found.with_suffix(".py").is_file() or (found / "__init__.py").is_file()


def _imported_modules(path: Path) -> set[str]:
    """Every module `path` imports, counting `from package import module` as the module."""
    names = _imports(path)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.update(
                f"{node.module}.{a.name}"
                for a in node.names
                if _is_module(f"{node.module}.{a.name}")
            )
    return names


def test_packages_are_entered_through_their_front_door():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        here = _module_name(path)
        for name in _imported_modules(path):
            for door in FRONT_DOORS:
                inside = here == door or here.startswith(door + ".")
                if name.startswith(door + ".") and not inside:
                    wrong.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not wrong, "\n".join(wrong)


# Modules whose people-facing Dutch still sits in code, each with why; the list only shrinks.
NOT_YET_IN_THE_CATALOGUE = {
    # Dutch sample sentences sent to LanguageTool to load or train it, never shown to anyone;
    # findings.py holds the guide's heading its findings cite.
    "core/grammar/server.py": "a sample sentence for a manual check (python -m ...server)",
    "core/grammar/loads.py": "a sample sentence that loads Dutch at start",
    "core/grammar/startup.py": "sample sentences for the start-up archive's training run",
    "core/grammar/findings.py": "the guide's heading 'Ken je publiek', cited by spelling findings",
    "core/checks/broadcast.py": "suggested closing questions: belong in checks.yml",
    "core/checks/personal_data.py": "name particles: belong in a word list",
    "core/store/export.py": "CSV and calendar column names: a file format, kept beside its reader",
    "core/thread/formats.py": "Facebook's and Instagram's own button words, inside regexes",
}


def _dutch_literals(path: Path) -> list[str]:
    """String constants (docstrings aside) that read as Dutch sentences: at least three words,
    more Dutch than English function words (resources/wordlists/function_words.yml)."""
    import yaml

    words = yaml.safe_load(
        (PACKAGE.parents[1] / "resources" / "wordlists" / "function_words.yml").read_text("utf-8")
    )
    dutch, english = set(words["nl"]), set(words["en"])
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in docstrings:
                continue
            tokens = [w.strip(".,:;!?()'\"‘’").lower() for w in node.value.split()]
            nl = sum(t in dutch for t in tokens)
            if len(tokens) >= 3 and nl >= 1 and nl > sum(t in english for t in tokens):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value[:60]!r}")
    return found


def test_core_says_nothing_to_people_outside_the_catalogue():
    # What the core tells people is in resources/messages.yml (core.catalogue.texts), in both
    # languages, so a text is corrected or translated in one place.
    found = []
    for path in _modules("core"):
        if str(path.relative_to(PACKAGE)) not in NOT_YET_IN_THE_CATALOGUE:
            found += _dutch_literals(path)
    assert found == []
    for name in NOT_YET_IN_THE_CATALOGUE:  # an entry that has been moved leaves the list
        assert _dutch_literals(PACKAGE / name), f"{name} is clean: remove it from the list"
