"""`reactiewijzer commitments ...` on a real log in a temporary data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reactiewijzer.cli import main


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("REACTIEWIJZER_DATA_DIR", str(folder))
    monkeypatch.setenv("REACTIEWIJZER_LANG", "nl")
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["commitments", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_done_as_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "add", "Ik bel je.", "--due", "2025-11-14", "--person", "Anna")[0] == 0
    assert run(capsys, "add", "We sturen een brief.", "--due", "2025-11-20")[0] == 0
    code, out, _ = run(capsys, "list", "--format", "json", "--today", "2025-11-15")
    assert code == 0
    rows = json.loads(out)
    assert [(r["id"], r["due"], r["person"]) for r in rows] == [
        (1, "2025-11-14", "Anna"),
        (2, "2025-11-20", None),
    ]
    code, out, _ = run(capsys, "list", "--filter", "overdue", "--today", "2025-11-15")
    assert "te laat" in out and "Ik bel je." in out and "brief" not in out
    assert run(capsys, "done", "1", "--note", "gebeld")[0] == 0
    code, out, _ = run(capsys, "list", "--filter", "done", "--format", "json")
    assert [(r["id"], r["note"]) for r in json.loads(out)] == [(1, "gebeld")]


def test_add_from_reply_logs_each_promise(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text(
        "Hoi Sam! Ik laat je binnen twee weken weten hoe het zit. "
        "Als je wilt, kun je ons bellen. De gemeente stuurt je een brief.",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "add", "--from-reply", str(reply), "--person", "Sam")
    assert code == 0
    code, out, _ = run(capsys, "list", "--format", "json")
    rows = json.loads(out)
    assert [r["text"] for r in rows] == [
        "Ik laat je binnen twee weken weten hoe het zit.",
        "De gemeente stuurt je een brief.",
    ]
    assert all(r["reply"].startswith("Hoi Sam!") and r["person"] == "Sam" for r in rows)
    # The reply is searchable too: both come from the reply that mentions "bellen".
    code, out, _ = run(capsys, "search", "bellen", "--format", "json")
    assert len(json.loads(out)) == 2


def test_usage_errors_are_one_line_exit_2(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "done", "42")
    assert code == 2 and err == "reactiewijzer: Toezegging 42 bestaat niet.\n"
    code, _, err = run(capsys, "add", "Ik bel je.", "--due", "ooit eens")
    assert code == 2 and "geen datum" in err


def test_forget_asks_for_yes(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "add", "Ik bel je.", "--handle", "@anna")
    code, _, err = run(capsys, "forget", "@anna")
    assert code == 2 and "1 toezeggingen" in err and "--yes" in err
    assert run(capsys, "forget", "@anna", "--yes")[0] == 0
    assert json.loads(run(capsys, "list", "--filter", "all", "--format", "json")[1]) == []


def test_corrupt_log_still_runs_with_one_message(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "add", "Van voor de schade")  # also makes today's backup
    (data_dir / "commitments.db").write_bytes(b"\x00garbage" * 1000)
    code, out, err = run(capsys, "list", "--format", "json")
    assert code == 0 and json.loads(out) == []
    lines = err.splitlines()
    assert len(lines) == 1
    assert "beschadigd" in lines[0] and "Laatste back-up: commitments-" in lines[0]
    assert list(data_dir.glob("commitments.beschadigd-*.db"))
    code, out, err = run(capsys, "restore")  # lists the backups, asks for --yes
    assert code == 2 and "1 toezegging" in out and "--yes" in err
    assert run(capsys, "restore", "--yes")[0] == 0


def test_export_and_import(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "add", "=1+1", "--due", "2025-12-01")
    code, out, _ = run(capsys, "export", str(tmp_path / "a.csv"))
    assert code == 0 and out.startswith("1 toezeggingen")
    assert "'=1+1" in (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert run(capsys, "export", str(tmp_path / "a.ics"))[0] == 0
    assert (tmp_path / "a.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert run(capsys, "import", str(tmp_path / "a.csv"))[1].startswith("0 toezeggingen")
