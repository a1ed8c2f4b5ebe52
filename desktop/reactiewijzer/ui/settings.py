"""The user's settings, kept with QSettings. Tests pass a QSettings on a temporary ini file."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

MAX_RECENT = 8
UI_LANGUAGES = ("nl", "en")


class Settings(QObject):
    """Typed access to QSettings; emits `changed(key)` so widgets can follow along."""

    changed = Signal(str)

    def __init__(self, qsettings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._q = qsettings

    @classmethod
    def at(cls, path: str | None) -> Settings:
        """Settings in an ini file at `path`, or in the platform's usual place."""
        if path:
            return cls(QSettings(path, QSettings.Format.IniFormat))
        return cls(
            QSettings(
                QSettings.Format.IniFormat,
                QSettings.Scope.UserScope,
                "Reactiewijzer",
                "Reactiewijzer",
            )
        )

    def file_name(self) -> str:
        return self._q.fileName()

    def sync(self) -> None:
        self._q.sync()

    # ---- plain values -------------------------------------------------------------------------

    def _str(self, key: str, default: str) -> str:
        value = self._q.value(key, default)
        return value if isinstance(value, str) else default

    def _list(self, key: str) -> list[str]:
        value = self._q.value(key, [])
        if isinstance(value, str):  # QSettings returns a lone item as a string
            return [value] if value else []
        return [str(v) for v in value or []]

    def _set(self, key: str, value: object) -> None:
        self._q.setValue(key, value)
        self.changed.emit(key)

    @property
    def ui_language(self) -> str:
        lang = self._str("ui/language", "nl")
        return lang if lang in UI_LANGUAGES else "nl"

    @ui_language.setter
    def ui_language(self, lang: str) -> None:
        self._set("ui/language", lang if lang in UI_LANGUAGES else "nl")

    @property
    def languagetool_url(self) -> str:
        """Empty: the local server on this machine; else the organisation's server."""
        return self._str("languagetool/url", "")

    @languagetool_url.setter
    def languagetool_url(self, url: str) -> None:
        self._set("languagetool/url", url.strip())

    @property
    def languagetool_allow_plain_http(self) -> bool:
        """The user allowed an unencrypted http:// organisation server (off unless chosen)."""
        return self._str("languagetool/allow_plain_http", "") == "yes"

    @languagetool_allow_plain_http.setter
    def languagetool_allow_plain_http(self, allowed: bool) -> None:
        self._set("languagetool/allow_plain_http", "yes" if allowed else "")

    @property
    def ignored_rules(self) -> list[str]:
        """Only read to move them into ignored.yml (core.dismissals), where the CLI sees them."""
        return sorted(set(self._list("checks/ignored_rules")))

    @ignored_rules.setter
    def ignored_rules(self, rules: list[str]) -> None:
        self._set("checks/ignored_rules", sorted(set(rules)))

    @property
    def grammar_enabled(self) -> bool:
        """Spelling and grammar (LanguageTool) on; switching them off is a setting only."""
        value = self._q.value("languagetool/enabled", True)
        return value not in (False, "false", "0", 0)

    @grammar_enabled.setter
    def grammar_enabled(self, enabled: bool) -> None:
        self._set("languagetool/enabled", bool(enabled))

    @property
    def platform(self) -> str:
        return self._str("draft/platform", "x")

    @platform.setter
    def platform(self, key: str) -> None:
        self._set("draft/platform", key)

    # ---- recent files -------------------------------------------------------------------------

    def recent_files(self) -> list[tuple[str, str]]:
        """(kind, path) pairs, newest first; kind is "thread" or "draft"."""
        out = []
        for entry in self._list("files/recent"):
            kind, _, path = entry.partition(":")
            if kind in ("thread", "draft") and path:
                out.append((kind, path))
        return out

    def add_recent_file(self, kind: str, path: str) -> None:
        entry = f"{kind}:{path}"
        entries = [e for e in self._list("files/recent") if e != entry]
        self._set("files/recent", [entry, *entries][:MAX_RECENT])

    def clear_recent_files(self) -> None:
        self._set("files/recent", [])

    # ---- window layout ------------------------------------------------------------------------

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._q.value("window/geometry")
        state = self._q.value("window/splitter")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, splitter: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/splitter", splitter)
