"""Paper ballots printed by the app, marked, scanned and read back (a few pages of bench/scan.py):
exact on clean scans, never a wrong confident read on damaged ones, and every page that is not
this round's ballot, or cannot be read, refused with its reason."""

from __future__ import annotations

import dataclasses
import io
import json
import random
from collections import Counter
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from models.database import Database
from models.enums import LEVELS, SubjectKind
from services.documents.ballot_layout import QR
from services.documents.ballot_paper import build_ballot_paper_data, render_ballot_paper
from services.meeting_file.store import import_meeting
from services.scan.marks import RowState
from services.scan.read import expected_ballot, read_page
from services.scan.sources import SourcePage
from tests.helpers import SEED_MEETING
from tests.helpers.cli import run
from tests.helpers.piles import call_the_roll
from tests.helpers.scan_papers import (
    DOUBLE,
    EMPTY,
    MARK_KINDS,
    ballot_pdf,
    bowed,
    mark_ballot,
    phone_photo,
    rasterise,
    scan_damage,
    write_png,
)

ROUND = "dang-vien"


@pytest.fixture
def meeting(db: Database) -> int:
    return import_meeting(db, SEED_MEETING)


def varied_truth(subjects: int, rng: random.Random) -> dict[int, int]:
    """Every level, empty rows and double marks, shuffled."""
    values = [EMPTY, DOUBLE] * 4 + [i % 4 for i in range(subjects - 8)]
    rng.shuffle(values)
    return dict(enumerate(values))


def expected_counts(truths: list[dict[int, int]], codes: tuple[str, ...]) -> list[dict]:
    out = []
    for index, code in enumerate(codes):
        marks = Counter(truth[index] for truth in truths)
        out.append({"id": code, "votes": {level.value: marks[i] for i, level in enumerate(LEVELS)},
                    "invalid_rows": marks[EMPTY] + marks[DOUBLE], "doubtful": 0})
    return out


def test_clean_scans_in_any_order_and_any_way_up_are_read_exactly(db: Database, meeting: int,
                                                                  tmp_path: Path):
    rng = random.Random(1)
    codes = expected_ballot(db, meeting, ROUND).subject_codes
    printed = tmp_path / "ballot.pdf"  # printed as from outside: the `ballot` command
    done = run("--db", tmp_path / "hoinghi.sqlite", "ballot", meeting, ROUND, printed)
    assert done.returncode == 0, done.stderr
    assert printed.read_bytes() == ballot_pdf(db, meeting, ROUND)
    blank = rasterise(printed.read_bytes(), 300)
    truths = [varied_truth(len(codes), rng) for _ in range(2)]
    pages = [page for truth in truths for page in mark_ballot(blank, 300, truth, rng)]
    rng.shuffle(pages)
    folder = tmp_path / "scans"
    folder.mkdir()
    images = [np.rot90(p.image, 2) if i % 3 == 0 else p.image for i, p in enumerate(pages)]
    for i, image in enumerate(images[:5]):
        write_png(image, folder / f"{i}.png")
    # the other pages as one PDF, as an office scanner gives them
    pdf = tmp_path / "pile.pdf"
    Image.fromarray(images[5]).save(pdf, save_all=True, resolution=300,
                                    append_images=[Image.fromarray(i) for i in images[6:]])
    out = tmp_path / "scan.json"
    done = run("--db", tmp_path / "hoinghi.sqlite", "scan", meeting, ROUND, folder, pdf,
               "--json", out)
    assert done.returncode == 0, done.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result == {"pages": 8, "refused": [], "subjects": expected_counts(truths, codes)}


def confident_errors(db: Database, meeting: int, images: list, truth_pages: list) -> tuple[
        int, int, int]:
    """(wrong confident rows, doubtful rows, refused pages)."""
    expected = expected_ballot(db, meeting, ROUND)
    wrong = doubtful = refused = 0
    for image, page in zip(images, truth_pages, strict=True):
        read = read_page(SourcePage("x", 1, image), expected)
        if read.refused:
            refused += 1
            continue
        for row in read.rows:
            truth = page.truth[row.subject]
            if row.state is RowState.doubtful:
                doubtful += 1
            elif row.state is RowState.invalid:
                wrong += truth >= 0
            else:
                wrong += row.level is not LEVELS[truth] if truth >= 0 else 1
    return wrong, doubtful, refused


def test_damaged_scans_and_phone_photos_never_give_a_wrong_confident_read(db: Database,
                                                                         meeting: int):
    rng = random.Random(2)
    codes = expected_ballot(db, meeting, ROUND).subject_codes
    blank = rasterise(ballot_pdf(db, meeting, ROUND), 150)
    pages = mark_ballot(blank, 150, varied_truth(len(codes), rng), rng, MARK_KINDS)
    wrong, doubtful, refused = confident_errors(
        db, meeting, [scan_damage(p.image, rng, 150) for p in pages], pages)
    assert (wrong, refused) == (0, 0) and doubtful <= 3
    photo = pages[1]
    wrong, _, refused = confident_errors(db, meeting, [phone_photo(photo.image, rng)], [photo])
    assert (wrong, refused) == (0, 0)
    # A sheet bowed 4 mm: the boxes are not where one homography puts them. Sent to a person
    # (boxes whose outline is not found), never read as something else.
    wrong, doubtful, _ = confident_errors(db, meeting, [bowed(photo.image, 4)], [photo])
    assert wrong == 0 and doubtful > 0


def other_ballot(db: Database, meeting: int, **changes: object) -> np.ndarray:
    """Page 2 of the member ballot printed with its page code changed."""
    with db.session() as session:
        data = build_ballot_paper_data(session, meeting, SubjectKind.member, ROUND)
    data = dataclasses.replace(data, key=dataclasses.replace(data.key, **changes))
    out = io.BytesIO()
    render_ballot_paper(data, out)
    return rasterise(out.getvalue(), 150)[1]


def test_pages_of_another_meeting_round_revision_or_list_and_unreadable_pages_are_refused(
        db: Database, meeting: int):
    expected = expected_ballot(db, meeting, ROUND)
    cells = rasterise(ballot_pdf(db, meeting, "chi-bo", SubjectKind.organisation), 150)[0]
    other_meeting = import_meeting(db, SEED_MEETING)
    good = rasterise(ballot_pdf(db, meeting, ROUND), 150)[1]
    no_code = good.copy()
    scale = 150 / 25.4
    no_code[round(QR.y * scale):round((QR.y + QR.h) * scale),
            round(QR.x * scale):round((QR.x + QR.w) * scale)] = 255
    torn = good.copy()
    torn[: good.shape[0] // 8] = 255  # the top markers torn off
    cases = {
        "trang của một hội nghị khác": rasterise(ballot_pdf(db, other_meeting, ROUND), 150)[0],
        "trang của phiếu vòng “Xếp loại tổ chức đảng”, không phải vòng “Xếp loại đảng viên”": cells,
        "trang in cho bản 2 của vòng; vòng đang ở bản 1": other_ballot(db, meeting, revision=2),
        "danh sách in trên phiếu khác danh sách của vòng": other_ballot(
            db, meeting, subjects_check="000000"),
        "không đọc được mã trang (mã QR)": no_code,
        "không thấy 2 trong 4 dấu góc của phiếu": torn,
        "trang trắng (mặt sau của tờ phiếu?)": np.full((1754, 1240), 235, np.uint8),
        "không thấy 4 trong 4 dấu góc của phiếu": np.vstack([torn[:-good.shape[0] // 8],
                                                              torn[:good.shape[0] // 8]]),
    }
    for reason, image in cases.items():
        assert read_page(SourcePage("x", 1, image), expected).refused == reason
    assert not read_page(SourcePage("x", 1, good), expected).refused


def test_the_command_lists_unreadable_files_and_refuses_a_missing_round_or_file(
        db: Database, meeting: int, tmp_path: Path):
    database = tmp_path / "hoinghi.sqlite"
    not_image = tmp_path / "notes.png"
    not_image.write_text("not an image")
    page = write_png(rasterise(ballot_pdf(db, meeting, ROUND), 150)[2], tmp_path / "p.png")
    out = tmp_path / "out.json"
    done = run("--db", database, "scan", meeting, ROUND, not_image, page, "--json", out)
    assert done.returncode == 0, done.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["pages"] == 1
    assert result["refused"] == [{"file": str(not_image), "page": 1,
                                  "reason": "không phải tệp ảnh đọc được"}]
    # page 3 of a blank ballot: its rows are empty, invalid rows
    assert sum(s["invalid_rows"] for s in result["subjects"]) == 21
    assert "notes.png trang 1: không phải tệp ảnh đọc được" in done.stderr
    out.unlink()
    done = run("--db", database, "ballot", meeting, "khong-co", tmp_path / "b.pdf")
    assert done.returncode == 2 and "hội nghị không có vòng khong-co" in done.stderr
    assert not (tmp_path / "b.pdf").exists()
    for args, message in (((meeting, "khong-co", page), "hội nghị không có vòng khong-co"),
                          ((meeting + 5, ROUND, page), f"không có hội nghị số {meeting + 5}"),
                          ((meeting, ROUND, tmp_path / "nowhere.pdf"), "không có tệp")):
        done = run("--db", database, "scan", *args, "--json", out)
        assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr
        assert not out.exists()


def test_a_light_shadow_or_speck_is_not_a_mark_but_a_faint_stroke_is_sent_to_a_person(
        db: Database, meeting: int):
    expected = expected_ballot(db, meeting, ROUND)
    page = rasterise(ballot_pdf(db, meeting, ROUND), 300)[1]
    px = 300 / 25.4
    rows = expected.pages[1].rows

    def box_px(row: int, column: int) -> tuple[int, int, int]:
        box = rows[row].boxes[column]
        return round(box.x * px), round(box.y * px), round(box.w * px)

    x, y, s = box_px(0, 0)  # a soft shadow over the first row, as in a photo: paper, not ink
    shade = 1 - 0.3 * np.exp(-(((np.arange(page.shape[0]) - y - s / 2) / (12 * px)) ** 2))
    page[:] = (page * shade[:, None]).astype(np.uint8)
    x, y, s = box_px(1, 1)  # one speck
    cv2.circle(page, (x + s // 2, y + s // 2), 2, 0, -1)
    x, y, s = box_px(2, 2)  # a short faint stroke: not clearly a mark, not clearly nothing
    cv2.line(page, (x + s // 3, y + s // 2), (x + s // 2, y + s // 2), 170, 3)
    x, y, s = box_px(3, 3)  # a cross drawn beside the box, in the cell
    cv2.line(page, (x + s + 8, y), (x + s + 40, y + s), 30, 5)
    cv2.line(page, (x + s + 40, y), (x + s + 8, y + s), 30, 5)
    read = read_page(SourcePage("x", 1, page), expected).rows
    assert [r.state for r in read[:4]] == [RowState.invalid, RowState.invalid,
                                           RowState.doubtful, RowState.doubtful]


def test_a_ballot_printed_before_the_round_opens_is_read_once_it_is_open(db: Database,
                                                                        meeting: int):
    from models.meeting import Meeting
    from services.ballot.rounds import open_round

    with db.session("test") as session, session.begin():
        stored = session.get_one(Meeting, meeting)
        stored.rounds.clear()
    with db.session() as session:
        printed = build_ballot_paper_data(session, meeting, SubjectKind.member)
    out = io.BytesIO()
    render_ballot_paper(printed, out)
    page = rasterise(out.getvalue(), 150)[0]
    call_the_roll(db, meeting)
    with db.session("chair") as session, session.begin():
        open_round(session, meeting, SubjectKind.member)
    expected = expected_ballot(db, meeting, ROUND)
    assert expected.key == printed.key
    read = read_page(SourcePage("x", 1, page), expected)
    assert not read.refused and [r.state for r in read.rows] == [RowState.invalid] * 13


def test_the_scan_checks_the_tellers_entry_and_names_the_subject_that_differs(
        db: Database, meeting: int, tmp_path: Path):
    from models.ballot_entry import EntryMode
    from services.ballot.sheets import round_subjects, set_total, start_sheet
    from tests.helpers.piles import approve_tellers

    rng = random.Random(4)
    expected = expected_ballot(db, meeting, "chi-bo")
    blank = rasterise(ballot_pdf(db, meeting, "chi-bo", SubjectKind.organisation), 150)
    truths = [dict(enumerate(rng.choices(range(4), k=8))) for _ in range(3)]
    truths[0][5] = EMPTY
    for index, truth in enumerate(truths):
        write_png(mark_ballot(blank, 150, truth, rng, ("cross",))[0].image,
                  tmp_path / f"{index}.png")
    teller = approve_tellers(db, meeting)[0]
    sheet = start_sheet(db, expected.round_id, teller, EntryMode.totals)
    subjects = round_subjects(db, expected.round_id)
    for index, subject in enumerate(subjects):
        marks = Counter(truth[index] for truth in truths)
        counts = [marks[0], marks[1], marks[2], marks[3], marks[EMPTY]]
        if index == 2:  # the teller miskeys one ballot of the third cell
            column = next(c for c in range(4) if counts[c])
            counts[column] -= 1
            counts[(column + 1) % 4] += 1
        for column, value in enumerate(counts):
            set_total(db, sheet.id, subject.id, column, value)
    done = run("--db", tmp_path / "hoinghi.sqlite", "scan", meeting, "chi-bo",
               *sorted(tmp_path.glob("*.png")), "--json", tmp_path / "out.json")
    assert done.returncode == 0, done.stderr
    assert f"Đối chiếu với {sheet.teller_name}" in done.stderr
    assert "7 đối tượng khớp, 0 chờ xem dòng chưa rõ, 1 khác" in done.stderr
    differing = [line for line in done.stderr.splitlines() if "Khác:" in line]
    assert len(differing) == 1 and f"{subjects[2].name} ({subjects[2].code})" in differing[0]


def test_keyed_counts_that_deciding_the_doubtful_rows_could_give_are_explained():
    from services.ballot.sheets import SubjectRow
    from services.scan.check import ScanDifference

    row = SubjectRow(1, "m1", "A", "", None)
    assert ScanDifference(row, ((3, 1, 0, 0, 1),), (2, 1, 0, 0, 1), 1).explained
    assert ScanDifference(row, ((2, 1, 0, 0, 2),), (2, 1, 0, 0, 1), 1).explained
    assert not ScanDifference(row, ((3, 1, 0, 0, 1),), (2, 1, 0, 0, 0), 1).explained
    assert not ScanDifference(row, ((1, 2, 0, 0, 1),), (2, 1, 0, 0, 0), 1).explained
    # two tellers, each explained by the doubtful row in its own way
    assert ScanDifference(row, ((2, 1, 0, 0, 1), (3, 1, 0, 0, 0)), (2, 1, 0, 0, 0), 1).explained
