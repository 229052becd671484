"""An independent reading of rules.md for the tests: from a meeting file's JSON to the result
file's `subjects` and `quota`, under the default settings (more than half of the electorate,
cumulative, 20% of HTXSNV + HTTNV, rounded down), before and under QĐ 366.

Written from the text of rules.md alone, in the simplest way, sharing no code with the app
(services/rules): the tests compare the two on generated and kept meeting files.
"""

from __future__ import annotations

from typing import Any

ORDER = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"]


def _worst(levels: list[str]) -> str:
    return max(levels, key=ORDER.index)


def band(total: int) -> str:
    """rules.md table: ≥ 90, 70 to < 90, 50 to < 70, < 50."""
    if total >= 90:
        return "HTXSNV"
    if total >= 70:
        return "HTTNV"
    if total >= 50:
        return "HTNV"
    return "KHTNV"


def score_total(entry: dict[str, Any]) -> int | None:
    """The score the meeting accepts: `score` when given, else the self-assessment."""
    if "score" in entry:
        return int(entry["score"]["general"]) + int(entry["score"]["tasks"])
    parts = entry.get("self_score_parts") or {}
    if parts.get("general") is not None and parts.get("tasks") is not None:
        return int(parts["general"]) + int(parts["tasks"])
    return entry.get("self_score")


def cap(entry: dict[str, Any]) -> str | None:
    """The lowest of the score band and the condition caps; None when nothing limits."""
    limits = []
    total = score_total(entry)
    if total is not None:
        limits.append(band(total))
    c = entry.get("conditions") or {}
    if c.get("all_tasks_on_time") is False:
        limits.append("HTNV")
    if c.get("exceeded_30pct") is False:
        limits.append("HTTNV")
    if c.get("shortcomings_remedied") is False:
        limits.append("HTTNV")
    if c.get("failed_over_50pct") is True:
        limits.append("KHTNV")
    if c.get("disqualifying_violation") is True and c.get("self_reported_remedied") is not True:
        limits.append("KHTNV")
    return _worst(limits) if limits else None


def vote_level(votes: dict[str, int], electorate: int) -> str | None:
    """The highest level whose support (its votes and every higher level's) is more than half
    of the electorate."""
    support = 0
    for level in ORDER:
        support += votes.get(level, 0)
        if support * 2 > electorate:
            return level
    return None


def expected_result(meeting: dict[str, Any]) -> list[dict[str, Any]]:
    """Per round: {"id", "subjects": [{"id", "level", and "vote_level", "cap" where a cap
    applies}], "quota": {...} or None}."""
    caps_on = meeting["meeting"]["review_year"] >= 2025
    rules = meeting.get("rules") or {}
    caps_on = rules.get("score_caps_vote", caps_on)
    by_score = (rules.get("quota") or {}).get("rank_by",
                                               "score_then_votes" if caps_on else "votes")
    by_score = by_score == "score_then_votes"
    electorate = meeting["electorate"]["convened"]
    entries = {("member", m["id"]): m for m in meeting["members"]}
    entries.update({("organisation", o["id"]): o for o in meeting.get("organisations", [])})
    cell = meeting["meeting"]["body_kind"] == "chi_bo"
    rounds = []
    for round_ in meeting["rounds"]:
        kind = round_["subject_kind"]
        subjects, keys = [], {}
        for row in round_["subjects"]:
            entry = entries[(kind, row["id"])]
            voted = vote_level(row["votes"], electorate)
            limit = cap(entry) if caps_on else None
            level = voted
            if voted is not None and limit is not None and ORDER.index(voted) < ORDER.index(limit):
                level = limit
            item = {"id": row["id"], "level": level}
            if limit is not None:
                item.update(vote_level=voted, cap=limit)
            subjects.append(item)
            if level == "HTXSNV":
                total = score_total(entry) if by_score else None
                excellent_votes = row["votes"].get("HTXSNV", 0)
                keys[row["id"]] = ((total is not None, total or 0, excellent_votes) if by_score
                                   else (excellent_votes,))
        quota = None
        if not (cell and kind == "organisation"):  # a cell rating itself: no quota
            good = sum(1 for s in subjects if s["level"] == "HTTNV")
            base = len(keys) + good
            limit_count = 20 * base // 100
            within, tied, over = list(keys), [], []
            if len(keys) > limit_count:
                ranked = sorted(keys.values(), reverse=True)
                if limit_count == 0:
                    within, over = [], list(keys)
                else:
                    last_in, first_out = ranked[limit_count - 1], ranked[limit_count]
                    within = [s for s, k in keys.items()
                              if k > last_in or (k == last_in and last_in != first_out)]
                    tied = [s for s, k in keys.items() if k == last_in and last_in == first_out]
                    over = [s for s, k in keys.items() if k < last_in]
            quota = {"base": base, "percent": 20, "limit": limit_count,
                     "exceeded": len(keys) > limit_count, "within": sorted(within),
                     "tied": sorted(tied), "over": sorted(over)}
        rounds.append({"id": round_["id"], "subjects": subjects, "quota": quota})
    return rounds
