"""Reading drafts: .docx, .txt in four encodings, .md and pasted text give the same paragraphs;
old Word, damaged and empty files are refused with a message."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from services.review.drafts.errors import DraftError
from services.review.drafts.reading import (
    Block,
    decode_text,
    markdown_blocks,
    read_draft_file,
    read_pasted_text,
    text_blocks,
)
from tests.helpers import SAMPLE_MD, SAMPLES

TEXT_FILES = ["bao-cao-utf8.txt", "bao-cao-utf8-bom.txt", "bao-cao-utf16.txt",
              "bao-cao-windows-1258.txt"]


def _texts(path: Path) -> list[str]:
    return [block.text for block in read_draft_file(path).blocks]


def test_markdown_keeps_headings_with_their_levels() -> None:
    document = read_draft_file(SAMPLE_MD)
    assert document.source_format == "md"
    assert len(document.blocks) == 26
    title = "BÁO CÁO KIỂM ĐIỂM TẬP THỂ BAN CHẤP HÀNH ĐẢNG BỘ NĂM 2021"
    assert document.blocks[0] == Block(title, 1)
    assert document.blocks[2].heading_level == 2
    assert document.blocks[3] == Block("1. Về tư tưởng chính trị", 3)
    assert document.blocks[4].heading_level == 0


def test_docx_gives_the_same_paragraphs_and_heading_levels_as_the_markdown() -> None:
    docx_doc = read_draft_file(SAMPLES / "bao-cao-kiem-diem.docx")
    assert docx_doc.source_format == "docx"
    assert docx_doc.blocks == read_draft_file(SAMPLE_MD).blocks


@pytest.mark.parametrize("name", TEXT_FILES)
def test_text_in_every_encoding_reads_as_the_same_nfc_text(name: str) -> None:
    texts = _texts(SAMPLES / name)
    assert texts == _texts(SAMPLE_MD)
    assert all(unicodedata.is_normalized("NFC", text) for text in texts)


def test_windows_1258_file_really_holds_combining_tones() -> None:
    raw = (SAMPLES / "bao-cao-windows-1258.txt").read_bytes()
    assert "ễ".encode() not in raw
    decoded = raw.decode("cp1258")
    assert not unicodedata.is_normalized("NFC", decoded)
    assert "Nguyên nhân chủ yếu" in decode_text(raw, "x.txt")


def test_plain_text_headings_are_recognised_by_their_shape() -> None:
    blocks = read_draft_file(SAMPLES / "bao-cao-utf8.txt").blocks
    levels = {block.text[:12]: block.heading_level for block in blocks}
    assert levels["I. ƯU ĐIỂM, "] == 1
    assert levels["1. Về tư tưở"] == 2
    assert levels["Năm 2021, cá"] == 0  # a sentence ending with a full stop is body text


@pytest.mark.parametrize(("name", "words"), [
    ("cu-word-97.doc", "Word cũ (.doc)"),
    ("hong.docx", "bị hỏng"),
    ("trong.txt", "trống"),
])
def test_bad_files_are_refused_with_a_message_naming_the_problem(name: str, words: str) -> None:
    with pytest.raises(DraftError, match=r".*") as raised:
        read_draft_file(SAMPLES / name)
    assert words in str(raised.value)
    assert name in str(raised.value)


def test_a_doc_renamed_docx_is_still_recognised_as_old_word(tmp_path: Path) -> None:
    renamed = tmp_path / "bao-cao.docx"
    renamed.write_bytes((SAMPLES / "cu-word-97.doc").read_bytes())
    with pytest.raises(DraftError, match="Word cũ"):
        read_draft_file(renamed)


def test_unknown_kind_and_missing_file_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "bao-cao.pdf"
    other.write_bytes(b"%PDF-1.4 ...")
    with pytest.raises(DraftError, match=r"\.docx, \.txt hoặc \.md"):
        read_draft_file(other)
    with pytest.raises(DraftError, match="Không đọc được"):
        read_draft_file(tmp_path / "khong-co.txt")


def test_a_docx_without_text_is_empty(tmp_path: Path) -> None:
    import docx

    target = tmp_path / "rong.docx"
    docx.Document().save(str(target))
    with pytest.raises(DraftError, match="không có đoạn văn"):
        read_draft_file(target)


def test_text_without_blank_lines_has_one_paragraph_per_line() -> None:
    assert [b.text for b in text_blocks("Dòng một.\nDòng hai.\n")] == ["Dòng một.", "Dòng hai."]
    wrapped = text_blocks("Đoạn một được\nngắt dòng.\n\nĐoạn hai.")
    assert [b.text for b in wrapped] == ["Đoạn một được ngắt dòng.", "Đoạn hai."]


def test_markdown_list_items_and_emphasis() -> None:
    blocks = markdown_blocks("## Mục\n\n- **Một** việc\n- việc _hai_\n\nĐoạn\ntiếp.\n")
    assert blocks == [Block("Mục", 2), Block("Một việc"), Block("việc hai"),
                      Block("Đoạn tiếp.")]


def test_pasted_text_is_normalised_and_named() -> None:
    pasted = read_pasted_text(unicodedata.normalize("NFD", "Ý kiến của đồng chí Huỳnh."))
    assert pasted.source_format == "pasted"
    assert pasted.blocks[0].text == "Ý kiến của đồng chí Huỳnh."
    with pytest.raises(DraftError):
        read_pasted_text("  \n\n ")
