"""Connectly in the user's language: English (the source) and Turkish.

The language comes from the Settings override (``appearance/language``: ``system``, ``en``,
``tr``) or, for ``system``, from the desktop's UI languages in order of preference. Two
translators are installed: Connectly's own catalogue (``connectly/resources/i18n/
connectly_<lang>.qm``, compiled from ``resources/i18n/connectly_<lang>.ts``) and Qt's
(``qtbase_<lang>.qm``: standard buttons, file and colour dialogs) — Qt's only for a language
Connectly ships, since a half-translated window is worse than an English one.

Strings are marked in the code with ``self.tr("…")`` in QObject classes, or
``QCoreApplication.translate("Context", "…")`` elsewhere; module constants are marked with
``QT_TRANSLATE_NOOP("Context", "…")`` and translated where shown (``self.tr(CONSTANT)`` when the
class is the context). lupdate reads the source, so the context and text must be literals at
the call, never f-strings: ``self.tr("Saved “{title}”.").format(title=…)``. Counts use ``%n``
(``%Ln`` for grouped numbers) with the count passed; as there is no English catalogue, English
picks the singular or plural message itself (``"%Ln check-in"`` / ``"%Ln check-ins"``) and each
is a numerus message for languages with more forms. ``packaging/update_translations.sh`` runs
pyside6-lupdate and pyside6-lrelease; tests/ui/test_i18n.py fails while the catalogue is out of
step with the code or has unfinished entries.

Words that come from the lower layers stay English for now: error sentences
(``ConnectlyError.user_message``), the analysis's insight sentences, the doctor's findings, the
keyring's reasons, the charts (shared with the therapy report) and the PDF report. The rating
questions, life-event kinds, backup reasons and insight headings are translated in the UI
(connectly/ui/display.py and the models). A change of language applies at the next start
(widgets are not rebuilt live); :func:`active_language` tells Settings which language is on
screen now.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from connectly.resources import TRANSLATIONS_DIR, resource_path

SOURCE_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "tr": "Türkçe"}
"""Every language Connectly ships, by code, named in that language (for the Settings choice)."""

_installed: list[QTranslator] = []
_active = [SOURCE_LANGUAGE]


def shipped_languages() -> tuple[str, ...]:
    """The languages with a catalogue in this installation (English always)."""
    folder = resource_path(TRANSLATIONS_DIR)
    found = {p.stem.removeprefix("connectly_") for p in folder.glob("connectly_*.qm")}
    return (SOURCE_LANGUAGE, *sorted(found & set(LANGUAGE_NAMES) - {SOURCE_LANGUAGE}))


def resolve_language(choice: str, locale: QLocale | None = None) -> str:
    """The language to show for the stored ``choice``: itself if shipped; for ``"system"``,
    the first of the desktop's preferred languages that Connectly ships; else English."""
    shipped = shipped_languages()
    if choice in shipped:
        return choice
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in shipped:
            return code
        if code == SOURCE_LANGUAGE:
            break  # the user prefers English over anything we could offer further down
    return SOURCE_LANGUAGE


def install_translations(app: QCoreApplication, language: str) -> list[str]:
    """Show ``language`` from now on (replacing earlier translators); returns the catalogues loaded.

    English installs nothing: the source strings are English.
    """
    remove_translations(app)
    if language == SOURCE_LANGUAGE or language not in shipped_languages():
        return []
    loaded: list[str] = []
    own = QTranslator(app)
    if own.load(f"connectly_{language}", str(resource_path(TRANSLATIONS_DIR))):
        loaded.append(f"connectly_{language}")
        app.installTranslator(own)
        _installed.append(own)
        _active[0] = language
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        loaded.append(f"qtbase_{language}")
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded


def remove_translations(app: QCoreApplication) -> None:
    """Back to the English source strings."""
    while _installed:
        app.removeTranslator(_installed.pop())
    _active[0] = SOURCE_LANGUAGE


def active_language() -> str:
    """The language the windows are showing now (English until a catalogue is installed)."""
    return _active[0]


def apply_language(app: QCoreApplication, choice: str) -> str:
    """Resolve the stored choice and install it; returns the language code now in use.

    An explicit choice also sets the default locale, so dates and numbers match the words.
    """
    language = resolve_language(choice)
    install_translations(app, language)
    if choice != "system":
        QLocale.setDefault(QLocale(language))
    return language
