"""Fetch the local LanguageTool server (Dutch + English) from jars.lock into one folder:

    <dir>/languagetool-server.jar    the server; its manifest Class-Path names libs/<artifact>.jar
    <dir>/libs/<artifact>.jar        every runtime dependency, version stripped
    <dir>/VERSION                    the LanguageTool version (read by the app's About dialog)

so that `java -cp <dir>/languagetool-server.jar org.languagetool.server.HTTPServer` starts.

Python's standard library only (no Maven, no Java): each jar of the lock is downloaded from the
Maven repository over https with the system's CA store (a TLS-inspecting proxy's CA, installed
on the system, is trusted) and the proxy variables (https_proxy, no_proxy ...), and its sha256
is checked against the lock; a jar that differs is refused and named. Downloads go to
<dir>.downloads/ and resume where an interrupted run stopped. The folder is assembled beside the
destination and swapped in whole, so a half-done fetch never looks complete.

Usage: python packaging/languagetool/fetch.py [dir]   (default: .cache/languagetool)
The repository is REACTIEWIJZER_MAVEN_REPOSITORY (an organisation's mirror) or else Maven
Central as the jgo package (a Maven client for Python, a dev dependency) names it, so this
repository holds no host name of its own.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import os
import shutil
import ssl
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOCK = HERE / "jars.lock"
SERVER = "languagetool-server"
NEEDED = ("languagetool-core", "language-nl", "language-en")
PARALLEL = 6  # measured: 6 connections fetch the 127 jars in 5-13 s; more gave nothing
ATTEMPTS = 4  # per jar; each later attempt resumes from the bytes already on disk
TIMEOUT_S = 60
BLOCK = 1 << 16


class FetchError(Exception):
    pass


@dataclass(frozen=True)
class Jar:
    sha256: str
    group: str
    artifact: str
    version: str
    classifier: str = ""

    @property
    def coords(self) -> str:
        tail = f":{self.classifier}" if self.classifier else ""
        return f"{self.group}:{self.artifact}:{self.version}{tail}"

    @property
    def file_name(self) -> str:
        tail = f"-{self.classifier}" if self.classifier else ""
        return f"{self.artifact}-{self.version}{tail}.jar"

    @property
    def repo_path(self) -> str:
        return f"{self.group.replace('.', '/')}/{self.artifact}/{self.version}/{self.file_name}"

    @property
    def layout_path(self) -> str:
        """Where set-up puts it: the server at the top, every other jar in libs/."""
        return f"{SERVER}.jar" if self.artifact == SERVER else f"libs/{self.artifact}.jar"


@dataclass(frozen=True)
class Lock:
    version: str
    jars: tuple[Jar, ...]
    sha256: str  # of the lock file itself: a changed lock means a new fetch


def read_lock(path: Path = LOCK) -> Lock:
    data = path.read_bytes()
    version = ""
    jars = []
    for number, raw in enumerate(data.decode("utf-8").splitlines(), 1):
        line = raw.strip()
        if line.startswith("# languagetool "):
            version = line.split()[-1]
        if not line or line.startswith("#"):
            continue
        try:
            digest, coords = line.split()
            parts = coords.split(":")
            if len(digest) != 64 or len(parts) not in (3, 4):
                raise ValueError
            int(digest, 16)
        except ValueError:
            raise FetchError(f"{path}:{number}: not '<sha256>  group:artifact:version'") from None
        jars.append(Jar(digest.lower(), *parts))
    if not version:
        raise FetchError(f"{path}: no '# languagetool <version>' line")
    if not any(j.artifact == SERVER for j in jars):
        raise FetchError(f"{path}: no {SERVER} jar")
    return Lock(version, tuple(jars), hashlib.sha256(data).hexdigest())


def repository_url(env=os.environ) -> str:
    url = env.get("REACTIEWIJZER_MAVEN_REPOSITORY", "").strip()
    if not url:
        try:
            from jgo.constants import MAVEN_CENTRAL_URL as url
        except ImportError:
            raise FetchError(
                "no Maven repository known: set REACTIEWIJZER_MAVEN_REPOSITORY, or run this "
                "with the project's Python (.venv/bin/python), which has jgo installed"
            ) from None
    return url.rstrip("/")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# ---- downloading -------------------------------------------------------------------------------


def opener() -> urllib.request.OpenerDirector:
    # The default handlers honour http(s)_proxy / no_proxy; the default SSL context loads the
    # system's CA store (and SSL_CERT_FILE / SSL_CERT_DIR), not a list of its own.
    context = ssl.create_default_context()
    return urllib.request.build_opener(urllib.request.HTTPSHandler(context=context))


class Downloader:
    def __init__(self, repo: str, cache: Path, stop: threading.Event) -> None:
        self.repo = repo
        self.cache = cache
        self.stop = stop
        self.opener = opener()
        self.resumed: list[str] = []

    def fetch(self, jar: Jar) -> Path:
        """The verified jar in the download cache; raises FetchError naming the jar."""
        final = self.cache / jar.repo_path
        if final.is_file() and sha256_of(final) == jar.sha256:
            return final
        final.parent.mkdir(parents=True, exist_ok=True)
        part = final.with_name(final.name + ".part")
        url = f"{self.repo}/{jar.repo_path}"
        last: Exception | None = None
        for attempt in range(ATTEMPTS):
            if self.stop.is_set():
                raise KeyboardInterrupt
            try:
                self._download(url, part)
                break
            except (OSError, urllib.error.URLError) as exc:
                if isinstance(exc, urllib.error.HTTPError) and exc.code == 404:
                    raise FetchError(f"{jar.coords} is not in the repository ({url})") from None
                last = exc
                time.sleep(min(2**attempt, 5))
        else:
            raise FetchError(f"{jar.coords} could not be downloaded from {url}: {last}")
        got = sha256_of(part)
        if got != jar.sha256:
            part.unlink()
            raise FetchError(
                f"refused {jar.coords}: its sha256 is {got}, the lock says {jar.sha256} "
                f"(downloaded from {url})"
            )
        os.replace(part, final)
        return final

    def _download(self, url: str, part: Path) -> None:
        have = part.stat().st_size if part.exists() else 0
        request = urllib.request.Request(url)
        if have:
            request.add_header("Range", f"bytes={have}-")
        try:
            response = self.opener.open(request, timeout=TIMEOUT_S)
        except urllib.error.HTTPError as exc:
            if exc.code == 416 and have:  # asked past the end: the part is whole already
                return
            raise
        with response:
            if have and response.status == 206:
                self.resumed.append(url)
                mode = "ab"
            else:  # the server ignored the range: start again
                mode = "wb"
            with part.open(mode) as out:
                while block := response.read(BLOCK):
                    if self.stop.is_set():
                        raise KeyboardInterrupt
                    out.write(block)
            length = response.headers.get("Content-Length")
            if length is not None and part.stat().st_size < int(length) + (
                have if mode == "ab" else 0
            ):
                raise ConnectionError(f"connection closed early: {part.stat().st_size} bytes")


# ---- the folder ----------------------------------------------------------------------------------


def layout_problems(lt_dir: Path) -> list[str]:
    """What is wrong with a LanguageTool folder: every jar in libs/ must be named in the server's
    manifest Class-Path (otherwise it is never loaded), and core, Dutch and English present."""
    jar = lt_dir / f"{SERVER}.jar"
    try:
        with zipfile.ZipFile(jar) as z:
            text = z.read("META-INF/MANIFEST.MF").decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        return [f"{jar} is not a usable jar ({exc})"]
    # Manifest lines are wrapped at 72 bytes; a continuation line starts with one space.
    text = text.replace("\r\n", "\n").replace("\n ", "")
    named: set[str] = set()
    for line in text.splitlines():
        if line.startswith("Class-Path:"):
            named = set(line.split(":", 1)[1].split())
    libs = lt_dir / "libs"
    delivered = {f"libs/{p.name}" for p in libs.glob("*.jar")} if libs.is_dir() else set()
    problems = [f"missing libs/{n}.jar" for n in NEEDED if f"libs/{n}.jar" not in delivered]
    problems += [f"{e} is not in the server's Class-Path" for e in sorted(delivered - named)]
    return problems


def complete(dest: Path, lock: Lock) -> bool:
    try:
        stamp = (dest / ".lock-sha256").read_text(encoding="utf-8").strip()
        version = (dest / "VERSION").read_text(encoding="utf-8").strip()
    except OSError:
        return False
    return (
        stamp == lock.sha256
        and version == lock.version
        and all((dest / j.layout_path).is_file() for j in lock.jars)
    )


def place(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst)  # the download cache and the folder share the bytes
    except OSError:
        shutil.copyfile(src, dst)


def fetch(dest: Path, lock: Lock, repo: str, *, parallel: int = PARALLEL) -> Downloader:
    dest = dest.absolute()
    cache = dest.with_name(dest.name + ".downloads")
    stop = threading.Event()
    downloader = Downloader(repo, cache, stop)
    pool = concurrent.futures.ThreadPoolExecutor(parallel)
    try:
        futures = {pool.submit(downloader.fetch, jar): jar for jar in lock.jars}
        errors = []
        files: dict[Jar, Path] = {}
        for future in concurrent.futures.as_completed(futures):
            try:
                files[futures[future]] = future.result()
            except FetchError as exc:
                errors.append(str(exc))
    except BaseException:
        stop.set()  # Ctrl-C: the workers end after their current block; parts stay for resume
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown()
    if errors:
        raise FetchError("\n".join(sorted(errors)))

    dest.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=dest.name + ".partial.", dir=dest.parent))
    try:
        for jar, path in files.items():
            place(path, work / jar.layout_path)
        (work / "VERSION").write_text(lock.version + "\n", encoding="utf-8")
        (work / ".lock-sha256").write_text(lock.sha256 + "\n", encoding="utf-8")
        problems = layout_problems(work)
        if problems:
            raise FetchError("the jars do not match the server's manifest: " + "; ".join(problems))
        old = dest.with_name(dest.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if dest.exists():
            os.replace(dest, old)
        os.replace(work, dest)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return downloader


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fetch LanguageTool's jars from jars.lock.")
    parser.add_argument("dest", nargs="?", default=".cache/languagetool", type=Path)
    parser.add_argument("--lock", default=LOCK, type=Path)
    args = parser.parse_args(argv)
    try:
        lock = read_lock(args.lock)
        if complete(args.dest, lock):
            print(f"LanguageTool {lock.version} is already in {args.dest}")
            return 0
        repo = repository_url()
        print(f"Fetching LanguageTool {lock.version} ({len(lock.jars)} jars) into {args.dest} ...")
        t0 = time.monotonic()
        downloader = fetch(args.dest, lock, repo)
    except FetchError as exc:
        print(f"fetch.py: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nfetch.py: interrupted; run it again to resume the downloads.", file=sys.stderr)
        return 130
    resumed = f", {len(downloader.resumed)} resumed" if downloader.resumed else ""
    print(
        f"LanguageTool {lock.version} is ready in {args.dest} "
        f"({len(lock.jars)} jars, every sha256 checked{resumed}; {time.monotonic() - t0:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
