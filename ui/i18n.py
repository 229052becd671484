"""The window's language. The source texts are Vietnamese; English comes from
resources/translations/hoinghi_en.qm (edit hoinghi_en.ts, then `make translations`). Qt's own
dialogs (buttons, file chooser, context menus, print dialog) speak English unless translated:
resources/translations/qt_vi.ts (edit it, then pyside6-lrelease it to qt_vi.qm)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

if TYPE_CHECKING:  # PySide6's stub types the marker as returning object; it returns the text

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # noqa: N802
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401  (re-exported for the markers)

logger = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
_INSTALLED: list[QTranslator] = []  # the translators installed on the application now


class Translations:
    """Keeps the installed translators alive and swaps them when the language changes: the
    app's own (English), or Qt's own dialogs in Vietnamese (qt_vi: Qt ships no Vietnamese; its
    source texts are English)."""

    def __init__(self) -> None:
        self.language = DEFAULT_LANGUAGE

    def install(self, language: str) -> None:
        """The application speaks `language` (the translators installed before are removed,
        whichever window installed them: a language is the application's)."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before installing a translation")
        for old in _INSTALLED:
            app.removeTranslator(old)
            old.deleteLater()
        _INSTALLED.clear()
        name = f"qt_{language}" if language == DEFAULT_LANGUAGE else f"hoinghi_{language}"
        translator = QTranslator(app)
        if translator.load(name, str(TRANSLATIONS_DIR)):
            app.installTranslator(translator)
            _INSTALLED.append(translator)
        else:
            logger.warning("No translation %s in %s", name, TRANSLATIONS_DIR)
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                                   else QLocale.Language.English))
