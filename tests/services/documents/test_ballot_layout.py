"""The ballot's geometry and page code, shared by printing and reading."""

from __future__ import annotations

import cv2
import numpy as np

from services.documents.ballot_layout import (
    MARKER_BITS,
    MARKER_CELLS,
    QR,
    TABLE_BOTTOM,
    ballot_key,
    ballot_layout,
    page_code,
    parse_page_code,
)


def test_the_printed_markers_are_opencvs_markers_0_to_3():
    dictionary = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50)
    for marker_id, bits in enumerate(MARKER_BITS):
        image = cv2.aruco.generateImageMarker(dictionary, marker_id, MARKER_CELLS)
        inner = np.array([[int(b) for b in line] for line in bits])
        assert ((image[1:-1, 1:-1] == 0) == (inner == 1)).all()


def test_every_subject_has_one_row_in_order_and_rows_stay_above_the_page_code():
    pages = ballot_layout(67)
    assert [len(p.rows) for p in pages] == [13, 21, 21, 12]
    assert [r.subject for p in pages for r in p.rows] == list(range(67))
    assert all(p.pages == 4 for p in pages) and [p.number for p in pages] == [1, 2, 3, 4]
    for row in (r for p in pages for r in p.rows):
        assert row.top + 10 <= TABLE_BOTTOM < QR.y
        for cell, box in zip(row.cells, row.boxes, strict=True):
            assert cell.x < box.x and box.x + box.w < cell.x + cell.w
            assert cell.y < box.y and box.y + box.h < cell.y + cell.h
    assert [len(ballot_layout(n)) for n in (0, 1, 13, 14)] == [1, 1, 1, 2]


def test_the_page_code_names_meeting_round_revision_page_and_list():
    key = ballot_key(7, "Chi bộ A", 2024, "vòng|2 b", 3, ["m1", "m2"])
    text = page_code(key, 2, 3)
    assert text.isascii() and parse_page_code(text) == (key, 2, 3)
    other_list = ballot_key(7, "Chi bộ A", 2024, "vòng|2 b", 3, ["m2", "m1"])
    other_year = ballot_key(7, "Chi bộ A", 2025, "vòng|2 b", 3, ["m1", "m2"])
    assert other_list.subjects_check != key.subjects_check
    assert other_year.meeting_check != key.meeting_check
    for text in ("", "https://example.org", "HNPHIEU1|7.ab|x|1|4/3|abc", "HNPHIEU1|7|x|1|1/3|a"):
        assert parse_page_code(text) is None
