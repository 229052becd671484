"""The printed documents (reportlab PDF; python-docx for the minutes and result sheet), Qt-free.

Each document renders from a plain, typed data record (`TellersReportData`, `MinutesData`, ...)
built by a small collector from the database (`build_*_data`, with the rounds named by
services/ballot/reported.py) or from a meeting file (`render_tally_pdf`), so it can be tested
and rendered off the GUI thread; every `render_*` takes a path or binary stream and an optional
progress callback (page numbers).

Import from the modules themselves (`services.documents.minutes`, `.tellers_report`,
`.result_sheet`, `.comments_digest`, `.ballot_paper`, `.attendance_list`, `.tally`,
`.docx_export`, `.catalogue`); this package imports nothing, so that the data collectors
(`.marks`, `.meeting_info`) load without reportlab. The top folder of services/: it may import
every other.
"""
