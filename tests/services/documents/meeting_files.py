"""Test data for the documents from meeting files (the seed and generated ones): the file loaded
into a fresh database as the importer will, and its rounds computed by the rules engine.

Stands in for the meeting-file parser and importer of the rules branch until they land on main.
"""

from __future__ import annotations

import datetime as dt
import json
from types import MappingProxyType
from typing import Any

from models.database import Database
from models.enums import LEVELS, BodyKind, Level, MemberStatus, RoleKind, SubjectKind
from models.meeting import Attendance, Meeting, PartyUnit, RoleAssignment
from models.roster import Member, Organisation
from services.rules.engine import compute_round
from services.rules.profiles import settings_for_year
from services.rules.types import (
    Denominator,
    QuotaBase,
    RoundInput,
    RoundResult,
    SubjectCounts,
    Threshold,
)
from tests.conftest import SEED_MEETING


def seed_file() -> dict[str, Any]:
    return json.loads(SEED_MEETING.read_text(encoding="utf-8"))


def round_results(document: dict[str, Any]) -> list[RoundResult]:
    rules = document.get("rules", {})
    default = Threshold(**rules.get("threshold", {}).get("default", {"num": 1, "den": 2}))
    thresholds = {level: Threshold(**rules["threshold"][level])
                  if level in rules.get("threshold", {}) else default for level in LEVELS}
    settings = settings_for_year(
        document["meeting"]["review_year"],
        denominator=Denominator(rules.get("denominator", "electorate")),
        cumulative=rules.get("cumulative", True),
        thresholds=MappingProxyType(thresholds),
        quota_percent=rules.get("quota", {}).get("percent", 20),
        quota_base=QuotaBase(rules.get("quota", {}).get("base", "good_and_above")),
    )
    roster = {m["id"]: m for m in document["members"]}
    roster.update({o["id"]: o for o in document["organisations"]})
    results = []
    for round_ in document["rounds"]:
        subjects = tuple(
            SubjectCounts(
                subject_id=s["id"],
                votes=MappingProxyType({Level(k): v for k, v in s["votes"].items()}),
                invalid_rows=s.get("invalid", 0),
                self_rating=Level(roster[s["id"]]["self_rating"])
                if roster[s["id"]].get("self_rating") else None,
                self_score=roster[s["id"]].get("self_score"),
            )
            for s in round_["subjects"]
        )
        ballots = round_["ballots"]
        results.append(compute_round(RoundInput(
            round_id=round_["id"], subject_kind=SubjectKind(round_["subject_kind"]),
            ballots_issued=ballots["issued"], ballots_returned=ballots["returned"],
            ballots_invalid=ballots["invalid"], subjects=subjects,
            electorate_convened=document["electorate"]["convened"],
            electorate_present=document["electorate"]["present"],
            body_kind=BodyKind(document["meeting"]["body_kind"]),
        ), settings))
    return results


def load_meeting(db: Database, document: dict[str, Any]) -> int:
    """The meeting file in the database: roster, roles, and the committee (members whose
    position names the committee) as the convened body, all present."""
    info = document["meeting"]
    committee = info["body_kind"] == "dang_uy"
    with db.session("test") as session, session.begin():
        unit = PartyUnit(name=info["party_unit"], superior=info["superior"])
        meeting = Meeting(party_unit=unit, title=info["title"], body=info["body"],
                          body_kind=BodyKind(info["body_kind"]),
                          review_year=info["review_year"],
                          date=dt.date.fromisoformat(info["date"]), place=info["place"],
                          venue=info["venue"])
        organisations = {o["id"]: Organisation(code=o["id"], name=o["name"], sort_order=n,
                                               self_rating=Level(o["self_rating"]))
                         for n, o in enumerate(document["organisations"])}
        meeting.organisations = list(organisations.values())
        members = {}
        for m in document["members"]:
            in_body = not committee or "Đảng ủy" in m["position"]
            member = Member(code=m["id"], full_name=m["name"], status=MemberStatus(m["status"]),
                            position=m["position"], self_score=m.get("self_score"),
                            self_rating=Level(m["self_rating"]) if m.get("self_rating") else None,
                            organisation=organisations.get(m.get("organisation", "")),
                            in_body=in_body)
            if in_body:
                member.attendance = Attendance(meeting=meeting)
            members[m["id"]] = member
        meeting.members = list(members.values())
        roles = [RoleAssignment(role=RoleKind.chair, member=members[info["chair"]]),
                 RoleAssignment(role=RoleKind.secretary, member=members[info["secretary"]])]
        roles += [RoleAssignment(role=RoleKind.teller, member=members[code], is_head=(n == 0),
                                 rank=n) for n, code in enumerate(info["tellers"])]
        meeting.roles = roles
        session.add(meeting)
        session.flush()
        return meeting.id
