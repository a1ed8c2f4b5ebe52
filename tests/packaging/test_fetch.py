"""packaging/languagetool/fetch.py against a Maven repository served on loopback.

The repository holds small jars made here (a server jar whose manifest names its libs, and two
libs); the real fetch of the 127 LanguageTool jars is what `make setup` runs, and the
LanguageTool tests use its result.
"""

from __future__ import annotations

import hashlib
import http.server
import io
import os
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FETCH = REPO / "packaging" / "languagetool" / "fetch.py"
LOCK = REPO / "packaging" / "languagetool" / "jars.lock"
POM = REPO / "packaging" / "languagetool" / "pom.xml"

LIBS = ("languagetool-core", "language-nl", "language-en")


def jar_bytes(files: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return buf.getvalue()


def make_repo() -> dict[str, bytes]:
    """Maven repository paths -> bytes: a server jar and its three libs, version 9.9."""
    class_path = " ".join(f"libs/{a}.jar" for a in LIBS)
    manifest = f"Manifest-Version: 1.0\r\nClass-Path: {class_path}\r\n\r\n"
    files = {
        "org/languagetool/languagetool-server/9.9/languagetool-server-9.9.jar": jar_bytes(
            {"META-INF/MANIFEST.MF": manifest}
        )
    }
    for artifact in LIBS:
        # Large enough that an interrupted transfer leaves a real partial file.
        payload = {"data.bin": artifact * 20_000}
        files[f"org/languagetool/{artifact}/9.9/{artifact}-9.9.jar"] = jar_bytes(payload)
    return files


def write_lock(path: Path, files: dict[str, bytes], *, tamper: str = "") -> Path:
    lines = ["# languagetool 9.9"]
    for repo_path, data in files.items():
        artifact, version = repo_path.split("/")[-3:-1]
        digest = hashlib.sha256(data).hexdigest()
        if artifact == tamper:
            digest = hashlib.sha256(data + b"x").hexdigest()
        lines.append(f"{digest}  org.languagetool:{artifact}:{version}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class Repo(http.server.ThreadingHTTPServer):
    """Serves `files`, answers Range requests, and can cut one transfer short."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files
        self.cut_after: dict[str, int] = {}  # path -> bytes sent before the connection drops
        self.requests: list[tuple[str, str | None]] = []  # (path, Range header)
        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/maven2"


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep pytest's output clean
        pass

    def do_GET(self) -> None:
        server: Repo = self.server  # type: ignore[assignment]
        # A proxy is asked for the absolute URL; a repository for the path alone.
        path = self.path.split("/maven2/", 1)[-1]
        server.requests.append((path, self.headers.get("Range")))
        data = server.files.get(path)
        if data is None:
            self.send_error(404)
            return
        start = 0
        if rng := self.headers.get("Range"):
            start = int(rng.removeprefix("bytes=").split("-")[0])
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            self.send_response(200)
        body = data[start:]
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        cut = server.cut_after.pop(path, None)
        if cut is not None:
            self.wfile.write(body[:cut])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(2)
            return
        self.wfile.write(body)


@pytest.fixture
def repo():
    server = Repo(make_repo())
    yield server
    server.shutdown()
    server.server_close()


def run_fetch(dest: Path, lock: Path, env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, str(FETCH), str(dest), "--lock", str(lock)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_fetch_lays_out_the_server_and_its_libs_and_checks_every_hash(repo, tmp_path):
    lock = write_lock(tmp_path / "jars.lock", repo.files)
    dest = tmp_path / "languagetool"
    out = run_fetch(dest, lock, {"REACTIEWIJZER_MAVEN_REPOSITORY": repo.url})
    assert out.returncode == 0, out.stderr
    assert "every sha256 checked" in out.stdout
    assert (dest / "VERSION").read_text().strip() == "9.9"
    assert sorted(p.name for p in (dest / "libs").iterdir()) == sorted(f"{a}.jar" for a in LIBS)
    for artifact in LIBS:
        src = repo.files[f"org/languagetool/{artifact}/9.9/{artifact}-9.9.jar"]
        assert (dest / "libs" / f"{artifact}.jar").read_bytes() == src
    assert (dest / "languagetool-server.jar").is_file()

    # A second run finds the folder complete and asks the repository nothing.
    asked = len(repo.requests)
    again = run_fetch(dest, lock, {"REACTIEWIJZER_MAVEN_REPOSITORY": repo.url})
    assert again.returncode == 0 and "already in" in again.stdout
    assert len(repo.requests) == asked


def test_a_jar_whose_hash_differs_is_refused_and_named(repo, tmp_path):
    lock = write_lock(tmp_path / "jars.lock", repo.files, tamper="language-nl")
    dest = tmp_path / "languagetool"
    out = run_fetch(dest, lock, {"REACTIEWIJZER_MAVEN_REPOSITORY": repo.url})
    assert out.returncode == 1
    assert "refused org.languagetool:language-nl:9.9: its sha256 is" in out.stderr
    assert "Traceback" not in out.stderr
    assert not dest.exists(), "no folder that looks installed"
    downloads = tmp_path / "languagetool.downloads"
    assert not list(downloads.rglob("language-nl-9.9.jar*")), "the refused bytes are not kept"


def test_an_interrupted_download_resumes_where_it_stopped(repo, tmp_path):
    lock = write_lock(tmp_path / "jars.lock", repo.files)
    dest = tmp_path / "languagetool"
    path = "org/languagetool/language-en/9.9/language-en-9.9.jar"
    size = len(repo.files[path])
    repo.cut_after[path] = size // 3  # the connection drops after a third of the jar
    out = run_fetch(dest, lock, {"REACTIEWIJZER_MAVEN_REPOSITORY": repo.url})
    assert out.returncode == 0, out.stderr
    assert "1 resumed" in out.stdout
    ranges = [rng for p, rng in repo.requests if p == path]
    assert ranges == [None, f"bytes={size // 3}-"]
    assert (dest / "libs" / "language-en.jar").read_bytes() == repo.files[path]


def test_a_partial_file_from_an_earlier_run_is_continued_not_restarted(repo, tmp_path):
    lock = write_lock(tmp_path / "jars.lock", repo.files)
    dest = tmp_path / "languagetool"
    path = "org/languagetool/language-nl/9.9/language-nl-9.9.jar"
    part = tmp_path / "languagetool.downloads" / (path + ".part")
    part.parent.mkdir(parents=True)
    part.write_bytes(repo.files[path][:1000])  # what a Ctrl-C left behind
    out = run_fetch(dest, lock, {"REACTIEWIJZER_MAVEN_REPOSITORY": repo.url})
    assert out.returncode == 0, out.stderr
    assert [rng for p, rng in repo.requests if p == path] == ["bytes=1000-"]
    assert (dest / "libs" / "language-nl.jar").read_bytes() == repo.files[path]


def test_the_proxy_variables_are_honoured(repo, tmp_path):
    # The "repository" host does not exist; only the proxy (our loopback server) can answer.
    lock = write_lock(tmp_path / "jars.lock", repo.files)
    proxy = f"http://127.0.0.1:{repo.server_address[1]}"
    env = {"REACTIEWIJZER_MAVEN_REPOSITORY": "http://repository.invalid/maven2"}
    env.update(http_proxy=proxy, HTTP_PROXY=proxy)
    out = run_fetch(tmp_path / "languagetool", lock, env)
    assert out.returncode == 0, out.stderr
    assert len(repo.requests) == 4


def test_the_committed_lock_matches_the_pom():
    """A changed pom needs `make lock`: the lock records the pom it was made from."""
    text = LOCK.read_text(encoding="utf-8")
    recorded = next(line.split()[-1] for line in text.splitlines() if "pom-sha256" in line)
    assert recorded == hashlib.sha256(POM.read_bytes()).hexdigest(), "run `make lock`"
    entries = [line for line in text.splitlines() if line and not line.startswith("#")]
    artifacts = [line.split()[1].split(":")[1] for line in entries]
    assert len(artifacts) == len(set(artifacts)), "two jars would share libs/<artifact>.jar"
    assert {"languagetool-server", *LIBS} <= set(artifacts)
