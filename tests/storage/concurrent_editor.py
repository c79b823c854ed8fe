"""One officer's program for tests/storage/test_concurrency.py: shows a record, then edits it, N times.

    python -m tests.storage.concurrent_editor URL TAG SEED START_AT EDITS

Prints one JSON line per edit: the person, the value written, whether it was saved (with the row
version it got) or refused (with the message). Runs as its own process: a real second program.
"""

from __future__ import annotations

import json
import random
import sys
import time

from ethicsdesk.services import Services
from ethicsdesk.storage import open_workspace
from ethicsdesk.storage.concurrency import ConcurrentEdit


def main(url: str, tag: str, seed: int, start_at: float, edits: int) -> int:
    ws = open_workspace(url)
    services = Services(ws)
    ids = sorted(p.id for p in services.roster.people() if p.id is not None)[:3]
    rnd = random.Random(seed)
    time.sleep(max(0.0, start_at - time.time()))
    try:
        for i in range(edits):
            person_id = rnd.choice(ids)
            shown = services.roster.person(person_id).row_version  # what the window shows
            time.sleep(rnd.uniform(0.0, 0.004))  # the officer types
            value = f"{tag}-{i:03d}"
            line: dict[str, object] = {"person": person_id, "value": value, "shown": shown}
            try:
                saved = services.roster.update_person(person_id, first_name=value)
                line.update(ok=True, version=saved.row_version)
            except ConcurrentEdit as exc:
                line.update(ok=False, th=exc.th, en=exc.en)
            print(json.dumps(line, ensure_ascii=False), flush=True)
    finally:
        ws.close()
    return 0


if __name__ == "__main__":
    url, tag, seed, start_at, edits = sys.argv[1:6]
    sys.exit(main(url, tag, int(seed), float(start_at), int(edits)))
