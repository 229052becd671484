"""Which self-review form (Hướng dẫn 43-HD/BTCTW) a member fills in, read from the position.

- Mẫu 2B: a member holding a leadership or management post (a party committee post, or a head
  or deputy of an agency or unit);
- Mẫu 2C: a member not working in the political system (retired, freelance, …);
- Mẫu 2A: every other member.

The rule only guesses from the words of the position; the secretary overrides it per member at
the individual reviews when the guess is wrong (`IndividualReview.form`).
"""

from __future__ import annotations

import enum
import re

from services.common.text import fold
from services.review.reviews import regulation_rank


class ReviewForm(enum.StrEnum):
    member = "2A"
    leader = "2B"
    outside = "2C"


FORM_TITLES: dict[ReviewForm, str] = {
    ReviewForm.member: "Dùng cho đảng viên không giữ chức vụ lãnh đạo, quản lý",
    ReviewForm.leader: "Dùng cho đảng viên giữ chức vụ lãnh đạo, quản lý",
    ReviewForm.outside: "Dùng cho đảng viên không làm việc trong hệ thống chính trị",
}
COLLECTIVE_FORM = "01"

# Heads and deputies of an agency or unit, folded ("phó" covers every deputy).
_LEADER = re.compile(
    r"\b(pho|giam doc|chu tich|chu nhiem|chanh|cuc truong|vu truong|vien truong|hieu truong|"
    r"doi truong|thu truong|truong (phong|ban|khoa|bo mon|tram|phan xuong|chi nhanh|cong an|"
    r"don vi))\b")
_OUTSIDE = re.compile(r"\b(nghi huu|huu tri|tu do|khong lam viec|noi tro)\b")


def form_for_position(position: str) -> ReviewForm:
    """The form the position points to (the module's rule)."""
    folded = fold(position)
    if regulation_rank(position) < 3 or _LEADER.search(folded):
        return ReviewForm.leader
    if _OUTSIDE.search(folded):
        return ReviewForm.outside
    return ReviewForm.member
