"""Finds and opens LanguageTool's part-of-speech dictionaries, without Java.

The dictionaries ship inside the LanguageTool jars the project already fetches
(`dutch-pos-dict.jar`, `english-pos-dict.jar`; corrections in `language-nl.jar` /
`language-en.jar` as `added.txt`). Unpacking a 13 MB automaton from its jar takes ~200 ms, so
the first run keeps an unpacked copy in the cache folder and later runs map that file.
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
    additions_jar: str  # the language module with added.txt
    additions: str


SOURCES = {
    "nl": DictionarySource(
        "dutch-pos-dict.jar",
        "org/languagetool/resource/nl/dutch.dict",
        "org/languagetool/resource/nl/dutch.info",
        "language-nl.jar",
        "org/languagetool/resource/nl/added.txt",
    ),
    "en": DictionarySource(
        "english-pos-dict.jar",
        "org/languagetool/resource/en/english.dict",
        "org/languagetool/resource/en/english.info",
        "language-en.jar",
        "org/languagetool/resource/en/added.txt",
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
) -> tuple[MorfologikDictionary, dict[str, tuple[Reading, ...]]]:
    """The automaton for `lang` and LanguageTool's added readings (form -> readings).

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
    return automaton, _additions(libs / source.additions_jar, source.additions)


def _unpacked(z: zipfile.ZipFile, entry: str, name: str, size: int) -> bytes | mmap.mmap:
    """The dictionary's bytes: a mapped cached copy when there is one, else from the jar."""
    path = _cache_dir() / name
    try:
        if path.stat().st_size == size:
            with path.open("rb") as f:
                return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        pass
    data = z.read(entry)
    try:  # best effort: a read-only cache folder only costs the next start 200 ms
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass
    return data


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
