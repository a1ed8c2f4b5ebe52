"""Human names for the core's codes (categories, severities, advice, signals), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def category_name(category: str) -> str:
    names = {
        "personal_tone": _t("Persoonlijke toon"),
        "broadcast_only": _t("Alleen zenden"),
        "permanence": _t("Blijft online staan"),
        "jargon": _t("Jargon en ambtelijke taal"),
        "grammar": _t("Spelling en grammatica"),
        "platform": _t("Past bij het platform"),
        "accessibility": _t("Toegankelijkheid"),
    }
    return names.get(category, category)


def severity_name(severity: str) -> str:
    names = {"error": _t("Belangrijk"), "warning": _t("Let op"), "info": _t("Tip")}
    return names.get(severity, severity)


def advice_title(advice: str) -> str:
    names = {
        "respond": _t("Advies: reageer"),
        "observe": _t("Advies: observeer, reageer niet meteen"),
        "moderate": _t("Advies: modereer"),
    }
    return names.get(advice, advice)


def signal_name(signal: str) -> str:
    names = {
        "question": _t("vraag"),
        "substance": _t("onderbouwd"),
        "emotion": _t("emotie"),
        "negative_experience": _t("negatieve ervaring"),
        "spam": _t("spam"),
        "insult": _t("beledigend"),
        "threat": _t("dreigend"),
        "illegal": _t("mogelijk illegaal"),
    }
    return names.get(signal, signal.replace("_", " "))


def language_name(lang: str) -> str:
    names = {"nl": _t("Nederlands"), "en": _t("Engels")}
    return names.get(lang, lang)


def grammar_state_text(state: str, version: str | None) -> str:
    if state == "ready":
        return _t("Grammatica: LanguageTool %1 klaar").replace("%1", version or "")
    if state == "starting":
        return _t("Grammatica: LanguageTool wordt gestart…")
    return _t("Grammatica: uit")
