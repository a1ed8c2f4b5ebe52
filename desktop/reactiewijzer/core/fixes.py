"""Applying a fix to a draft: the one place that turns a Fix into an edit.

The promise to the writer: a fix never destroys their words. A "replace" fix changes only the
finding's own span; an insert adds text before or after the span and removes nothing; a
"none" fix is information and changes nothing. The app, the CLI's users and tests all go
through `fix_edit`, so the promise is kept in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from reactiewijzer.core.catalogue import texts
from reactiewijzer.core.errors import InputError
from reactiewijzer.core.model import Finding, Fix


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace draft[start:end] by `text` (start == end: a pure insert)."""

    start: int
    end: int
    text: str

    def apply(self, draft: str) -> str:
        return draft[: self.start] + self.text + draft[self.end :]


def fix_edit(draft: str, finding: Finding, fix: Fix) -> Edit:
    """The edit `fix` makes to `draft` (Python string indices)."""
    if not fix.applicable:
        raise InputError(*texts("fix.nothing_to_apply"))
    if draft[finding.start : finding.end] != finding.match:
        raise InputError(*texts("fix.text_changed"))
    start, end = finding.start, finding.end
    if fix.kind == "replace":
        return Edit(start, end, fix.text)
    if fix.kind == "insert_before":
        return Edit(start, start, _before(fix.text, draft, start))
    return Edit(end, end, _after(fix.text, draft, end))


def apply_fix(draft: str, finding: Finding, fix: Fix) -> str:
    """The draft with `fix` applied (see the module docstring for what each kind may change)."""
    return fix_edit(draft, finding, fix).apply(draft)


def _before(text: str, draft: str, at: int) -> str:
    """'Hoi Anna,' before 'Bedankt ...' needs a space between; '@anna ' has one already."""
    if text and not text[-1].isspace() and at < len(draft) and not draft[at].isspace():
        return text + " "
    return text


def _after(text: str, draft: str, at: int) -> str:
    """After 'Dat is het' comes '. Helpt dit je verder?'; after 'het.' just a space."""
    if not text or at == 0 or draft[at - 1].isspace() or text[0].isspace():
        return text
    if draft[at - 1].isalnum() and text[0].isupper():
        return ". " + text
    return " " + text
