"""One page image straightened onto the ballot's layout, and its page code read.

The four corner markers (ballot_layout.MARKERS) are found by their ids, so a page scanned upside
down, sideways or photographed at an angle is mapped back by one homography from their sixteen
corners (with one corner cut off by a scanner, by the affine map of the other three: a flat scan
has no perspective; the error check below refuses a photo that needed one). The page code is
then read where the layout put it. A page on which either fails is refused with the reason;
nothing on it is guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from services.common.errors import Refusal
from services.documents import ballot_layout as layout

PX_PER_MM = 8.0  # the straightened page: about 200 dpi
WIDTH = round(layout.PAGE_WIDTH * PX_PER_MM)
HEIGHT = round(layout.PAGE_HEIGHT * PX_PER_MM)
_HALVE_ABOVE = 1600  # px on the short side
_MAX_ERROR_MM = 1.0  # corners further than this from where the homography puts them: refused


class PageError(Refusal):
    """Why a page image cannot be read (in Vietnamese, for the person scanning)."""


@dataclass(frozen=True)
class StraightPage:
    image: np.ndarray  # grey, WIDTH x HEIGHT, the page as laid out
    code: str  # the page code's text


def _detector() -> cv2.aruco.ArucoDetector:
    parameters = cv2.aruco.DetectorParameters()
    parameters.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_SUBPIX
    return cv2.aruco.ArucoDetector(
        cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50), parameters)


def _layout_corners(marker: int) -> np.ndarray:
    r = layout.MARKERS[marker]
    return np.array([(r.x, r.y), (r.x + r.w, r.y), (r.x + r.w, r.y + r.h), (r.x, r.y + r.h)],
                    dtype=np.float32) * PX_PER_MM


def _markers(image: np.ndarray, scale: float) -> dict[int, np.ndarray]:
    """The corners (px) of each marker found, by id, looked for on a copy at `scale` (a half
    is four times faster and enough for most pages), then placed exactly on the full image."""
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) \
        if scale < 1 else image
    corners, ids, _ = _detector().detectMarkers(small)
    found: dict[int, np.ndarray] = {}
    for marker, points in zip([] if ids is None else ids.ravel(), corners, strict=True):
        if 0 <= marker < len(layout.MARKERS):
            if marker in found:
                raise PageError("thấy hai dấu góc giống nhau (hai phiếu trong một ảnh?)")
            found[int(marker)] = points.reshape(4, 2) / scale
    if found and scale < 1:
        points = np.concatenate(list(found.values())).astype(np.float32).reshape(-1, 1, 2)
        criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 20, 0.05)
        points = cv2.cornerSubPix(image, points, (5, 5), (-1, -1), criteria).reshape(-1, 4, 2)
        found = dict(zip(found, points, strict=True))
    return found


def _blank(image: np.ndarray) -> bool:
    """Next to nothing printed: the back of a sheet scanned on both sides."""
    small = cv2.resize(image, (200, 280), interpolation=cv2.INTER_AREA)
    paper = float(np.percentile(small, 90))
    return float(np.mean(small < paper * 0.75)) < 0.002


def _homography(image: np.ndarray) -> np.ndarray:
    """The map onto the layout; on a large image from a half-size look first, from the full
    image when that fails (a small page in a large photo)."""
    scales = (0.5, 1.0) if min(image.shape[:2]) > _HALVE_ABOVE else (1.0,)
    failure = PageError("không thấy dấu góc nào của phiếu")
    for scale in scales:
        try:
            return _fit(_markers(image, scale), image)
        except PageError as error:
            failure = error
    raise failure


def _fit(found: dict[int, np.ndarray], image: np.ndarray) -> np.ndarray:
    if not found and _blank(image):
        raise PageError("trang trắng (mặt sau của tờ phiếu?)")
    if len(found) < len(layout.MARKERS) - 1:
        missing = len(layout.MARKERS) - len(found)
        raise PageError(f"không thấy {missing} trong 4 dấu góc của phiếu")
    source = np.concatenate([found[m] for m in sorted(found)])
    target = np.concatenate([_layout_corners(m) for m in sorted(found)])
    if len(found) == len(layout.MARKERS):
        matrix, _ = cv2.findHomography(source, target, 0)
    else:  # a corner cut off by the scanner: a flat scan is an affine map, three corners fix it
        affine, _ = cv2.estimateAffine2D(source, target, method=cv2.LMEDS)
        matrix = None if affine is None else np.vstack([affine, [0.0, 0.0, 1.0]])
    if matrix is None:
        raise PageError("không dựng lại được mặt phiếu từ 4 dấu góc")
    mapped = cv2.perspectiveTransform(source.reshape(-1, 1, 2), matrix).reshape(-1, 2)
    if np.abs(mapped - target).max() > _MAX_ERROR_MM * PX_PER_MM:
        raise PageError("các dấu góc không nằm trên một mặt phẳng (phiếu bị gập hoặc cong?)")
    return matrix


def _read_code(page: np.ndarray) -> str:
    margin = 3.0
    r = layout.QR
    x0, y0 = (round((v - margin) * PX_PER_MM) for v in (r.x, r.y))
    x1, y1 = (round((v + margin) * PX_PER_MM) for v in (r.x + r.w, r.y + r.h))
    crop = page[y0:y1, x0:x1]
    detector = cv2.QRCodeDetector()
    for image in (crop, cv2.medianBlur(crop, 3), cv2.medianBlur(crop, 5)):  # specks
        _, binary = cv2.threshold(image, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        # Enlarged: a small page in a photo leaves the modules 3 or 4 pixels wide.
        larger = cv2.resize(image, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
        for attempt in (image, binary, larger):
            text, _, _ = detector.detectAndDecode(attempt)
            if text:
                return str(text)
    raise PageError("không đọc được mã trang (mã QR)")


def straighten(image: np.ndarray) -> StraightPage:
    """The page laid flat at PX_PER_MM with its page code; PageError when it cannot be."""
    matrix = _homography(image)
    page = cv2.warpPerspective(image, matrix, (WIDTH, HEIGHT), flags=cv2.INTER_LINEAR,
                               borderValue=255)
    return StraightPage(page, _read_code(page))
