"""A sentence the services word in Vietnamese that the window can still say in its own language.

A `Said` is the Vietnamese text itself, a str: the documents, the meeting file and the tests
read it as any other text, and the printed papers stay Vietnamese. It remembers the template it
was filled from (marked for Qt's lupdate with `QT_TRANSLATE_NOOP` in its context) and the
values put in it, so that the window (ui/labels.said) fills the translated template with the
values, themselves translated when they are Said. services/ imports no Qt: translating is the
window's.
"""

from __future__ import annotations

from collections.abc import Iterable


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks `text` for translation in `context`; returns it unchanged."""
    return text


class Said(str):
    """`template.format(**values)`, knowing its template and values; `context` "" marks a
    template that is no sentence of its own (a joining), which the window does not translate."""

    context: str
    template: str
    values: dict[str, object]

    def __new__(cls, context: str, template: str, **values: object) -> Said:
        said = super().__new__(cls, template.format(**values))
        said.context, said.template, said.values = context, template, values
        return said

    def __reduce__(self) -> tuple[object, tuple[str, str, dict[str, object]]]:
        return _remade, (self.context, self.template, self.values)

    @classmethod
    def joined(cls, separator: str, parts: Iterable[str]) -> Said:
        """`separator.join(parts)`, each part said in the window's language in its turn."""
        values = {f"p{n}": part for n, part in enumerate(parts)}
        return cls("", separator.join(f"{{{name}}}" for name in values), **values)


def _remade(context: str, template: str, values: dict[str, object]) -> Said:
    return Said(context, template, **values)
