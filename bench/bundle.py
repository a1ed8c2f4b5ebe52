"""Size and start-up times of the offline bundle that `make dist` builds.

    .venv/bin/python bench/bundle.py [--runs N]

Prints the unpacked size and the archive size, then medians over N runs (default 5) of:
- the bundled CLI: `reactiewijzer --version` (Python start), `check --no-grammar` on a short
  Dutch draft (the engine's first check), and `check` with grammar (cold: starts the bundled
  Java and LanguageTool, loads Dutch, checks; one run each, it is slow);
- the bundled desktop app to its first window (offscreen): from starting the process to the
  window shown and started (`--report-ready` prints "ready"), and to a clean exit (`--smoke-test`).
Each run has an empty environment (only the bundle on PATH) and a fresh HOME.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "Reactiewijzer"
DRAFT = (
    "Hoi Sanne, dank je voor je vraag over de brug. De werkzaamheeden duren tot eind mei. "
    "Heb je nog vragen? Laat het ons gerust weten. Groet, Tom\n"
)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    return {"PATH": str(BUNDLE), "HOME": str(home), "LANG": "C.UTF-8", **extra}


def size_mb(folder: Path) -> float:
    files = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]
    return sum(f.stat().st_size for f in files) / 1e6


def timed_run(args: list[str], home: Path, **extra: str) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        args, env=clean_env(home, **extra), capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({result.returncode}): {result.stderr[-500:]}")
    return elapsed


def gui_times(home: Path, draft: Path) -> tuple[float, float]:
    """Seconds to the first window ("ready") and to the clean exit."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(BUNDLE / "reactiewijzer-app"), "--report-ready", "--smoke-test", str(draft)],
        env=clean_env(home, QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    ready = time.perf_counter() - start
    code = proc.wait(timeout=120)
    done = time.perf_counter() - start
    if line.strip() != "ready" or code != 0:
        raise SystemExit(f"the app did not start and close cleanly (exit {code}, said {line!r})")
    return ready, done


def median(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms" if len(values) > 1 else f"{values[0]:.1f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    if not (BUNDLE / "reactiewijzer").is_file():
        print(f"no bundle in {BUNDLE}: run `make dist` first", file=sys.stderr)
        return 2
    archives = sorted((ROOT / "dist").glob("reactiewijzer-*.tar.gz"))
    print(f"bundle {BUNDLE}: {size_mb(BUNDLE):.0f} MB unpacked")
    for part in ("languagetool", "jre", "PySide6"):
        print(f"  _internal/{part}: {size_mb(BUNDLE / '_internal' / part):.0f} MB")
    if archives:
        print(f"archive {archives[-1].name}: {archives[-1].stat().st_size / 1e6:.0f} MB")

    cli = str(BUNDLE / "reactiewijzer")
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        draft = tmp_path / "concept.txt"
        draft.write_text(DRAFT, encoding="utf-8")

        def fresh_home(i: int, name: str) -> Path:
            home = tmp_path / f"{name}-{i}"
            home.mkdir()
            return home

        version = [timed_run([cli, "--version"], fresh_home(i, "v")) for i in range(runs)]
        print(f"CLI `reactiewijzer --version`, median of {runs}: {median(version)}")
        plain = [
            timed_run([cli, "check", "--no-grammar", str(draft)], fresh_home(i, "c"))
            for i in range(runs)
        ]
        print(f"CLI `check --no-grammar` (short Dutch draft), median of {runs}: {median(plain)}")
        grammar = timed_run([cli, "check", str(draft)], fresh_home(0, "g"))
        print(
            "CLI `check` with grammar, cold (bundled Java + LanguageTool start, Dutch "
            f"loaded, one check): {grammar:.1f} s"
        )
        gui = [gui_times(fresh_home(i, "app"), draft) for i in range(runs)]
        print(
            f"app to first window (offscreen), median of {runs}: {median([r for r, _ in gui])}; "
            f"to a clean exit: {median([d for _, d in gui])}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
