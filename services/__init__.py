"""The domain, Qt-free, in folders by capability; each imports only the folders below it
(checked by import-linter, pyproject.toml):

    documents/     the printed papers (PDF, .docx)
    integrity/     the audit log's check, undo and redo, backups
    meeting_file/  the meeting file: its format, its store, its tally
    proceedings/   opening and closing, status, room screen, announcement, chair's script
    ballot/        ballot entry, stored rounds' results, fingerprints
    review/        collective and individual reviews, speaking clock, drafts and comments
    meeting/       set-up and roster, agenda, attendance and electorate, approvals
    rules/         from counts to levels (the rules engine), stored rule settings
    common/        text, numbers, the words of the codes, office files, the refusal base
"""
