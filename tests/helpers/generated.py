"""A generated committee meeting file (shared/spec/meeting-file.md) of any size, deterministic:
40 committee members rating 2,000 members and 120 cells by default, with long names and long
unit names, for benchmarks and the documents' large-table tests."""

from __future__ import annotations

import random
from typing import Any

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Tôn Nữ", "Âu"]
MIDDLE = ["Văn", "Thị", "Thanh", "Ngọc", "Minh", "Hữu", "Đức", "Thị Thu", "Hoàng Phương",
          "Thị Kim", "Công", "Quốc", "Xuân"]
GIVEN = ["An", "Ánh", "Bảo", "Châu", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hằng", "Hiếu", "Khánh",
         "Linh", "Long", "Nam", "Nhung", "Oanh", "Phong", "Phượng", "Quyên", "Sơn", "Thảo", "Toàn",
         "Uyên", "Việt", "Yến", "Ửng", "Ơn"]
LEVELS = ("HTXSNV", "HTTNV", "HTNV", "KHTNV")


def _votes(rng: random.Random, valid: int) -> tuple[dict[str, int], int]:
    invalid = 1 if rng.random() < 0.05 else 0
    weights = rng.choice([(6, 3, 1, 0), (1, 8, 1, 0), (0, 9, 1, 0), (0, 2, 7, 1), (0, 1, 3, 6)])
    marks = rng.choices(LEVELS, weights=weights, k=valid - invalid)
    return {level: marks.count(level) for level in LEVELS}, invalid


def generated_meeting_file(members: int = 2000, cells: int = 120, voters: int = 40,
                           seed: int = 2021) -> dict[str, Any]:
    rng = random.Random(seed)
    organisations = [
        {"id": f"cb{n}", "self_rating": "HTTNV",
         "name": (f"Chi bộ Đội Quản lý thị trường số {n} – Kiểm soát hàng hóa lưu thông "
                  f"trên địa bàn huyện Cai Lậy" if n % 10 == 0 else f"Chi bộ Phòng số {n}")}
        for n in range(1, cells + 1)
    ]
    roster = []
    for n in range(1, members + 1):
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        if n % 250 == 0:
            name = "Tôn Nữ Thị Hoàng Phương Khánh Linh Nguyễn Bảo Ngọc Trâm Anh"
        roster.append({
            "id": f"m{n:04d}", "name": name,
            "status": "probationary" if n % 40 == 0 else "official",
            "position": ("Bí thư Đảng ủy" if n == 1 else "Đảng ủy viên" if n <= voters
                         else "Đảng viên"),
            "organisation": f"cb{rng.randint(1, cells)}",
            "self_rating": rng.choice(LEVELS[:3]), "self_score": rng.randint(55, 95),
        })
    present = voters - 2
    rounds = []
    for round_id, kind, subjects in (("dang-vien", "member", roster),
                                     ("chi-bo", "organisation", organisations)):
        rows = []
        for subject in subjects:
            votes, invalid = _votes(rng, present)
            rows.append({"id": subject["id"], "votes": votes, "invalid": invalid})
        rounds.append({"id": round_id, "subject_kind": kind,
                       "ballots": {"issued": present, "returned": present, "invalid": 0},
                       "subjects": rows})
    return {
        "format": "hoinghi.meeting/1",
        "meeting": {
            "title": ("Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và "
                      "đảng viên năm 2025"),
            "body": "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Tiền Giang (thử nghiệm)",
            "body_kind": "dang_uy",
            "party_unit": "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Tiền Giang",
            "superior": "Tỉnh ủy Tiền Giang",
            "review_year": 2025, "date": "2026-01-15", "place": "Mỹ Tho",
            "venue": "Hội trường Tỉnh ủy",
            "chair": "m0001", "secretary": "m0002", "tellers": ["m0003", "m0004", "m0005"],
        },
        # The self-scores are drawn apart from the votes: the QĐ 366 cap is not what these large
        # files test (tests/services/rules/test_reference.py does), so it is off.
        "rules": {"score_caps_vote": False},
        "members": roster,
        "organisations": organisations,
        "electorate": {"convened": voters, "present": present},
        "rounds": rounds,
    }
