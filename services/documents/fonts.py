"""The bundled serif face (Liberation Serif, metric-compatible with Times New Roman, SIL OFL),
registered once with reportlab as one family so that <b> and <i> pick the right file.

reportlab embeds (a subset of) every TrueType font it draws with, so a printed sheet never depends
on the fonts of the machine that opens it.
"""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FAMILY = "LiberationSerif"
_FACES = {
    FAMILY: "LiberationSerif-Regular.ttf",
    f"{FAMILY}-Bold": "LiberationSerif-Bold.ttf",
    f"{FAMILY}-Italic": "LiberationSerif-Italic.ttf",
    f"{FAMILY}-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"


@functools.cache
def register_fonts() -> str:
    """Register the four faces and the family (idempotent); return the family name."""
    for name, filename in _FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / filename)))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=f"{FAMILY}-BoldItalic"
    )
    return FAMILY
