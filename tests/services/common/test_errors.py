"""Every error a service raises for a person's input is a Refusal: the window shows those as
messages and anything else as a bug."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import services
from services.common.errors import Refusal
from services.rules.types import Problem, RefusedError


def service_errors() -> list[type[BaseException]]:
    found = []
    for info in pkgutil.walk_packages(services.__path__, "services."):
        module = importlib.import_module(info.name)
        found += [cls for _name, cls in inspect.getmembers(module, inspect.isclass)
                  if issubclass(cls, BaseException) and cls.__module__ == info.name]
    return found


def test_every_service_error_is_a_refusal() -> None:
    errors = service_errors()
    assert {cls.__name__ for cls in errors} >= {"DraftError", "SetupError", "RefusedError",
                                               "UndoError", "BackupError", "ApprovalError"}
    assert [cls.__name__ for cls in errors if not issubclass(cls, Refusal)] == []


def test_a_refusal_says_what_and_where() -> None:
    error = RefusedError([Problem("dang-vien / m18", "số phiếu vượt số phát ra"),
                          Problem("dang-vien", "thiếu phiếu")])
    assert error.where == "dang-vien / m18"
    assert error.message == str(error) == ("dang-vien / m18: số phiếu vượt số phát ra\n"
                                           "dang-vien: thiếu phiếu")


def test_a_round_refusal_names_the_subject_and_keeps_the_ids_for_the_command_line() -> None:
    """Issue 13: the window shows the error's message; the command line prints each problem."""
    error = RefusedError([Problem("dang-vien / m18", "số phiếu vượt số phát ra", "Lê Văn Tám",
                                  "row_sum"),
                          Problem("dang-vien", "vòng đã khóa", code="round_action")])
    assert str(error) == "Lê Văn Tám: số phiếu vượt số phát ra\nvòng đã khóa"
    assert [str(p) for p in error.problems] == ["dang-vien / m18: số phiếu vượt số phát ra",
                                                "dang-vien: vòng đã khóa"]
