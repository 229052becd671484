"""The numbers Word draws before list paragraphs ("1.", "a)", "II."): they are not in the
paragraph's text, but in numbering.xml, so an imported draft would lose them. Computed here the
way Word counts them: per list (numId), per level, a higher level restarting the levels under it.
"""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml.etree import _Element

BULLET = "–"  # Word's bullet glyphs are in symbol fonts; the dash is the Vietnamese habit


def _roman(number: int) -> str:
    values = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
              (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in values:
        while number >= value:
            out, number = out + letters, number - value
    return out


def _letters(number: int) -> str:
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str, "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": _letters, "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": lambda n: _roman(n).lower(), "upperRoman": _roman,
}


class ListNumbers:
    """Feed it the body's paragraphs in order; `label` gives each its number, or ""."""

    def __init__(self, document: DocxDocument) -> None:
        self.levels: dict[tuple[str, int], tuple[int, str, str]] = {}  # (numId, ilvl) → start…
        self.counters: dict[str, dict[int, int]] = {}
        self.style_numbering = {
            style.get(qn("w:styleId")): style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            for style in document.styles.element.iterchildren(qn("w:style"))}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {a.get(qn("w:abstractNumId")): a
                    for a in numbering.iterchildren(qn("w:abstractNum"))}
        for num in numbering.iterchildren(qn("w:num")):
            base = num.find(qn("w:abstractNumId"))
            definition = abstract.get(base.get(qn("w:val")) if base is not None else None)
            if definition is None:
                continue
            for level in definition.iterchildren(qn("w:lvl")):
                ilvl = int(level.get(qn("w:ilvl"), "0"))
                self.levels[(num.get(qn("w:numId")), ilvl)] = (
                    int(_val(level, "w:start", "1")), _val(level, "w:numFmt", "decimal"),
                    _val(level, "w:lvlText", ""))
            for override in num.iterchildren(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                key = (num.get(qn("w:numId")), int(override.get(qn("w:ilvl"), "0")))
                if start is not None and key in self.levels:
                    _, fmt, text = self.levels[key]
                    self.levels[key] = (int(start.get(qn("w:val"))), fmt, text)

    def label(self, paragraph: DocxParagraph) -> str:
        """"1.", "a)", "–" for a list paragraph (counting it), "" for any other."""
        num_pr = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num_pr is None:
            num_pr = self.style_numbering.get(paragraph._p.style)
        if num_pr is None:
            return ""
        num_id = _val(num_pr, "w:numId", "")
        ilvl = int(_val(num_pr, "w:ilvl", "0"))
        if (num_id, ilvl) not in self.levels:
            return ""  # numId 0: numbering switched off
        counters = self.counters.setdefault(num_id, {})
        start = self.levels[(num_id, ilvl)][0]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]
        _, fmt, text = self.levels[(num_id, ilvl)]
        if fmt == "bullet":
            return BULLET
        if fmt == "none":
            return ""
        for level in range(ilvl, -1, -1):
            if (num_id, level) in self.levels:
                level_start, level_fmt, _ = self.levels[(num_id, level)]
                value = counters.get(level, level_start)
                text = text.replace(f"%{level + 1}", FORMATS.get(level_fmt, str)(value))
        return text.strip()


def _val(element: _Element, tag: str, default: str) -> str:
    child = element.find(qn(tag))
    return default if child is None else child.get(qn("w:val"), default)
