"""Write resources/wordlists/thai-words.cp874.zlib from the installed PyThaiNLP's word lists.

    python scripts/compile_word_lists.py

Rerun it after upgrading PyThaiNLP (tests/pdf/test_word_lists.py fails while the file is stale). The same
PyThaiNLP gives the same file. See ethicsdesk/pdf/typeset/word_lists.py for the format.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ethicsdesk.pdf.typeset import word_lists


def main() -> int:
    target = word_lists.path()
    target.parent.mkdir(parents=True, exist_ok=True)
    lists = word_lists.from_pythainlp()
    target.write_bytes(word_lists.compile_bytes(lists))
    counts = ", ".join(f"{name} {len(words)}" for name, words in zip(lists._fields, lists, strict=True))
    print(f"{target}: {target.stat().st_size} bytes ({counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
