"""The program the crash test kills: open the workspace as the desktop program does (lock, backup on
open), then edit it without end, printing "saved N" once edit N is committed; every few steps, import
the sample into a second file from scratch and print "imported N" once that is committed.

    python crash_worker.py WORKSPACE SECOND_FILE SEED

With ETHICSDESK_CRASH_HANG_IN_IMPORT=1 it prints "importing" once the first import has written all its
rows, and waits there, inside the import's transaction, to be killed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from crash_edits import edits

from ethicsdesk.interchange import import_workspace
from ethicsdesk.sample import sample_source
from ethicsdesk.services import Services
from ethicsdesk.storage import open_workspace
from ethicsdesk.storage.backup import backup_on_open


def _hang_in_import() -> None:
    from ethicsdesk.interchange import reader

    run = reader.Importer.run

    def run_then_hang(self: Any, data: dict[str, Any]) -> None:
        run(self, data)
        self.s.flush()
        print("importing", flush=True)
        time.sleep(60)

    reader.Importer.run = run_then_hang


def main(path: Path, second: Path, seed: int) -> None:
    if os.environ.get("ETHICSDESK_CRASH_HANG_IN_IMPORT"):
        _hang_in_import()
    document = sample_source().read_bytes()
    print("start", flush=True)
    ws = open_workspace(path, lock=True)
    backup_on_open(path)
    print("ready", flush=True)
    for step, kind in edits(Services(ws), seed):
        if kind == "import":
            for leftover in (second, second.with_name(second.name + "-journal")):
                leftover.unlink(missing_ok=True)
            target = open_workspace(second, create=True)
            try:
                import_workspace(target, document)
            finally:
                target.close()
            print(f"imported {step}", flush=True)
        else:
            print(f"saved {step}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
