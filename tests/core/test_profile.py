"""The writer's profile: personal suggestions when it is there, nothing broken when it is not."""

from __future__ import annotations

import json
import subprocess
import sys

from reactiewijzer import check
from reactiewijzer.core.profile import load_profile, profile_path, save_profile

PROFILE = {
    "name": "Pieter",
    "organisation": "Rijkswaterstaat",
    "phone": "0800-8002",
    "office_hours": "elke dag 6.00-22.30 uur",
    "walk_in": "inloopavond dinsdag in het dorpshuis",
    "register": "je",
}


def _suggestions(report, rule):
    return [s for f in report.findings if f.rule == rule for s in f.suggestions]


def test_round_trip_through_the_settings_folder(isolated_config):
    assert load_profile() == {}  # missing: no error, no suggestions
    save_profile({**PROFILE, "unknown": "ignored", "role": "  "})
    assert profile_path().parent == isolated_config
    assert load_profile() == PROFILE


def test_sign_off_and_routes_come_from_the_profile():
    draft = "Hoi Anna, vervelend! Neem contact met ons op, dan zoeken we het uit.\nTeam Webcare"
    report = check(draft, profile=PROFILE)
    assert _suggestions(report, "personal_tone.sign_off") == ["Groet, Pieter (Rijkswaterstaat)"]
    assert _suggestions(report, "broadcast_only.no_route") == [
        "bel ons op 0800-8002 (elke dag 6.00-22.30 uur)"
    ]
    bare = check(draft)
    assert not any("Pieter" in s for f in bare.findings for s in f.suggestions)
    # The profile adds suggestions, never findings: the same words are flagged either way.
    spans = {(f.category, f.start, f.end) for f in report.findings}
    assert spans == {(f.category, f.start, f.end) for f in bare.findings}


def test_broken_profile_file_means_no_profile(isolated_config):
    isolated_config.mkdir(parents=True, exist_ok=True)
    profile_path().write_bytes(b"\xff\xfe: [unclosed")
    assert load_profile() == {}


def test_cli_reads_the_saved_profile_and_profile_file(tmp_path, isolated_config):
    save_profile(PROFILE)
    draft = tmp_path / "reply.txt"
    draft.write_text("Bedankt voor je bericht.\nTeam Webcare", encoding="utf-8")
    env = {"REACTIEWIJZER_CONFIG_DIR": str(isolated_config), "PATH": "/usr/bin:/bin"}
    cmd = [sys.executable, "-m", "reactiewijzer", "check", str(draft), "--no-grammar"]
    out = subprocess.run([*cmd, "--format", "json"], capture_output=True, text=True, env=env)
    data = json.loads(out.stdout)
    sign = [f for f in data["findings"] if f["rule"] == "personal_tone.sign_off"]
    assert sign[0]["suggestions"] == ["Groet, Pieter (Rijkswaterstaat)"]
    other = tmp_path / "other.yml"
    other.write_text("name: Fatima\norganisation: gemeente Utrecht\n", encoding="utf-8")
    out = subprocess.run(
        [*cmd, "--format", "json", "--profile", str(other)], capture_output=True, text=True, env=env
    )
    sign = [f for f in json.loads(out.stdout)["findings"] if f["rule"] == "personal_tone.sign_off"]
    assert sign[0]["suggestions"] == ["Groet, Fatima (gemeente Utrecht)"]
