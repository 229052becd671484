"""The documents' modules (reportlab, python-docx: about a second to import) read in the
background once the meeting is on screen, so that opening the documents window does not wait
for them. No Qt object there: only the services' modules.

Two threads importing the same modules at once can deadlock on Python's import locks, so
whatever imports them on the GUI thread first waits for the warm-up (`documents_imported`)."""

from __future__ import annotations

import importlib
import threading

DOCUMENT_MODULES = "services.documents.catalogue"  # what the documents window imports
_started: list[threading.Thread] = []


def warm_up_documents() -> None:
    if _started:
        return
    thread = threading.Thread(target=importlib.import_module, args=(DOCUMENT_MODULES,),
                              name="documents warm-up", daemon=True)
    _started.append(thread)
    thread.start()


def documents_imported() -> None:
    """Waits until the warm-up (if begun) has imported the documents' modules."""
    for thread in _started:
        thread.join()
