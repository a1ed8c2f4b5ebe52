"""The personal word list: names and terms the spelling check must accept.

A plain UTF-8 text file, one word per line, in the user's data folder (REACTIEWIJZER_DATA_DIR
overrides it), so the user can also edit it by hand. Lines starting with '#' are comments.
Every write goes to a temporary file first and then replaces the list in one step, so a crash
never leaves half a list. Words are compared case-insensitively ("ienw" matches "IenW").
"""

from __future__ import annotations

from pathlib import Path

from reactiewijzer.core.catalogue import text, texts
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.paths import atomic_write, data_dir
from reactiewijzer.core.resources import resource_path

FILE_NAME = "woordenlijst.txt"
MAX_WORD_LENGTH = 100


def default_path() -> Path:
    return data_dir() / FILE_NAME


def known_terms_path() -> Path:
    return resource_path("wordlists", "known_terms.txt")


def read_words(path: Path) -> list[str]:
    """Words of a word-list file; a missing file is an empty list."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError:  # missing or unreadable: no words, and the file is left as it is
        return []
    except UnicodeDecodeError:
        # Someone saved it in another encoding: read what we can rather than lose the list.
        text = path.read_bytes().decode("utf-8", "replace")
    return [w for w in (line.strip() for line in text.splitlines()) if w and not w.startswith("#")]


def _clean(word: str) -> str:
    word = word.strip()
    if not word or any(ch in word for ch in "\r\n\t") or word.startswith("#"):
        raise InputError(*texts("words.not_a_word", word=repr(word)))
    if len(word) > MAX_WORD_LENGTH:
        raise InputError(*texts("words.too_long", limit=MAX_WORD_LENGTH))
    return word


class PersonalWordList:
    """The user's own accepted words; re-read when another process changed the file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._words: list[str] = []
        self._stamp: tuple[int, int] | None = None
        self._refresh()

    def _refresh(self) -> None:
        try:
            st = self.path.stat()
            stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        if stamp != self._stamp or stamp is None:
            self._words = read_words(self.path)
            self._stamp = stamp

    def words(self) -> list[str]:
        self._refresh()
        return list(self._words)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = word.strip().casefold()
        return any(w.casefold() == key for w in self.words())

    def __len__(self) -> int:
        return len(self.words())

    def add(self, word: str) -> bool:
        """Add a word; False when it was already there."""
        word = _clean(word)
        if word in self:
            return False
        self._write([*self._words, word])
        return True

    def remove(self, word: str) -> bool:
        """Remove a word (any capitalisation); False when it was not there."""
        key = word.strip().casefold()
        kept = [w for w in self.words() if w.casefold() != key]
        if len(kept) == len(self._words):
            return False
        self._write(kept)
        return True

    def _write(self, words: list[str]) -> None:
        header = text("words.file_header") + "\n"  # the file is Dutch, as the app is
        atomic_write(self.path, header + "".join(f"{w}\n" for w in words))
        self._stamp = None
        self._refresh()


class AcceptedWords:
    """The words spelling findings must not flag: the shipped known terms plus the personal list."""

    def __init__(self, personal: PersonalWordList | None = None, known: Path | None = None) -> None:
        self.personal = personal if personal is not None else PersonalWordList()
        self._known = {w.casefold() for w in read_words(known or known_terms_path())}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        return word.strip().casefold() in self._known or word in self.personal
