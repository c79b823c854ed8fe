"""Word and Excel files of the program's documents: the minutes as .docx, a plan version as .xlsx.

No Qt here: these writers run from the command line, the GUI, and the tests alike.
"""

from ethicsdesk.office.excel import write_plan_xlsx
from ethicsdesk.office.word import (
    BUNDLED_FONT,
    DEFAULT_FONT,
    write_minutes_docx,
)

__all__ = [
    "BUNDLED_FONT",
    "DEFAULT_FONT",
    "write_minutes_docx",
    "write_plan_xlsx",
]
