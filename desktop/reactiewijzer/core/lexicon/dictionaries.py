"""Finds and opens LanguageTool's part-of-speech dictionaries, without Java.

The dictionaries ship inside the LanguageTool jars the project already fetches
(`dutch-pos-dict.jar`, `english-pos-dict.jar`; corrections in `language-nl.jar` /
`language-en.jar`: `added.txt` adds readings, `removed.txt` withdraws readings the automaton
has, as LanguageTool's own tagger does). Unpacking a 13 MB automaton from its jar takes
~200 ms, so the first run keeps an unpacked copy in the cache folder and later runs map that
file; the 106,000 Dutch removals are sorted into the cache once and searched in place.
"""

from __future__ import annotations

import mmap
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from reactiewijzer.core.lexicon.morfologik import MorfologikDictionary, Reading


@dataclass(frozen=True)
class DictionarySource:
    jar: str  # in <languagetool>/libs/
    entry: str  # the .dict inside the jar
    info: str  # its .info (separator, encoding)
    corrections_jar: str  # the language module with added.txt and removed.txt
    additions: str
    removals: str


SOURCES = {
    "nl": DictionarySource(
        "dutch-pos-dict.jar",
        "org/languagetool/resource/nl/dutch.dict",
        "org/languagetool/resource/nl/dutch.info",
        "language-nl.jar",
        "org/languagetool/resource/nl/added.txt",
        "org/languagetool/resource/nl/removed.txt",
    ),
    "en": DictionarySource(
        "english-pos-dict.jar",
        "org/languagetool/resource/en/english.dict",
        "org/languagetool/resource/en/english.info",
        "language-en.jar",
        "org/languagetool/resource/en/added.txt",
        "org/languagetool/resource/en/removed.txt",
    ),
}


def _cache_dir() -> Path:
    override = os.environ.get("REACTIEWIJZER_CACHE_DIR")
    if override:
        return Path(override) / "lexicon"
    import platformdirs

    return Path(platformdirs.user_cache_dir("Reactiewijzer", appauthor=False)) / "lexicon"


def _info(z: zipfile.ZipFile, name: str) -> dict[str, str]:
    out = {}
    for line in z.read(name).decode("utf-8").splitlines():
        key, sep, value = line.partition("=")
        if sep and not key.lstrip().startswith("#"):
            out[key.strip()] = value.strip()
    return out


def open_dictionary(
    lang: str, lt_dir: Path
) -> tuple[MorfologikDictionary, dict[str, tuple[Reading, ...]], Removals]:
    """The automaton for `lang`, LanguageTool's added readings (form -> readings) and the
    readings it removed.

    Raises OSError (missing or unreadable jars) or ValueError (a format this reader does not
    know); the caller then works without the language layer.
    """
    source = SOURCES[lang]
    libs = lt_dir / "libs"
    jar = libs / source.jar
    with zipfile.ZipFile(jar) as z:
        info = _info(z, source.info)
        separator = info.get("fsa.dict.separator", "+")
        encoding = info.get("fsa.dict.encoding", "utf-8")
        if info.get("fsa.dict.encoder", "SUFFIX").upper() != "SUFFIX":
            raise ValueError(f"{source.entry}: only the SUFFIX encoder is supported")
        size = z.getinfo(source.entry).file_size
        data = _unpacked(z, source.entry, f"{lang}-{jar.stat().st_size}-{size}.dict", size)
    automaton = MorfologikDictionary(data, separator=separator, encoding=encoding)
    corrections = libs / source.corrections_jar
    removals = _removals(corrections, source.removals, f"{lang}-{corrections.stat().st_size}")
    return automaton, _additions(corrections, source.additions), removals


def _unpacked(z: zipfile.ZipFile, entry: str, name: str, size: int) -> bytes | mmap.mmap:
    """The dictionary's bytes: a mapped cached copy when there is one, else from the jar."""
    path = _cache_dir() / name
    cached = _mapped(path)
    if cached is not None and len(cached) == size:
        return cached
    data = z.read(entry)
    _keep(path, data)  # best effort: a read-only cache folder only costs the next start 200 ms
    return data


def _mapped(path: Path) -> mmap.mmap | None:
    try:
        with path.open("rb") as f:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, unreadable or empty
        return None


def _keep(path: Path, data: bytes) -> None:
    """Write `data` to the cache folder at once (a half-written file is never seen)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass


def _additions(jar: Path, entry: str) -> dict[str, tuple[Reading, ...]]:
    """LanguageTool's `added.txt`: form<TAB>lemma<TAB>tag lines that extend the automaton."""
    out: dict[str, list[Reading]] = {}
    try:
        with zipfile.ZipFile(jar) as z:
            text = z.read(entry).decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile):
        return {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) == 3:
            out.setdefault(parts[0], []).append(Reading(parts[1], parts[2]))
    return {form: tuple(readings) for form, readings in out.items()}


class Removals:
    """The readings LanguageTool's `removed.txt` withdraws: sorted `form<TAB>lemma<TAB>tag`
    lines, searched in place (bisection over the bytes), so 106,000 entries cost neither
    start-up time nor much memory."""

    __slots__ = ("_data",)

    def __init__(self, data: bytes | mmap.mmap) -> None:
        self._data = data

    def of(self, form: str) -> frozenset[tuple[str, str]]:
        """(lemma, tag) of each removed reading of `form`."""
        data = self._data
        key = form.encode("utf-8", "surrogatepass") + b"\t"
        lo, hi = 0, len(data)  # both at a line start; lines before lo sort before key
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", lo, mid) + 1 or lo
            end = data.find(b"\n", start) + 1
            if data[start:end] < key:
                lo = end
            else:
                hi = start
        out = set()
        while data[lo : lo + len(key)] == key:
            end = data.find(b"\n", lo)
            lemma, _, tag = data[lo + len(key) : end].decode("utf-8").partition("\t")
            out.add((lemma, tag))
            lo = end + 1
        return frozenset(out)


def _removals(jar: Path, entry: str, name: str) -> Removals:
    """`removed.txt` from the cache folder, sorted there on the first run."""
    path = _cache_dir() / f"{name}-removed.txt"
    cached = _mapped(path)
    if cached is not None and cached[-1:] == b"\n":
        return Removals(cached)
    try:
        with zipfile.ZipFile(jar) as z:
            raw = z.read(entry)
    except (OSError, KeyError, zipfile.BadZipFile):
        return Removals(b"")
    # Bytes throughout: UTF-8 sorts as its characters do, and nothing is decoded twice.
    rows = [
        line.rstrip(b"\r")
        for line in raw.split(b"\n")
        if line and not line.startswith(b"#") and line.count(b"\t") == 2
    ]
    rows.sort()
    data = b"\n".join(rows) + b"\n" if rows else b""
    if data:
        _keep(path, data)
    return Removals(data)
