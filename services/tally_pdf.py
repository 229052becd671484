"""A plain tellers' report (*biên bản kiểm phiếu*) and result sheet for `tally --pdf`.

Kept in one module so that the documents service can replace it with the full documents; it only
reads the typed meeting file and the computed rounds.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from models.enums import LEVELS, SubjectKind
from services.meeting_file import MeetingFile
from services.numbers import document_date, percent, thousands
from services.rules.engine import DENOMINATOR_LABEL
from services.rules.types import RoundResult
from services.text import name_sort_key, nfc, vietnamese_key

FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
FONT = "LiberationSerif"
LEVEL_NAMES = {
    "HTXSNV": "Hoàn thành xuất sắc nhiệm vụ",
    "HTTNV": "Hoàn thành tốt nhiệm vụ",
    "HTNV": "Hoàn thành nhiệm vụ",
    "KHTNV": "Không hoàn thành nhiệm vụ",
}


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    faces = {"": "Regular", "-Bold": "Bold", "-Italic": "Italic", "-BoldItalic": "BoldItalic"}
    for suffix, face in faces.items():
        pdfmetrics.registerFont(TTFont(FONT + suffix, str(FONT_DIR / f"{FONT}-{face}.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT + "-Bold",
                                  italic=FONT + "-Italic", boldItalic=FONT + "-BoldItalic")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=15)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=10, leading=12),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=11),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=base, fontName=FONT + "-Bold", fontSize=14,
                                leading=18, alignment=TA_CENTER, spaceBefore=8, spaceAfter=6),
        "heading": ParagraphStyle("heading", parent=base, fontName=FONT + "-Bold",
                                  spaceBefore=8, spaceAfter=4),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(nfc(text)).replace("\n", "<br/>"), style)


def write_tally_pdf(path: Path, meeting_file: MeetingFile, results: list[RoundResult]) -> None:
    """Write the tellers' report of every round, then the result sheet, as one A4 PDF."""
    _register_fonts()
    styles = _styles()
    info = meeting_file.meeting
    names = {m.code: m.name for m in meeting_file.members}
    names.update({o.code: o.name for o in meeting_file.organisations})
    self_ratings = {m.code: m.self_rating for m in meeting_file.members}
    self_ratings.update({o.code: o.self_rating for o in meeting_file.organisations})
    tellers = [names.get(code, code) for code in info.tellers]
    story: list[object] = []

    def header(title: str) -> None:
        place_date = document_date(info.date, info.place) if info.date else info.place
        head = Table([
            [_p(info.superior.upper(), styles["small"]),
             Paragraph("<u>ĐẢNG CỘNG SẢN VIỆT NAM</u>",
                       ParagraphStyle("r", parent=styles["center"], fontName=FONT + "-Bold"))],
            [_p(f"{info.body.upper()}\n*", styles["small"]),
             Paragraph(f"<i>{escape(place_date)}</i>", styles["center"])],
        ], colWidths=[8.5 * cm, 9.5 * cm])
        head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.extend([head, _p(title, styles["title"])])

    header("BIÊN BẢN KIỂM PHIẾU")
    story.append(_p(f"{info.title}. Ban kiểm phiếu gồm: " + ", ".join(
        f"{name}{' (Trưởng ban)' if i == 0 else ''}" for i, name in enumerate(tellers)) + ".",
        styles["body"]))
    for result in results:
        story.extend(_round_report(result, names, self_ratings, styles))
    story.append(Spacer(1, 0.6 * cm))
    story.append(_signatures(["T/M BAN KIỂM PHIẾU\nTRƯỞNG BAN", *["ỦY VIÊN"] * (len(tellers) - 1)],
                             tellers, styles))
    story.append(PageBreak())
    header("KẾT QUẢ XẾP LOẠI")
    for result in results:
        story.extend(_result_sheet(result, names, styles))

    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=1.5 * cm,
                                 rightMargin=1.5 * cm, topMargin=1.5 * cm, bottomMargin=1.5 * cm,
                                 title=nfc(info.title), author=nfc(info.body))
    document.build(story)  # type: ignore[arg-type]


def _kind_noun(result: RoundResult) -> str:
    return "đảng viên" if result.round.subject_kind is SubjectKind.member else "tổ chức đảng"


def _round_report(result: RoundResult, names: dict[str, str], self_ratings: Mapping[str, object],
                  styles: dict[str, ParagraphStyle]) -> list[object]:
    round_ = result.round
    noun = _kind_noun(result)
    lines = [
        _p(f"Vòng {round_.round_id}: xếp loại {noun}", styles["heading"]),
        _p(f"Số đảng viên được triệu tập: {round_.electorate_convened}; có mặt: "
           f"{round_.electorate_present}. Số phiếu phát ra: {round_.ballots_issued}; thu vào: "
           f"{round_.ballots_returned}; hợp lệ: {round_.valid_ballots}; không hợp lệ: "
           f"{round_.ballots_invalid}.", styles["body"]),
        _p(f"Tỷ lệ tính trên {result.denominator} "
           f"{DENOMINATOR_LABEL[result.settings.denominator]}; "
           f"{'cộng dồn' if result.settings.cumulative else 'không cộng dồn'}.", styles["small"]),
        Spacer(1, 0.2 * cm),
    ]
    head = ["TT", "Họ và tên" if round_.subject_kind is SubjectKind.member else "Tổ chức đảng",
            "Tự XL", *LEVELS, "Dòng KHL", "Kết quả"]
    rows: list[list[object]] = [[_p(h, styles["cell"]) for h in head]]
    for number, subject in enumerate(result.subjects, start=1):
        rating = self_ratings.get(subject.subject_id)
        cells = [str(number), names.get(subject.subject_id, subject.subject_id),
                 str(rating or "")]
        cells += [f"{subject.votes[lv]} ({percent(subject.votes[lv], result.denominator)})"
                  for lv in LEVELS]
        level = str(subject.level) if subject.level else "Chưa đủ QB"
        if subject.quota_status is not None and subject.quota_status.value != "within":
            level += f" ({'bằng phiếu' if subject.quota_status.value == 'tied' else 'vượt tỷ lệ'})"
        # Only the name and a flagged result may need wrapping; plain strings elsewhere keep
        # 2,000-row reports fast.
        rows.append([*cells[:1], _p(cells[1], styles["cell"]), *cells[2:],
                     str(subject.invalid_rows),
                     _p(level, styles["cell"]) if len(level) > 8 else level])
    table = Table(rows, colWidths=[0.9 * cm, 4.4 * cm, 1.8 * cm] + [1.9 * cm] * 4
                  + [1.3 * cm, 2.0 * cm], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("FONT", (0, 1), (-1, -1), FONT, 9.5),
    ]))
    lines.append(table)
    lines.append(Spacer(1, 0.2 * cm))
    summary = result.summary
    lines.append(_p("Tổng hợp: " + "; ".join(
        f"{lv} {summary.counts[lv]} ({summary.percent[lv]})" for lv in LEVELS)
        + (f"; chưa đủ quá bán {summary.undecided} ({summary.undecided_percent})"
           if summary.undecided else "") + ".", styles["body"]))
    quota = result.quota
    lines.append(_p(f"Tỷ lệ HTXSNV: {quota.arithmetic}; {quota.excellent} {noun} được đánh giá "
                    f"HTXSNV{', vượt tỷ lệ' if quota.exceeded else ', trong tỷ lệ'}.",
                    styles["body"]))
    if result.warnings:
        lines.append(_p("Lưu ý:", styles["body"]))
        lines.extend(_p(f"– {w.message}", styles["small"]) for w in result.warnings)
    return lines


def _result_sheet(result: RoundResult, names: dict[str, str],
                  styles: dict[str, ParagraphStyle]) -> list[object]:
    noun = _kind_noun(result)
    # Members in Vietnamese name order (given name first); cells by name.
    order = name_sort_key if result.round.subject_kind is SubjectKind.member else vietnamese_key
    lines: list[object] = [_p(f"Xếp loại {noun} (vòng {result.round.round_id}):",
                              styles["heading"])]
    for level in LEVELS:
        count = result.summary.counts[level]
        lines.append(_p(f"{thousands(count)} {noun} {LEVEL_NAMES[level]} (chiếm "
                        f"{result.summary.percent[level]})", styles["body"]))
        who = sorted((names.get(s.subject_id, s.subject_id) for s in result.subjects
                      if s.level is level), key=order)
        if who:
            lines.append(_p(", ".join(who) + ".", styles["small"]))
    if result.summary.undecided:
        who = sorted((names.get(s.subject_id, s.subject_id) for s in result.subjects
                      if s.level is None), key=order)
        lines.append(_p(f"{result.summary.undecided} {noun} chưa đủ quá bán: " + ", ".join(who),
                        styles["body"]))
    return lines


def _signatures(titles: list[str], signers: list[str],
                styles: dict[str, ParagraphStyle]) -> KeepTogether:
    bold = ParagraphStyle("sig", parent=styles["center"], fontName=FONT + "-Bold")
    cells = [[_p(title, bold) for title in titles],
             [Spacer(1, 2 * cm) for _ in titles],
             [_p(name, bold) for name in signers]]
    width = 18 * cm / max(1, len(titles))
    return KeepTogether([Table(cells, colWidths=[width] * len(titles))])
