# Replaces PyInstaller's hook for PySide6.QtGui: the same collection, less the Qt plugins and translations
# the program does not use (packaging/bundle_rules.py), so that their libraries are never analysed either.
from bundle_rules import keep_hook_toc
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = keep_hook_toc(binaries)
datas = keep_hook_toc(datas)
