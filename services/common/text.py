"""Vietnamese text: NFC storage, diacritics-insensitive search, Vietnamese collation and name order.

Qt's QCollator would collate too, but the services layer stays Qt-free and this is small: the
Vietnamese alphabet (a < ă < â, d < đ, o < ô < ơ, u < ư) decides first, then the tones in
dictionary order (ngang, huyền, hỏi, ngã, sắc, nặng), as ICU's `vi` collation does.
"""

from __future__ import annotations

import unicodedata
from functools import cache

# Printed where a person fills in by hand what the database does not hold.
BLANK = "…………"

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(ALPHABET)}
# Combining marks that make a letter of the alphabet (breve, circumflex, horn)...
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
# ...and the five tone marks, in dictionary order after the level tone.
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def nfc(text: str) -> str:
    """The form every stored text takes: "Nguyễn" typed and "Nguyễn" imported become equal."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """A search key without case or diacritics: "Huỳnh" and "huynh" fold alike; đ folds to d."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _split_letter(char: str) -> tuple[str, int]:
    """A character as (letter of the Vietnamese alphabet, tone rank)."""
    decomposed = unicodedata.normalize("NFD", char.lower())
    base = decomposed[0]
    marks = decomposed[1:]
    letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m in _LETTER_MARKS))
    tone = max((_TONE_RANK.get(m, 0) for m in marks), default=0)
    return letter, tone


def vietnamese_key(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...], str]:
    """Sort key: letters by the Vietnamese alphabet, then tones, then the text itself."""
    letters: list[tuple[int, int]] = []
    tones: list[int] = []
    for char in nfc(text):
        letter, tone = _split_letter(char)
        rank = _LETTER_RANK.get(letter)
        # Non-letters (spaces, digits, punctuation) sort before letters, by code point.
        letters.append((1, rank) if rank is not None else (0, ord(letter)))
        tones.append(tone)
    return tuple(letters), tuple(tones), text


def split_name(full_name: str) -> tuple[str, str, str]:
    """(family, middle, given) of a name written in Vietnamese order, "Nguyễn Thị Thu Hà"."""
    parts = nfc(full_name).split()
    if not parts:
        return "", "", ""
    if len(parts) == 1:
        return "", "", parts[0]
    return parts[0], " ".join(parts[1:-1]), parts[-1]


@cache
def name_sort_key(full_name: str) -> tuple[object, ...]:
    """Vietnamese list order: by given name, then middle names, then family name. Kept per
    name: lists of 2,000 members are sorted again at every refresh."""
    family, middle, given = split_name(full_name)
    return vietnamese_key(given), vietnamese_key(middle), vietnamese_key(family)
