"""Time of `main.py tally` (with and without --pdf) for the seed meeting and for a generated
committee of 40 voters rating 2,000 members and 120 cells, and, beside it from the same run, the
floor: reportlab alone drawing the same rows as a bare table (`bench/pdf_floor.py`), per page.
Prints figures; asserts nothing."""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "resources" / "demo" / "tien-giang-2021.meeting.json"
LEVELS = ("HTXSNV", "HTTNV", "HTNV", "KHTNV")
RUNS = 3


def generated_committee(voters: int = 40, members: int = 2000, cells: int = 120) -> dict:
    """A committee meeting with plausible votes: most subjects good, some excellent."""
    rng = random.Random(2021)

    def votes() -> tuple[dict[str, int], int]:
        weights = rng.choice([(6, 3, 1, 0), (2, 7, 1, 0), (0, 8, 2, 0), (0, 2, 6, 2)])
        marks = rng.choices(LEVELS + ("invalid",), weights=(*weights, 0.2), k=voters)
        return {lv: marks.count(lv) for lv in LEVELS}, marks.count("invalid")

    def rows(codes: list[str]) -> list[dict]:
        result = []
        for code in codes:
            counted, invalid = votes()
            result.append({"id": code, "votes": counted, "invalid": invalid})
        return result

    cell_codes = [f"cb{i:03d}" for i in range(1, cells + 1)]
    member_codes = [f"m{i:04d}" for i in range(1, members + 1)]
    return {
        "format": "hoinghi.meeting/1",
        "meeting": {"title": "Hội nghị thử tải", "body": "Đảng ủy thử", "body_kind": "dang_uy",
                    "party_unit": "Đảng bộ thử", "superior": "Cấp trên", "review_year": 2025,
                    "date": "2026-01-10", "place": "Hà Nội", "venue": "Hội trường",
                    "chair": "m0001", "secretary": "m0002",
                    "tellers": ["m0003", "m0004", "m0005"]},
        "members": [{"id": code, "name": f"Nguyễn Văn Thử {n}", "status": "official",
                     "position": "Đảng ủy viên" if n <= voters else "Đảng viên",
                     "organisation": cell_codes[n % cells], "self_rating": "HTTNV",
                     "self_score": 80} for n, code in enumerate(member_codes, start=1)],
        "organisations": [{"id": code, "name": f"Chi bộ {code}", "self_rating": "HTTNV"}
                          for code in cell_codes],
        "electorate": {"convened": voters, "present": voters},
        "rounds": [
            {"id": "dang-vien", "subject_kind": "member",
             "ballots": {"issued": voters, "returned": voters, "invalid": 0},
             "subjects": rows(member_codes)},
            {"id": "chi-bo", "subject_kind": "organisation",
             "ballots": {"issued": voters, "returned": voters, "invalid": 0},
             "subjects": rows(cell_codes)},
        ],
    }


def timed(args: list[str], script: str = "main.py") -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / script), *args], capture_output=True,
                          cwd=ROOT, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(done.stderr.decode())
    return elapsed


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def in_process(meeting: Path) -> float:
    from services.meeting_file.format import load_meeting_file, result_json
    from services.meeting_file.tally import tally_meeting

    start = time.perf_counter()
    result_json(tally_meeting(load_meeting_file(meeting)))
    return time.perf_counter() - start


def main() -> None:
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        big = out / "committee.meeting.json"
        big.write_text(json.dumps(generated_committee(), ensure_ascii=False), encoding="utf-8")
        print(f"generated committee file: {big.stat().st_size / 1024:.0f} KiB "
              "(40 voters, 2,000 members, 120 cells)")
        for label, meeting in (("seed (67 members, 8 cells)", SEED),
                               ("committee (2,000 + 120)", big)):
            plain = [timed(["tally", str(meeting), "--json", str(out / "r.json")])
                     for _ in range(RUNS)]
            pdf = [timed(["tally", str(meeting), "--json", str(out / "r.json"), "--pdf",
                          str(out / "r.pdf")]) for _ in range(RUNS)]
            core = [in_process(meeting) for _ in range(RUNS)]
            print(f"{label}: tally {statistics.median(plain):.2f} s, with --pdf "
                  f"{statistics.median(pdf):.2f} s (median of {RUNS}, whole process); "
                  f"read + compute + result in process {statistics.median(core) * 1000:.0f} ms; "
                  f"PDF {(out / 'r.pdf').stat().st_size / 1024:.0f} KiB")
        # the loop ended on the committee: `pdf` and r.pdf are its
        floor = [timed([str(big), str(out / "floor.pdf")], "bench/pdf_floor.py")
                 for _ in range(RUNS)]
        ours = statistics.median(pdf) / pages(out / "r.pdf")
        bare = statistics.median(floor) / pages(out / "floor.pdf")
        print(f"committee tally --pdf {statistics.median(pdf):.2f} s, {pages(out / 'r.pdf')} "
              f"pages, {ours * 1000:.1f} ms/page; floor (bare reportlab table of the same rows) "
              f"{statistics.median(floor):.2f} s, {pages(out / 'floor.pdf')} pages, "
              f"{bare * 1000:.1f} ms/page; ratio per page {ours / bare:.2f}")


if __name__ == "__main__":
    main()
