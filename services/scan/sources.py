"""Page images from what a scanner or a phone gives: a multi-page PDF, single or multi-page
images (PNG, JPEG, TIFF), or a folder of them. Every page comes out grey (8 bits), at most
`MAX_SIDE` pixels on its long side (a 300-dpi A4 scan as it is; a 600-dpi one shrunk by area
averaging, which keeps thin pencil lines), or with the reason it could not be opened."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"}
PDF_DPI = 200  # a PDF page is rendered at this resolution, whatever the scan inside it
MAX_SIDE = 3600


@dataclass(frozen=True)
class SourcePage:
    """One page of one file (`page` counts from 1 within the file); `image` is None when the
    page could not be opened, and `error` says why."""

    file: str
    page: int
    image: np.ndarray | None
    error: str = ""


def _shrunk(image: np.ndarray) -> np.ndarray:
    scale = MAX_SIDE / max(image.shape[:2])
    if scale < 1:
        image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return image


def _pdf_pages(path: Path) -> Iterator[SourcePage]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(path)
    except (pdfium.PdfiumError, OSError) as error:
        yield SourcePage(str(path), 1, None, f"không mở được tệp PDF ({error})")
        return
    try:
        for index in range(len(document)):
            try:
                bitmap = document[index].render(scale=PDF_DPI / 72, grayscale=True)
                yield SourcePage(str(path), index + 1, _shrunk(bitmap.to_numpy().copy()))
            except pdfium.PdfiumError as error:
                yield SourcePage(str(path), index + 1, None, f"không vẽ được trang ({error})")
    finally:
        document.close()


def _image_pages(path: Path) -> Iterator[SourcePage]:
    try:
        data = np.fromfile(path, dtype=np.uint8)  # (cv2.imread cannot open every file name)
    except OSError as error:
        yield SourcePage(str(path), 1, None, f"không đọc được tệp ({error.strerror})")
        return
    ok, images = cv2.imdecodemulti(data, cv2.IMREAD_GRAYSCALE)
    if not ok or not images:
        yield SourcePage(str(path), 1, None, "không phải tệp ảnh đọc được")
        return
    for index, image in enumerate(images, start=1):
        yield SourcePage(str(path), index, _shrunk(image))


def _files(paths: Sequence[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir()
                              if p.suffix.lower() in IMAGE_SUFFIXES | {".pdf"})
        else:
            yield path


def source_pages(paths: Sequence[Path]) -> Iterator[SourcePage]:
    """Every page of every file, folders opened (their images and PDFs, by name)."""
    for path in _files(paths):
        if not path.exists():
            yield SourcePage(str(path), 1, None, "không có tệp này")
        elif path.suffix.lower() == ".pdf":
            yield from _pdf_pages(path)
        else:
            yield from _image_pages(path)
