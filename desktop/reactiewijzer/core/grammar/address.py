"""Which LanguageTool server addresses may receive a draft: https://, or plain http:// only on
this computer (loopback), unless the user explicitly allowed plain http in Settings."""

from __future__ import annotations

import ipaddress
import urllib.parse

from reactiewijzer.core.catalogue import texts
from reactiewijzer.core.errors import GrammarUnavailable


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def needs_permission(url: str) -> bool:
    """Whether sending a draft to `url` crosses the network without encryption."""
    parts = urllib.parse.urlsplit(url.strip())
    return parts.scheme.lower() == "http" and not is_loopback_host(parts.hostname or "")


def plain_http_refused(url: str) -> GrammarUnavailable:
    return GrammarUnavailable(*texts("grammar.plain_http", url=url))
