"""Human names for the core's codes (categories, severities, advice, signals), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from reactiewijzer.core.catalogue import category_name as catalogue_category_name


def ui_language() -> str:
    """The window's language, as ui/i18n.py set it (it makes that language Qt's default)."""
    return "en" if QLocale().language() == QLocale.Language.English else "nl"


def category_name(category: str) -> str:
    """The category's name from resources/categories.yml, in the window's language."""
    return catalogue_category_name(category, ui_language())


def severity_name(severity: str) -> str:
    names = {
        "error": QCoreApplication.translate("Labels", "Belangrijk"),
        "warning": QCoreApplication.translate("Labels", "Let op"),
        "info": QCoreApplication.translate("Labels", "Tip"),
    }
    return names.get(severity, severity)


def advice_title(advice: str) -> str:
    names = {
        "respond": QCoreApplication.translate("Labels", "Advies: reageer"),
        "observe": QCoreApplication.translate("Labels", "Advies: observeer, reageer niet meteen"),
        "moderate": QCoreApplication.translate("Labels", "Advies: modereer"),
    }
    return names.get(advice, advice)


def signal_name(signal: str) -> str:
    names = {
        "question": QCoreApplication.translate("Labels", "vraag"),
        "substance": QCoreApplication.translate("Labels", "onderbouwd"),
        "argument": QCoreApplication.translate("Labels", "argument"),
        "source": QCoreApplication.translate("Labels", "bron"),
        "figures": QCoreApplication.translate("Labels", "cijfers"),
        "shouting": QCoreApplication.translate("Labels", "hoofdletters"),
        "exclamations": QCoreApplication.translate("Labels", "uitroeptekens"),
        "swearing": QCoreApplication.translate("Labels", "gevloek"),
        "criticism": QCoreApplication.translate("Labels", "kritiek"),
        "emotion": QCoreApplication.translate("Labels", "emotie"),
        "negative_experience": QCoreApplication.translate("Labels", "negatieve ervaring"),
        "spam": QCoreApplication.translate("Labels", "spam"),
        "insult": QCoreApplication.translate("Labels", "beledigend"),
        "threat": QCoreApplication.translate("Labels", "dreigend"),
        "illegal": QCoreApplication.translate("Labels", "mogelijk illegaal"),
        "service": QCoreApplication.translate("Labels", "hulpvraag"),
        "addressed_criticism": QCoreApplication.translate("Labels", "kritiek op ons"),
        "rhetorical": QCoreApplication.translate("Labels", "retorische vraag"),
        "sarcasm": QCoreApplication.translate("Labels", "sarcasme"),
        "compliment": QCoreApplication.translate("Labels", "compliment"),
        "to_others": QCoreApplication.translate("Labels", "tegen anderen"),
    }
    return names.get(signal, signal.replace("_", " "))


def language_name(lang: str) -> str:
    names = {
        "nl": QCoreApplication.translate("Labels", "Nederlands"),
        "en": QCoreApplication.translate("Labels", "Engels"),
    }
    return names.get(lang, lang)


def grammar_state_text(
    state: str, version: str | None, notice: str | None = None, warming: tuple[str, ...] = ()
) -> str:
    """The status bar's grammar part; `notice` is trouble short of "off" (slow, hung);
    `warming` the languages LanguageTool is loading (seconds, after it started)."""
    if notice and state != "off":
        return QCoreApplication.translate("Labels", "Grammatica: %1").replace("%1", notice)
    if state == "ready" and warming:
        names = ", ".join(language_name(lang) for lang in warming)
        return QCoreApplication.translate(
            "Labels", "Grammatica: spelling (%1) wordt geladen…"
        ).replace("%1", names)
    if state == "ready":
        return QCoreApplication.translate("Labels", "Grammatica: LanguageTool %1 klaar").replace(
            "%1", version or ""
        )
    if state == "starting":
        return QCoreApplication.translate("Labels", "Grammatica: LanguageTool wordt gestart…")
    return QCoreApplication.translate("Labels", "Grammatica: uit")
