"""The writer's profile: who signs the reply and how people can reach the organisation.

Kept as YAML beside the app's settings (platformdirs' config folder, or REACTIEWIJZER_CONFIG_DIR),
so the app and the CLI read the same file. A missing or broken profile means no personal
suggestions, never an error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from reactiewijzer.core.catalogue import text
from reactiewijzer.core.paths import atomic_write, config_dir

FIELDS = (
    "name",  # first name or initials: "Sanne"
    "role",  # "omgevingsmanager"
    "team",  # "webcare"
    "organisation",  # "Rijkswaterstaat"
    "phone",  # the organisation's phone line: "0800-8002"
    "contact_form",  # URL of the contact form
    "email",  # a shared mailbox: "info@rws.nl"
    "office_hours",  # "ma-vr 8.00-20.00 uur"
    "walk_in",  # walk-in hour or meeting option: "inloopavond dinsdag in het dorpshuis"
    "register",  # default register: "je" or "u"
)


def profile_path() -> Path:
    return config_dir() / "profile.yml"


def read_profile_file(path: Path) -> dict[str, Any]:
    """The profile in `path`; unknown keys are ignored, a missing or broken file gives {}."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: str(v).strip() for k, v in data.items() if k in FIELDS and v not in (None, "")}


def load_profile() -> dict[str, Any]:
    return read_profile_file(profile_path())


def save_profile(profile: dict[str, Any], path: Path | None = None) -> Path:
    """Write the profile atomically (a crash never leaves half a file)."""
    target = Path(path or profile_path())
    target.parent.mkdir(parents=True, exist_ok=True)
    clean = {k: str(profile[k]).strip() for k in FIELDS if str(profile.get(k) or "").strip()}
    atomic_write(target, yaml.safe_dump(clean, allow_unicode=True, sort_keys=False))
    return target


def sign_off(profile: dict[str, Any], lang: str = "nl") -> str | None:
    """'Groet, Sanne (Rijkswaterstaat)' from the profile, or None without a name."""
    name = profile.get("name")
    if not name:
        return None
    org = profile.get("organisation")
    if org:
        return text("profile.sign_off_with_organisation", lang, name=name, organisation=org)
    return text("profile.sign_off", lang, name=name)


def contact_routes(profile: dict[str, Any], lang: str = "nl") -> list[str]:
    """The organisation's real contact routes, as ready-to-use phrases."""
    routes = []
    if profile.get("phone") and profile.get("office_hours"):
        hours = profile["office_hours"]
        routes.append(text("profile.call_us_hours", lang, phone=profile["phone"], hours=hours))
    elif profile.get("phone"):
        routes.append(text("profile.call_us", lang, phone=profile["phone"]))
    if profile.get("email"):
        routes.append(text("profile.mail_us", lang, email=profile["email"]))
    if profile.get("contact_form"):
        routes.append(text("profile.contact_form", lang, form=profile["contact_form"]))
    return routes


def offline_routes(profile: dict[str, Any], lang: str = "nl") -> list[str]:
    """Offline options: a call or a meeting."""
    routes = []
    if profile.get("walk_in"):
        routes.append(profile["walk_in"])
    if profile.get("phone"):
        routes.append(text("profile.call_us", lang, phone=profile["phone"]))
    return routes
