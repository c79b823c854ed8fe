"""gui"""

from ethicsdesk.gui import pyside_imports

# Before the window's modules and the libraries behind it are imported: see pyside_imports (0.10 s).
pyside_imports.install()
