"""LanguageTool's answer (the matches of /v2/check, as JSON) as Findings."""

from __future__ import annotations

import unicodedata

from reactiewijzer.core.grammar.words import AcceptedWords
from reactiewijzer.core.model import Finding
from reactiewijzer.core.text import Utf16Map

GUIDELINE = "Ken je publiek"
MAX_SUGGESTIONS = 5


def severity_for(issue_type: str) -> str:
    if issue_type == "misspelling":
        return "error"
    if issue_type in ("style", "locale-violation", "register", "typographical", "whitespace"):
        return "info"
    return "warning"


def findings_from(text: str, matches: list[dict], words: AcceptedWords) -> list[Finding]:
    """The server's matches as Findings, straight from its JSON: in the window's process this
    runs beside the typing, holding the interpreter lock the window needs, so it stays lean
    (no Match objects; one offset map per text, not two per match). Misspellings of words the
    user accepted are left out."""
    out: list[Finding] = []
    umap = Utf16Map(text)  # LanguageTool counts UTF-16 units, as Java does
    for m in matches:
        offset, rule = m["offset"], m["rule"]
        start, end = umap.from_utf16(offset), umap.from_utf16(offset + m["length"])
        matched = text[start:end]
        issue = rule.get("issueType", "")
        if issue == "misspelling" and matched in words:
            continue
        out.append(
            Finding(
                rule=f"LT:{rule['id']}",
                category="grammar",
                severity=severity_for(issue),
                start=start,
                end=end,
                match=matched,
                message=unicodedata.normalize("NFKC", m["message"]),
                suggestions=tuple(r["value"] for r in m["replacements"][:MAX_SUGGESTIONS]),
                guideline=GUIDELINE,
                source="languagetool",
            )
        )
    return out
