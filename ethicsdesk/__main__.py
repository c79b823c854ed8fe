import sys

from ethicsdesk.cli import main

sys.exit(main())
