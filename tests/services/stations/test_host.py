"""The command a teller station types, as the host guide shows it: the server reached at this
laptop's address when it runs here, the password never shown."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from services.stations.host import host_command, station_command


def test_the_station_command_names_the_server_as_the_station_reaches_it() -> None:
    local = make_url("postgresql+psycopg://hoinghi:secret@/hoinghi?host=/run/pg&port=5433")
    assert station_command(local, "192.168.1.10") == (
        'hoinghi --db "postgresql+psycopg://hoinghi:MATKHAU@192.168.1.10:5433/hoinghi" '
        '--station "Tổ 2"')
    assert host_command(local) == \
        'hoinghi --db "postgresql+psycopg://hoinghi:MATKHAU@localhost:5433/hoinghi"'
    remote = make_url("postgresql+psycopg://ban:secret@10.0.0.5/hn2024")
    assert station_command(remote, "192.168.1.10", "Tổ 3") == (
        'hoinghi --db "postgresql+psycopg://ban:MATKHAU@10.0.0.5/hn2024" --station "Tổ 3"')
    # On the embedded file: the database the guide has the chair create.
    assert station_command(make_url("sqlite:////home/a/hoinghi.sqlite"), "10.1.1.2") == (
        'hoinghi --db "postgresql+psycopg://hoinghi:MATKHAU@10.1.1.2/hoinghi" --station "Tổ 2"')
