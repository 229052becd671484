"""Who signs each paper, and under which words (Hướng dẫn 36-HD/VPTW, rules.md "Documents the
meeting produces"): one table, by paper and by body, so that every PDF and .docx signs alike.

A paper the body sends upward (the result sheet, the proposal list, the collective's report) is
signed on its behalf by its head: "T/M CHI BỘ / BÍ THƯ" or "T/M ĐẢNG ỦY / BÍ THƯ", or, when the
committee's standing committee signs for it (a setting of the meeting), "T/M BAN THƯỜNG VỤ / BÍ
THƯ" (the header still names the committee, which issues the paper). A record of
the meeting (minutes, attendance list, comments digest) is signed by its secretary and its chair;
the tellers' report by every teller; a self-review by the member who wrote it; a teller's entry
log by that teller.
"""

from __future__ import annotations

import enum

from models.enums import BodyKind
from services.documents.blocks import Signatory
from services.documents.kinds import DocumentKind
from services.documents.meeting_info import MeetingInfo


class Signer(enum.Enum):
    secretary = "secretary"
    chair = "chair"
    on_behalf = "on_behalf"  # the body's head, for the body
    tellers = "tellers"
    reviewer = "reviewer"  # the member whose self-review it is
    keyer = "keyer"  # the teller whose pile an entry log records


_RECORD = (Signer.secretary, Signer.chair)  # left the secretary, right the chair, as on paper

SIGNERS: dict[DocumentKind, dict[BodyKind, tuple[Signer, ...]]] = {
    DocumentKind.attendance_list: {BodyKind.chi_bo: _RECORD, BodyKind.dang_uy: _RECORD},
    DocumentKind.ballot_paper: {BodyKind.chi_bo: (), BodyKind.dang_uy: ()},
    DocumentKind.tellers_report: {BodyKind.chi_bo: (Signer.tellers,),
                                  BodyKind.dang_uy: (Signer.tellers,)},
    DocumentKind.entry_log: {BodyKind.chi_bo: (Signer.keyer,), BodyKind.dang_uy: (Signer.keyer,)},
    DocumentKind.result_sheet: {BodyKind.chi_bo: (Signer.on_behalf,),
                                BodyKind.dang_uy: (Signer.on_behalf,)},
    DocumentKind.minutes: {BodyKind.chi_bo: _RECORD, BodyKind.dang_uy: _RECORD},
    DocumentKind.comments_digest: {BodyKind.chi_bo: _RECORD, BodyKind.dang_uy: _RECORD},
    DocumentKind.proposal_list: {BodyKind.chi_bo: (Signer.on_behalf,),
                                 BodyKind.dang_uy: (Signer.on_behalf,)},
    DocumentKind.collective_form: {BodyKind.chi_bo: (Signer.on_behalf,),
                                   BodyKind.dang_uy: (Signer.on_behalf,)},
    DocumentKind.member_form: {BodyKind.chi_bo: (Signer.reviewer,),
                               BodyKind.dang_uy: (Signer.reviewer,)},
}
ON_BEHALF = {BodyKind.chi_bo: ("T/M Chi bộ", "Bí thư"), BodyKind.dang_uy: ("T/M Đảng ủy", "Bí thư")}
STANDING_COMMITTEE = ("T/M Ban Thường vụ", "Bí thư")
# Before the tellers are approved: three blocks to write them in (usually three, rules.md step 3).
UNNAMED_TELLERS = ("", "", "")


def signatories(kind: DocumentKind, info: MeetingInfo, reviewer: str = "") -> list[Signatory]:
    """The signature blocks of `kind` for the meeting `info`, left to right; a name not known
    yet is left blank (a line of dots to write it in). `reviewer` names the one person who
    signs a personal paper (a self-review, a teller's entry log)."""
    blocks: list[Signatory] = []
    for signer in SIGNERS[kind][info.body_kind]:
        if signer is Signer.secretary:
            blocks.append(Signatory(("Thư ký",), info.secretary))
        elif signer is Signer.chair:
            blocks.append(Signatory(("Chủ trì hội nghị",), info.chair))
        elif signer is Signer.on_behalf:
            titles = (STANDING_COMMITTEE if info.standing_committee_signs
                      else ON_BEHALF[info.body_kind])
            blocks.append(Signatory(titles, info.head))
        elif signer is Signer.reviewer:
            blocks.append(Signatory(("Người tự kiểm điểm",), reviewer))
        elif signer is Signer.keyer:
            blocks.append(Signatory(("Người nhập",), reviewer))
        else:
            tellers = info.tellers or UNNAMED_TELLERS
            blocks += [Signatory(("Thành viên",), name) for name in tellers[1:]]
            blocks.append(Signatory(("T/M Ban kiểm phiếu", "Trưởng ban"), tellers[0]))
    return blocks

