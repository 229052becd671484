"""Kịch bản điều hành: the chair's script for the whole meeting as one printed document, to read
from before and during the meeting (the facts known when printed, dots for the rest)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from services.documents.blocks import para, styles, title_block
from services.documents.marks import PageMarks
from services.documents.meeting_info import meeting_info
from services.documents.page import Progress, build_pdf
from services.proceedings.chair_script import StepScript, step_scripts

TITLE = "Kịch bản điều hành hội nghị"


def chair_script_story(meeting_title: str, place_and_date: str,
                       scripts: list[StepScript]) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [*title_block(TITLE, meeting_title),
                             para(place_and_date, s.italic_centre)]
    for script in scripts:
        story.append(para(f"Bước {script.step}. {script.title}", s.heading))
        story += [para(line, s.body) for line in script.text.split("\n") if line.strip()]
    return story


def render_chair_script(session: Session, meeting_id: int, target: Path | BinaryIO,
                        progress: Progress | None = None) -> None:
    info = meeting_info(session, meeting_id)
    story = chair_script_story(info.title, info.header.place_and_date,
                               step_scripts(session, meeting_id))
    build_pdf(target, story, title=TITLE, marks=PageMarks(), progress=progress)
