"""Where the app keeps things on disk, and the one way it writes a small file safely.

Folders follow the platform's conventions (platformdirs), each with an environment variable
that moves it (tests, portable installs, an encrypted drive). Nothing here creates a folder
except `atomic_write`, which needs the target's folder.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

APP_NAME = "Reactiewijzer"
DATA_DIR_ENV = "REACTIEWIJZER_DATA_DIR"
CONFIG_DIR_ENV = "REACTIEWIJZER_CONFIG_DIR"


def default_data_dir() -> Path:
    import platformdirs  # imported late: the CLI's `--help` need not pay for it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The user's data folder (log, drafts, word list): REACTIEWIJZER_DATA_DIR or the platform's."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override).expanduser() if override else default_data_dir()


def config_dir() -> Path:
    """The user's choices (profile, ignored checks): REACTIEWIJZER_CONFIG_DIR or the platform's."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """What can be made again (unpacked dictionaries, logs): the platform's cache folder."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write `data` (a str as UTF-8) so that `path` is always whole.

    The new content goes to a temporary file beside it, is flushed to disk, then renamed over
    the old one; the folder is synced too, so the rename survives a power cut. A crash at any
    point leaves the old file or the new one, never half of either.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:  # some platforms cannot open a folder; the rename is done all the same
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
