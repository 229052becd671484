"""Reading scanned ballots (issue 16): the app prints the seed meeting's member ballot (67
members, 4 pages), a simulated hand marks copies of it (pen crosses, ticks, faint pencil, crosses
over the box's edge, empty rows, double marks), and they are scanned clean, scanned badly and
photographed with a phone, then read.

Prints: rows read exactly on clean 300-dpi scans; wrong confident reads and the share of rows
sent to a person on damaged scans (150 dpi or 300 dpi, turned ±3°, scaled 97–103 %, JPEG 60,
specks, a quarter upside down); phone photos read or refused page by page; and pages per second
through the `scan` path (files on disk, two threads).

    python bench/scan.py [--ballots N] [--seed S]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from models.database import open_database  # noqa: E402
from models.enums import LEVELS  # noqa: E402
from services.meeting_file.store import import_meeting  # noqa: E402
from services.scan.marks import RowRead, RowState  # noqa: E402
from services.scan.read import ExpectedBallot, expected_ballot, read_page, scan_round  # noqa: E402,E501
from services.scan.sources import SourcePage  # noqa: E402
from tests.helpers import SEED_MEETING  # noqa: E402
from tests.helpers.scan_papers import (
    DOUBLE,
    EMPTY,
    MarkedPage,
    ballot_pdf,
    mark_ballot,
    phone_photo,
    random_truth,
    rasterise,
    scan_damage,
    write_png,
)

ROUND = "dang-vien"


def compare(rows: list[RowRead], truth: dict[int, int]) -> Counter[str]:
    """Per row: exact, wrong (a confident read that is not the truth) or person (doubtful)."""
    tally: Counter[str] = Counter()
    for row in rows:
        expected = truth[row.subject]
        if row.state is RowState.doubtful:
            tally["person"] += 1
        elif (row.state is RowState.invalid and expected in (EMPTY, DOUBLE)) or (
                row.state is RowState.level and expected >= 0 and row.level is LEVELS[expected]):
            tally["exact"] += 1
        else:
            tally["wrong"] += 1
    return tally



def read_all(pages: list[tuple[MarkedPage, np.ndarray]],
             expected: ExpectedBallot) -> tuple[Counter[str], list[str]]:
    tally: Counter[str] = Counter()
    refused = []
    for index, (marked, image) in enumerate(pages):
        read = read_page(SourcePage("bench", index + 1, image), expected)
        if read.refused:
            refused.append(read.refused)
            tally["refused rows"] += len(marked.truth)
            continue
        tally["pages"] += 1
        tally += compare(list(read.rows), marked.truth)
    return tally, refused


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ballots", type=int, default=12)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "scan.sqlite"))
        meeting_id = import_meeting(db, SEED_MEETING)
        expected = expected_ballot(db, meeting_id, ROUND)
        pdf = ballot_pdf(db, meeting_id, ROUND)
        blank = {dpi: rasterise(pdf, dpi) for dpi in (150, 300)}
        subjects = len(expected.subject_codes)

        def ballots(dpi: int) -> list[MarkedPage]:
            return [page for _ in range(args.ballots)
                    for page in mark_ballot(blank[dpi], dpi, random_truth(subjects, rng), rng)]

        clean = ballots(300)
        tally, refused = read_all([(p, p.image) for p in clean], expected)
        rows = sum(len(p.truth) for p in clean)
        print(f"clean 300 dpi: {tally['exact']}/{rows} rows read exactly "
              f"({tally['wrong']} wrong, {tally['person']} to a person, "
              f"{len(refused)} pages refused)")

        damaged = [(p, scan_damage(p.image, rng, dpi)) for dpi in (150, 300)
                   for p in ballots(dpi)]
        tally, refused = read_all(damaged, expected)
        rows = sum(len(p.truth) for p, _ in damaged)
        print(f"damaged scans: {tally['wrong']} wrong confident reads in {rows} rows; "
              f"{tally['person']} rows to a person ({100 * tally['person'] / rows:.2f} %); "
              f"{len(refused)} of {len(damaged)} pages refused {Counter(refused).most_common()}")

        photos = [(p, phone_photo(p.image, rng)) for p in ballots(300)[: 4 * 4]]
        tally, refused = read_all(photos, expected)
        print(f"phone photos: {tally['pages']} of {len(photos)} pages read, {len(refused)} "
              f"refused {Counter(refused).most_common()}; {tally['wrong']} wrong confident "
              f"reads, {tally['person']} of {tally['exact'] + tally['wrong'] + tally['person']}"
              f" rows to a person")

        files = [write_png(image, Path(folder) / f"p{i:03}.jpg")
                 for i, (_, image) in enumerate(damaged)]
        start, cpu = time.perf_counter(), time.process_time()
        result = scan_round(db, meeting_id, ROUND, files)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        load = os.getloadavg()[0]
        print(f"speed: {len(files)} damaged JPEG pages through scan in {seconds:.1f} s = "
              f"{len(files) / seconds:.1f} pages/s with 2 threads ({result.pages} read); "
              f"{cpu / len(files):.2f} CPU s a page; load average {load:.1f} on "
              f"{os.cpu_count()} cores (shared: other work slows the wall clock)")
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
