#!/usr/bin/env bash
# Smoke tests of the built bundle, run against the executable, never the source:
#
#     packaging/smoke.sh dist/hoinghi/hoinghi ../shared
#
# As on an office laptop: no Python on PATH, HOME under a folder whose name has Vietnamese letters
# and spaces. Checks that every headless command listed by `hoinghi -h` works, that the window
# starts offscreen, paints and stays up, and that an old database is backed up and migrated.
# Needs jq, pdffonts and sqlite3 (none of them Python). Prints one line per check and a closing
# "N passed, N failed" line; exits 1 when a check failed.
set -uo pipefail

EXE=$(realpath "${1:?usage: smoke.sh dist/hoinghi/hoinghi SHARED_DIR}")
SHARED=$(realpath "${2:?usage: smoke.sh dist/hoinghi/hoinghi SHARED_DIR}")
REPO=$(realpath "$(dirname "$0")/..")
MEETING="$SHARED/fixtures/tien-giang-2021.meeting.json"
EXPECTED="$SHARED/fixtures/tien-giang-2021.result.json"
OLD_DB=$(ls "$REPO"/tests/data/upgrade/*.sqlite | sort -V | head -n 1)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/Users/Nguyễn Văn A"
USB="$WORK/media/USB DISK/Hội nghị 2021"  # a meeting file on a removable stick
mkdir -p "$HOME" "$USB" "$WORK/bin"
# Only the tools this script calls: no Python anywhere on PATH.
for tool in jq pdffonts sqlite3 timeout sleep cmp diff grep sed awk tr cp rm ls mkdir cat sort head tail; do
  ln -s "$(command -v "$tool")" "$WORK/bin/$tool"
done
export PATH="$WORK/bin"
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
export LANG=C.UTF-8 LC_ALL=C.UTF-8
LOG="$HOME/.local/state/hoinghi/log/hoinghi.log"
DATA="$HOME/.local/share/hoinghi/hoinghi.sqlite"

passed=0
failed=0
check() {  # check NAME COMMAND...: one line per check
  local name=$1
  shift
  if "$@" >"$WORK/out" 2>&1; then
    passed=$((passed + 1))
    echo "ok   $name"
    sed -n 's/^note: /     /p' "$WORK/out"
  else
    failed=$((failed + 1))
    echo "FAIL $name"
    sed 's/^/     /' "$WORK/out" | head -n 30
  fi
}
run() { timeout 120 "$EXE" "$@"; }

no_python() { ! command -v python3 && ! command -v python; }

fonts_embedded() {  # every font of every PDF given is embedded (pdffonts' "emb" column)
  local pdf
  for pdf in "$@"; do
    pdffonts "$pdf" | tail -n +3 | awk -v f="$pdf" 'NF { n++; if ($(NF-4) != "yes") bad = 1 }
      END { if (!n || bad) { print f ": fonts not all embedded"; exit 1 } }' || return 1
  done
}

# The published result: every field of the reference exactly; the app adds only "details" and
# "warnings" to a round (and, for a stored meeting, its "state" and "revision").
published() { jq -S '{format, rounds: [.rounds[] | del(.details, .warnings, .state, .revision)]}' "$1"; }
same_result() { diff <(published "$1") <(published "$EXPECTED"); }

check_tally() {
  cp "$MEETING" "$USB/Hội nghị Tiền Giang.json"
  run tally "$USB/Hội nghị Tiền Giang.json" --json "$USB/kết quả.json" --pdf "$USB/kết quả.pdf" &&
    same_result "$USB/kết quả.json" && fonts_embedded "$USB/kết quả.pdf"
}

MEETING_ID=""
check_import() {
  MEETING_ID=$(run import "$USB/Hội nghị Tiền Giang.json") && [ -n "$MEETING_ID" ] &&
    [ -f "$DATA" ]
}

check_verify() { run verify && run verify --db "$DATA"; }

check_export() {  # exported, the meeting imports again into another database, intact
  run export "$MEETING_ID" "$USB/xuất.json" &&
    run --db "$WORK/laptop 2/hoinghi.sqlite" import "$USB/xuất.json" &&
    run --db "$WORK/laptop 2/hoinghi.sqlite" verify &&
    [ "$(jq -c .members "$USB/xuất.json")" = "$(jq -c .members "$MEETING")" ]
}

check_result() {
  run result "$MEETING_ID" --json "$WORK/result.json" --pdf "$WORK/result.pdf" &&
    same_result "$WORK/result.json" && fonts_embedded "$WORK/result.pdf"
}

check_documents() {
  run documents "$MEETING_ID" "$WORK/tài liệu" && ls "$WORK/tài liệu"/*.pdf &&
    fonts_embedded "$WORK/tài liệu"/*.pdf
}

check_ballot_scan() {  # the round's blank ballot printed, then read back: every row empty
  run ballot "$MEETING_ID" dang-vien "$WORK/phiếu trắng.pdf" &&
    fonts_embedded "$WORK/phiếu trắng.pdf" &&
    run scan "$MEETING_ID" dang-vien "$WORK/phiếu trắng.pdf" --json "$WORK/quét.json" &&
    jq -e '(.pages > 0) and (.refused == []) and (.subjects | length == 67)
           and all(.subjects[]; .invalid_rows == 1 and .doubtful == 0)' "$WORK/quét.json"
}

check_window() {  # offscreen: the window paints, stays up 5 s, logs no error; then terminated
  QT_QPA_PLATFORM=offscreen "$EXE" &
  local pid=$! waited=0
  until grep -q "Window painted" "$LOG" 2>/dev/null; do
    sleep 0.2
    waited=$((waited + 1))
    if [ $waited -gt 300 ] || ! kill -0 $pid 2>/dev/null; then
      echo "no first paint"; kill $pid 2>/dev/null; cat "$LOG"; return 1
    fi
  done
  sleep 5
  kill -0 $pid || { echo "the window closed by itself"; cat "$LOG"; return 1; }
  kill $pid
  wait $pid
  ! grep -E "Traceback|ERROR|CRITICAL" "$LOG"
}

check_upgrade() {  # a database of an earlier release: backed up as it was, migrated, intact
  local old="$HOME/Tài liệu/cũ.sqlite" before after backup
  mkdir -p "$HOME/Tài liệu"
  cp "$OLD_DB" "$old"
  cp "$OLD_DB" "$WORK/original.sqlite"
  before=$(sqlite3 "$old" "SELECT version_num FROM alembic_version ORDER BY 1")
  run verify --db "$old" || return 1
  after=$(sqlite3 "$old" "SELECT version_num FROM alembic_version ORDER BY 1")
  echo "note: ${OLD_DB##*/}: revisions" $before "→" $after
  if [ "$before" = "$after" ]; then
    echo "note: (the bundle has no migration newer than that file's)"
    return 0
  fi
  backup=$(ls "$HOME/Tài liệu/cũ-backups/"*.sqlite) &&
    cmp <(sqlite3 "$backup" .dump) <(sqlite3 "$WORK/original.sqlite" .dump) &&
    echo "note: backed up as it was: ${backup#"$HOME/"}"
}

check "no Python on PATH; HOME is $HOME" no_python
COMMANDS=$(run -h | sed -n 's/^ *{\([a-z,]*\)}.*/\1/p' | head -n 1 | tr ',' ' ')
echo "commands listed by -h: $COMMANDS"
check "-h lists the commands" test -n "$COMMANDS"
check "tally: the published result, a PDF with its fonts embedded" check_tally
check "import from a stick into the data folder" check_import
for command in $COMMANDS; do
  case $command in
    tally | import) ;;
    verify) check "verify: intact" check_verify ;;
    export) check "export, then import on another laptop: intact" check_export ;;
    result) check "result of the stored meeting" check_result ;;
    documents) check "documents of the stored meeting" check_documents ;;
    ballot) ;;  # with scan
    scan) check "a blank ballot printed, then read by scan" check_ballot_scan ;;
    *) check "a smoke test for the command $command" false ;;
  esac
done
check "the window starts offscreen and stays up" check_window
check "an old database is backed up, then migrated" check_upgrade

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
