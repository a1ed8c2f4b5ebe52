"""Every test gets its own empty config folder: the writer's real profile never leaks in."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    monkeypatch.setenv("REACTIEWIJZER_CONFIG_DIR", str(folder))
    return folder
