"""A PostgreSQL database for the tests that need one: HOINGHI_PG_URL names an empty database the
test may reset (CI starts one; see .ci/run); those tests are skipped elsewhere."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import make_url, text

from models.database import Database, open_database

PG_URL = os.environ.get("HOINGHI_PG_URL")


@pytest.fixture
def pg() -> Iterator[Database]:
    assert PG_URL is not None
    reset = open_database(PG_URL, upgrade=False)
    with reset.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    reset.dispose()
    database = open_database(PG_URL)
    yield database
    database.dispose()


class Network:
    """A station's network to the PostgreSQL server, as a TCP relay on this machine: `cut()`
    closes every connection through it and refuses new ones (a pulled cable, a dead Wi-Fi),
    `restore()` lets them through again. `url` reaches the server through it."""

    def __init__(self, server_url: str) -> None:
        target = make_url(server_url)
        self.target = (target.host or "localhost", target.port or 5432)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = target.set(host="127.0.0.1", port=self.listener.getsockname()[1])
        self.up = True
        self.open: list[socket.socket] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            with self.lock:
                if not self.up:
                    client.close()
                    continue
                server = socket.create_connection(self.target)
                self.open += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        for end in (source, sink):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        with self.lock:
            self.up = False
            for end in self.open:
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
                end.close()
            self.open = []

    def restore(self) -> None:
        with self.lock:
            self.up = True

    def close(self) -> None:
        self.cut()
        self.listener.close()
