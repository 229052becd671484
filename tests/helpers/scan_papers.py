"""Paper ballots made, marked and damaged in memory, for the scan tests and bench/scan.py.

The ballot is printed by the app (render_ballot_paper), rasterised like a scanner would, marked
by a simulated hand (a pen cross, a tick, a faint pencil cross, a cross running over the box's
edge, a felt-pen dot, a slash, a small typed-size cross, nothing, two marks) and then damaged
like a scan (turned, scaled, 150 dpi, JPEG, specks) or like a phone photo (seen at an angle,
lit from one side, on a table). Each page comes with what was truly marked on each row.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from models.database import Database
from models.enums import SubjectKind
from services.documents.ballot_layout import PageLayout, ballot_layout
from services.documents.ballot_paper import build_ballot_paper_data, render_ballot_paper

EMPTY, DOUBLE = -1, -2  # a row's truth besides a level index 0..3
MARK_KINDS = ("cross", "tick", "pencil", "edge", "dot", "slash", "small")


def ballot_pdf(db: Database, meeting_id: int, round_code: str,
               kind: SubjectKind = SubjectKind.member) -> bytes:
    with db.session() as session:
        data = build_ballot_paper_data(session, meeting_id, kind, round_code)
    out = io.BytesIO()
    render_ballot_paper(data, out)
    return out.getvalue()


def marked_ballots(db: Database, round_id: int, ballots: list[str], dpi: int,
                   kinds: tuple[str, ...] = ("cross",)) -> list[MarkedPage]:
    """The round's printed ballot marked once per string of marks ("1".."4" a level, "0" an
    invalid row, left empty), every page of each ballot in turn."""
    from models.ballot import BallotRound

    with db.session() as session:
        round_ = session.get_one(BallotRound, round_id)
        meeting_id, code, kind = round_.meeting_id, round_.code, round_.subject_kind
    blank = rasterise(ballot_pdf(db, meeting_id, code, kind), dpi)
    rng = random.Random(round_id)
    return [page for marks in ballots for page in mark_ballot(
        blank, dpi, {i: EMPTY if mark == "0" else int(mark) - 1 for i, mark in enumerate(marks)},
        rng, kinds)]


def scan_into_round(db: Database, round_id: int, ballots: list[str], folder: Path,
                    dpi: int = 150) -> None:
    """The ballots marked (`marked_ballots`), scanned as PNG files into `folder` and imported
    as the round's scan."""
    from services.scan.entry import expected_for, read_scans, store_scans

    files = [write_png(page.image, folder / f"{n}.png")
             for n, page in enumerate(marked_ballots(db, round_id, ballots, dpi), start=1)]
    store_scans(db, round_id, read_scans(expected_for(db, round_id), files))


def rasterise(pdf: bytes, dpi: int) -> list[np.ndarray]:
    """Each page grey at `dpi`, as a scanner sees the printed sheet."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    pages = [document[i].render(scale=dpi / 72, grayscale=True).to_numpy().copy()
             for i in range(len(document))]
    document.close()
    return pages


@dataclass(frozen=True)
class MarkedPage:
    image: np.ndarray
    number: int
    truth: dict[int, int]  # subject index -> level index, EMPTY or DOUBLE


def _stroke(image: np.ndarray, a: tuple[float, float], b: tuple[float, float], px: float,
            width_mm: float, ink: int) -> None:
    p = tuple(round(v * px * 16) for v in a)
    q = tuple(round(v * px * 16) for v in b)
    cv2.line(image, p, q, ink, max(1, round(width_mm * px)), cv2.LINE_AA, shift=4)


def draw_mark(image: np.ndarray, box: tuple[float, float, float], kind: str, px: float,
              rng: random.Random) -> None:
    """A hand's mark in a box (x, y, size in mm) on an image of `px` pixels per mm."""
    x, y, s = box
    jitter = lambda: rng.uniform(-0.08, 0.08) * s  # noqa: E731
    if kind == "edge":  # a cross whose centre sits near one edge: a third of it outside
        dx, dy = rng.choice([(0.45, 0), (-0.45, 0), (0, 0.4), (0, -0.4)])
        x, y = x + dx * s, y + dy * s
    width, ink = (0.28, rng.randint(150, 200)) if kind == "pencil" else \
        (rng.uniform(0.35, 0.7), rng.randint(10, 70))
    if kind == "dot":  # a filled round blot, as with a felt pen
        centre = tuple(round(v * px * 16) for v in (x + s / 2 + jitter(), y + s / 2 + jitter()))
        cv2.circle(image, centre, round(rng.uniform(0.18, 0.3) * s * px * 16), ink, -1,
                   cv2.LINE_AA, shift=4)
        return
    if kind == "slash":  # one stroke corner to corner
        _stroke(image, (x + 0.1 * s + jitter(), y + 0.9 * s + jitter()),
                (x + 0.9 * s + jitter(), y + 0.1 * s + jitter()), px, width, ink)
        return
    if kind == "small":  # a small cross, 3 mm, as a typed "x" would be
        x, y, s = x + s / 2 - 1.5 + jitter(), y + s / 2 - 1.5 + jitter(), 3.0
    if kind == "tick":
        start = (x + 0.2 * s + jitter(), y + 0.55 * s + jitter())
        low = (x + 0.42 * s + jitter(), y + 0.85 * s + jitter())
        end = (x + 0.9 * s + jitter(), y + 0.1 * s + jitter())
        _stroke(image, start, low, px, width, ink)
        _stroke(image, low, end, px, width, ink)
        return
    inset = 0.15 * s
    _stroke(image, (x + inset + jitter(), y + inset + jitter()),
            (x + s - inset + jitter(), y + s - inset + jitter()), px, width, ink)
    _stroke(image, (x + s - inset + jitter(), y + inset + jitter()),
            (x + inset + jitter(), y + s - inset + jitter()), px, width, ink)


def smudge(image: np.ndarray, box: tuple[float, float, float], dpi: int) -> None:
    """A faint grey smudge in the middle of a box (x, y, size in mm): neither a mark nor
    nothing, so the reader leaves its row to a person."""
    px = dpi / 25.4
    x, y, s = box
    cv2.circle(image, (round((x + s / 2) * px), round((y + s / 2) * px)), round(0.8 * px), 205,
               -1)


def random_truth(subjects: int, rng: random.Random, empty: float = 0.04,
                 double: float = 0.03) -> dict[int, int]:
    truth = {}
    for subject in range(subjects):
        roll = rng.random()
        truth[subject] = EMPTY if roll < empty else DOUBLE if roll < empty + double else \
            rng.choices(range(4), weights=(3, 6, 2, 1))[0]
    return truth


def mark_ballot(pages: list[np.ndarray], dpi: int, truth: dict[int, int], rng: random.Random,
                kinds: tuple[str, ...] = MARK_KINDS) -> list[MarkedPage]:
    """Copies of the blank `pages` marked as `truth` says."""
    px = dpi / 25.4
    layouts: tuple[PageLayout, ...] = ballot_layout(len(truth))
    marked = []
    for blank, page in zip(pages, layouts, strict=True):
        image = blank.copy()
        for row in page.rows:
            level = truth[row.subject]
            columns = [] if level == EMPTY else rng.sample(range(4), 2) if level == DOUBLE \
                else [level]
            for column in columns:
                box = row.boxes[column]
                draw_mark(image, (box.x, box.y, box.w), rng.choice(kinds), px, rng)
        marked.append(MarkedPage(image, page.number,
                                 {row.subject: truth[row.subject] for row in page.rows}))
    return marked


def scan_damage(image: np.ndarray, rng: random.Random, dpi: int) -> np.ndarray:
    """Turned up to 3°, scaled 97–103 %, specks, JPEG quality 60 (at whatever `dpi`); one
    page in four upside down, as a pile goes through a feeder."""
    bed = round(8 * dpi / 25.4)  # the scanner's glass is larger than the sheet
    image = cv2.copyMakeBorder(image, bed, bed, bed, bed, cv2.BORDER_CONSTANT, value=250)
    h, w = image.shape
    angle = rng.uniform(-3, 3) + (180 if rng.random() < 0.25 else 0)
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, rng.uniform(0.97, 1.03))
    matrix[:, 2] += (rng.uniform(-2, 2) * dpi / 25.4, rng.uniform(-2, 2) * dpi / 25.4)
    out = cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=250)
    noise = np.random.default_rng(rng.randrange(1 << 30))
    specks = noise.random(out.shape) < 0.0015
    out[specks] = noise.integers(0, 120, int(specks.sum()))
    out = np.clip(out.astype(np.int16) + noise.normal(0, 4, out.shape), 0, 255).astype(np.uint8)
    return jpeg(out, 60)


def jpeg(image: np.ndarray, quality: int) -> np.ndarray:
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)


def phone_photo(image: np.ndarray, rng: random.Random, tilt: float = 15) -> np.ndarray:
    """The page on a table, photographed from up to `tilt` degrees off square, lit from one
    side, a little blurred, as a 12-megapixel JPEG."""
    h, w = image.shape
    out_w, out_h = 3000, 4000
    scale = rng.uniform(0.78, 0.9) * out_h / h
    cx, cy = out_w / 2 + rng.uniform(-80, 80), out_h / 2 + rng.uniform(-80, 80)
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    placed = (corners - [w / 2, h / 2]) * scale
    # A tilt of t degrees about a horizontal axis foreshortens the far edge by about tan(t).
    lean = math.tan(math.radians(rng.uniform(0.4, 1) * tilt))
    shrink = np.float32([[1 - lean * 0.5, 1 - lean], [1 - lean * 0.5, 1 - lean], [1, 1], [1, 1]])
    if rng.random() < 0.5:
        shrink = shrink[[3, 2, 1, 0]]
    placed = placed * shrink
    turn = math.radians(rng.uniform(-4, 4))
    rotation = np.float32([[math.cos(turn), -math.sin(turn)], [math.sin(turn), math.cos(turn)]])
    target = placed @ rotation.T + [cx, cy]
    matrix = cv2.getPerspectiveTransform(corners, target.astype(np.float32))
    photo = cv2.warpPerspective(image, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR,
                                borderValue=90)
    gx = np.linspace(rng.uniform(0.5, 0.7), 1.0, out_w, dtype=np.float32)
    if rng.random() < 0.5:
        gx = gx[::-1]
    gy = np.linspace(1.0, rng.uniform(0.75, 0.95), out_h, dtype=np.float32)
    photo = photo.astype(np.float32) * gy[:, None] * gx[None, :]
    photo = cv2.GaussianBlur(photo, (3, 3), 0.8)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 5, photo.shape)
    return jpeg(np.clip(photo + noise, 0, 255).astype(np.uint8), 85)


def bowed(image: np.ndarray, mm: float) -> np.ndarray:
    """The page bowed by up to `mm` in the middle, as a sheet held in the hand or not lying flat:
    no single homography straightens it."""
    h, w = image.shape
    px = h / 297
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    return cv2.remap(image, xx + mm * px * np.sin(yy / h * np.pi),
                     yy + mm * px * np.sin(xx / w * np.pi), cv2.INTER_LINEAR, borderValue=250)


def write_png(image: np.ndarray, path: Path) -> Path:
    ok, data = cv2.imencode(path.suffix or ".png", image)
    assert ok
    path.write_bytes(data.tobytes())
    return path
