"""Talking to a LanguageTool server over HTTP: the local one on loopback (never through a
proxy, on a port the OS hands out) and an organisation's own."""

from __future__ import annotations

import functools
import json
import os
import socket
import urllib.error
import urllib.parse
import urllib.request

_LOOPBACK = ("127.0.0.1", "localhost")
REMOTE_CHECK_TIMEOUT_S = 15.0  # an organisation's server: no health check to lean on


def allow_loopback_without_proxy() -> None:
    """Make sure an HTTP(S)_PROXY setting can never intercept traffic to the local server."""
    for name in ("NO_PROXY", "no_proxy"):
        present = [p.strip() for p in os.environ.get(name, "").split(",") if p.strip()]
        missing = [h for h in _LOOPBACK if h not in present]
        if missing:
            os.environ[name] = ",".join(present + missing)


def free_loopback_port() -> int:
    """A port nobody listens on right now: ask the OS by binding 127.0.0.1:0."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(url: str, timeout: float) -> tuple[int, bytes]:
    """GET without any proxy (loopback only)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=timeout) as response:
        return response.status, response.read()


def server_answers(base_url: str, timeout: float = 10.0) -> bool:
    """Whether a LanguageTool server answers at all (its list of languages is cheap to get)."""
    # A new opener each time: urlopen's shared one keeps the proxy settings of its first use.
    opener = urllib.request.build_opener()
    try:
        with opener.open(f"{base_url.rstrip('/')}/v2/languages", timeout=timeout) as r:
            return r.status == 200 and isinstance(json.load(r), list)
    except (OSError, ValueError, urllib.error.URLError):
        return False


def server_version(
    base_url: str,
    timeout: float = 10.0,
    *,
    use_proxy: bool = True,
    lang: str = "en-GB",
    text: str = "Test.",
) -> str | None:
    """LanguageTool's version from a tiny check (the v2 API reports it with every answer)."""
    data = urllib.parse.urlencode({"text": text, "language": lang}).encode()
    handlers = [] if use_proxy else [urllib.request.ProxyHandler({})]
    opener = urllib.request.build_opener(*handlers)
    try:
        with opener.open(f"{base_url.rstrip('/')}/v2/check", data=data, timeout=timeout) as r:
            return json.load(r).get("software", {}).get("version")
    except (OSError, ValueError, urllib.error.URLError):
        return None


@functools.cache
def client_class():
    """language_tool_python's client, made to ask only the server it is given."""
    import language_tool_python

    class Client(language_tool_python.LanguageTool):
        """Only ever a client of a server we name (remote_server=...): it never downloads or
        starts LanguageTool itself. Its default 300 s timeout would freeze a check; each check
        sets its own (`_TIMEOUT` on the instance)."""

        _TIMEOUT = REMOTE_CHECK_TIMEOUT_S  # creating one asks the server for its languages

        def _query_server(self, url, params=None, num_tries=1, method="get"):
            # The library tries twice by default: a hung server then blocked twice as long.
            return super()._query_server(url, params, num_tries=1, method=method)

        def raw_matches(self, text: str) -> list[dict]:
            """The server's matches as it sent them (JSON objects); see `_findings`."""
            url = urllib.parse.urljoin(self._url, "check")
            return self._query_server(url, self._create_params(text), method="post")["matches"]

    return Client
