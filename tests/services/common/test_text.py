"""Vietnamese normalisation, folding and collation."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from services.common.text import fold, name_sort_key, nfc, split_name, vietnamese_key


def test_typed_and_imported_names_are_the_same_after_nfc() -> None:
    typed = "Nguyễn"
    windows_1258 = unicodedata.normalize("NFD", typed)  # tones as combining marks
    assert windows_1258 != typed
    assert nfc(windows_1258) == typed


def test_fold_ignores_case_tones_and_letter_marks() -> None:
    assert fold("Huỳnh") == "huynh"
    assert fold("ĐẶNG Thị Ơn") == "dang thi on"
    assert fold(unicodedata.normalize("NFD", "Phượng")) == "phuong"


def test_alphabet_order_puts_modified_letters_after_their_base() -> None:
    words = ["ân", "ăn", "an", "đa", "da", "ơn", "ôn", "on", "ưa", "ua", "e", "ê"]
    assert sorted(words, key=vietnamese_key) == [
        "an", "ăn", "ân", "da", "đa", "e", "ê", "on", "ôn", "ơn", "ua", "ưa",
    ]


def test_letters_decide_before_tones() -> None:
    # The letters decide first: "ba" is a prefix of "bach", and "bach" < "bao" (c < o); tones
    # only order words with the same letters (ngang, huyền, hỏi, ngã, sắc, nặng).
    assert sorted(["Bao", "Bạch", "Bá"], key=vietnamese_key) == ["Bá", "Bạch", "Bao"]
    assert sorted(["má", "mạ", "mà", "ma", "mã", "mả"], key=vietnamese_key) == [
        "ma", "mà", "mả", "mã", "má", "mạ",
    ]


def test_names_sort_by_given_then_middle_then_family() -> None:
    # Given names An, An, Ân, Ánh, Bình: "an" < "anh" (a prefix) < "ân" (a < â), so Ánh comes
    # before Ân; the two "An" are told apart by their middle names, Thị < Văn.
    names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Đỗ Ánh", "Võ Thị Ân"]
    assert sorted(names, key=name_sort_key) == [
        "Nguyễn Thị An", "Lê Văn An", "Đỗ Ánh", "Võ Thị Ân", "Trần Văn Bình",
    ]


def test_split_name_keeps_vietnamese_order() -> None:
    assert split_name("Nguyễn Thị Thu Hà") == ("Nguyễn", "Thị Thu", "Hà")
    assert split_name("  Hà ") == ("", "", "Hà")


@given(st.text(alphabet="aăâbdđeêoôơuưàáảãạằắẳẵặ AĐ", max_size=12))
def test_key_is_a_total_order_consistent_with_equality(text: str) -> None:
    assert vietnamese_key(text) == vietnamese_key(nfc(text))
    assert fold(text) == fold(nfc(text))
