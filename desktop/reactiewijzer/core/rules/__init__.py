"""Rule packs as data: a strict loader and a small set of rule types (Vale-shaped)."""

from reactiewijzer.core.rules.loader import load_rules
from reactiewijzer.core.rules.types import Rule

__all__ = ["Rule", "load_rules"]
