"""The window's language. The source texts are Vietnamese; English comes from
resources/translations/hoinghi_en.qm (edit hoinghi_en.ts, then `make translations`)."""

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


class Translations:
    """Keeps the installed translator alive and swaps it when the language changes."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.language = DEFAULT_LANGUAGE

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before installing a translation")
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if language != DEFAULT_LANGUAGE:
            translator = QTranslator(app)
            if translator.load(f"hoinghi_{language}", str(TRANSLATIONS_DIR)):
                app.installTranslator(translator)
                self._translator = translator
            else:
                logger.warning("No translation for %s in %s", language, TRANSLATIONS_DIR)
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                                   else QLocale.Language.English))
