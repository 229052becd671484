"""Setting up the chair's laptop as the host of teller stations: the addresses others reach it
at, and the command line a station types (shown by the app's guide, ui/dialogs/host_guide.py).

The password is never shown: the guide writes a placeholder the chair fills in by voice.
"""

from __future__ import annotations

import contextlib
import socket

from sqlalchemy.engine import URL, make_url

PASSWORD = "MATKHAU"  # typed in a URL: ASCII, so that it reads as it is
DEFAULT_URL = make_url("postgresql+psycopg://hoinghi@localhost/hoinghi")
LOCAL_HOSTS = {None, "", "localhost", "127.0.0.1", "::1"}


def lan_addresses() -> list[str]:
    """This laptop's IPv4 addresses on its networks (no loopback), the route out first."""
    found: list[str] = []
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:  # no packet is sent: connecting a UDP socket only picks the route
        probe.connect(("10.254.254.254", 1))
        found.append(probe.getsockname()[0])
    except OSError:
        pass
    finally:
        probe.close()
    with contextlib.suppress(OSError):
        found += socket.gethostbyname_ex(socket.gethostname())[2]
    return list(dict.fromkeys(a for a in found if not a.startswith("127.")))


def server_url(url: URL) -> URL:
    """The database the stations join: this one when it is a PostgreSQL server, else the one
    the guide proposes to create."""
    return url if url.get_backend_name() == "postgresql" else DEFAULT_URL


def _typed(url: URL, host: str) -> str:
    """`url` as a person types it: user, placeholder password, host, port, database."""
    port = url.port or url.query.get("port")
    user = f"{url.username}:{PASSWORD}@" if url.username else ""
    return f"{url.drivername}://{user}{host}{f':{port}' if port else ''}/{url.database or ''}"


def station_url(url: URL, address: str) -> str:
    """The URL a station types: the server's, reached at `address` when it runs on this laptop
    (or behind a local socket), the password a placeholder, this window's settings left out."""
    url = server_url(url)
    local = url.host in LOCAL_HOSTS or str(url.query.get("host", "")).startswith("/")
    return _typed(url, address if local else str(url.host))


def station_command(url: URL, address: str, station: str = "Tổ 2") -> str:
    return f'hoinghi --db "{station_url(url, address)}" --station "{station}"'


def host_command(url: URL) -> str:
    """How the chair's window starts on the server (on this laptop)."""
    return f'hoinghi --db "{_typed(server_url(url), "localhost")}"'
