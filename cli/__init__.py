"""The headless commands of main.py: argument parsing, printing and exit codes. The work itself is
plain functions in services/."""
