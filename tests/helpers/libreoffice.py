"""LibreOffice itself, headless, pressing "Accept all" and "Reject all" on a .docx with tracked
changes: what a secretary sees when she opens the revised draft, rather than our reading of the
XML. A Basic macro in a throw-away user profile does the work (Basic needs nothing beyond
`soffice`, unlike Python-UNO); it reads its paths from the environment, since a macro URL on the
command line takes no arguments."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

SOFFICE = shutil.which("soffice")

MACRO = """
Function Opened(path As String) As Object
  Dim hidden(0) As New com.sun.star.beans.PropertyValue
  hidden(0).Name = "Hidden"
  hidden(0).Value = True
  Opened = StarDesktop.loadComponentFromURL(ConvertToURL(path), "_blank", 0, hidden())
  Opened.CurrentController.ViewSettings.ShowAnnotations = False
End Function

Sub Dispatched(doc As Object, command As String)
  Dim none() As New com.sun.star.beans.PropertyValue
  createUnoService("com.sun.star.frame.DispatchHelper").executeDispatch( _
    doc.CurrentController.Frame, command, "", 0, none())
End Sub

Sub SavedAsText(doc As Object, path As String)
  Dim args(1) As New com.sun.star.beans.PropertyValue
  args(0).Name = "FilterName"
  args(0).Value = "Text (encoded)"
  args(1).Name = "FilterOptions"
  args(1).Value = "UTF8,LF"
  doc.storeToURL(ConvertToURL(path), args())
End Sub

Sub Listed(doc As Object, path As String)
  Dim f As Integer, r As Object, fields As Object, field As Object
  f = FreeFile
  Open path For Output As #f
  Print #f, "file" & Chr(9) & doc.DocumentProperties.Title & Chr(9) & _
    doc.DocumentProperties.Author & Chr(9) & Shown(doc.DocumentProperties.CreationDate)
  For Each r In doc.Redlines
    Print #f, "change" & Chr(9) & r.RedlineType & Chr(9) & r.RedlineAuthor & Chr(9) & _
      Shown(r.RedlineDateTime)
  Next r
  fields = doc.TextFields.createEnumeration()
  Do While fields.hasMoreElements()
    field = fields.nextElement()
    If field.supportsService("com.sun.star.text.TextField.Annotation") Then
      Print #f, "comment" & Chr(9) & field.Author & Chr(9) & Shown(field.DateTimeValue) & _
        Chr(9) & field.Content
    End If
  Loop
  Close #f
End Sub

Function Shown(d As Object) As String
  Shown = Format(d.Year, "0000") & "-" & Format(d.Month, "00") & "-" & Format(d.Day, "00") & _
    "T" & Format(d.Hours, "00") & ":" & Format(d.Minutes, "00")
End Function

Sub Main
  Dim source As String, out As String, doc As Object
  source = Environ("HOINGHI_LO_IN")
  out = Environ("HOINGHI_LO_OUT")
  doc = Opened(source)
  Listed(doc, out & "/changes.tsv")
  Dispatched(doc, ".uno:AcceptAllTrackedChanges")
  SavedAsText(doc, out & "/accepted.txt")
  Listed(doc, out & "/accepted.tsv")
  doc.close(True)
  doc = Opened(source)
  Dispatched(doc, ".uno:RejectAllTrackedChanges")
  SavedAsText(doc, out & "/rejected.txt")
  doc.close(True)
  StarDesktop.terminate()
End Sub
"""

MODULE = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"'
          ' script:language="StarBasic">{}</script:module>\n')


@dataclass(frozen=True)
class Properties:
    """File › Properties: the title, the author, when it was created (local time)."""

    title: str
    author: str
    created: str  # "2022-01-07T10:15", as LibreOffice shows it


@dataclass(frozen=True)
class Change:
    kind: str  # "Insert", "Delete", …
    author: str
    date: str


@dataclass(frozen=True)
class Comment:
    author: str
    date: str
    text: str


@dataclass(frozen=True)
class Pressed:
    """What LibreOffice shows of a .docx: its changes and comments as opened, its text after
    "Accept all" (with the comments left then) and after "Reject all"."""

    properties: Properties
    changes: tuple[Change, ...]
    comments: tuple[Comment, ...]
    accepted: list[str]
    comments_after_accept: tuple[Comment, ...]
    rejected: list[str]


def _listed(path: Path) -> tuple[Properties, tuple[Change, ...], tuple[Comment, ...]]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line]
    return (next(Properties(*row[1:]) for row in rows if row[0] == "file"),
            tuple(Change(*row[1:]) for row in rows if row[0] == "change"),
            tuple(Comment(*row[1:]) for row in rows if row[0] == "comment"))


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8-sig").splitlines()


def press_accept_and_reject_all(document: Path, work: Path) -> Pressed:
    """Open `document` in LibreOffice (headless, a fresh profile under `work`) and press "Accept
    all" on it, then, opened again, "Reject all"."""
    assert SOFFICE is not None
    profile = work / "profile"
    command = [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}"]
    # The first start writes the profile, with an empty Standard library; our module goes in after.
    subprocess.run([*command, "--terminate_after_init"], check=True, timeout=120,
                   capture_output=True)
    library = profile / "user" / "basic" / "Standard"
    (library / "Module1.xba").write_text(MODULE.format(escape(MACRO)), encoding="utf-8")
    out = work / "out"
    out.mkdir()
    environment = {**os.environ, "HOINGHI_LO_IN": str(document), "HOINGHI_LO_OUT": str(out)}
    done = subprocess.run([*command, "macro:///Standard.Module1.Main"], timeout=120,
                          capture_output=True, text=True, env=environment, check=False)
    # A -nogui build lacks the dialogs' .ui files and aborts once a document with comments gets
    # a view ("NoSuchElementException"): install libreoffice-writer.
    assert done.returncode == 0, f"soffice ended with {done.returncode}: {done.stderr[-600:]}"
    return Pressed(*_listed(out / "changes.tsv"), _lines(out / "accepted.txt"),
                   _listed(out / "accepted.tsv")[2], _lines(out / "rejected.txt"))
