import sys

from ethicsdesk.cli import run

sys.exit(run())
