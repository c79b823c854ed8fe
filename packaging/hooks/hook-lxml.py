# Replaces pyinstaller-hooks-contrib's hook for lxml, which collects every lxml submodule (objectify,
# html, isoschematron: 4 MB): python-docx and openpyxl use lxml.etree only.
hiddenimports = ["lxml.etree", "lxml._elementpath"]
