"""Thai first: the window's words come from Qt Linguist files (resources/translations/*.qm).

The source strings in the code are English; `ethicsdesk_th.qm` turns them into Thai, and
`qtbase_th.qm` does the same for Qt's own words (the text fields' context menu, and so on),
which the PySide6 wheel ships no Thai for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ethicsdesk.resources import resource_path

LANGUAGES = ("th", "en")
CATALOGUES = ("ethicsdesk", "qtbase")
TRANSLATOR_NAME = "ethicsdeskTranslator"
#: The application property holding the language the window speaks ("th" or "en").
LANGUAGE_PROPERTY = "ethicsdeskLanguage"


class Translations:
    """The translators installed for the current language."""

    def install(self, lang: str) -> bool:
        """Switch the application to ``lang``; False when a Thai catalogue is missing (English shows)."""
        app = QCoreApplication.instance()
        assert app is not None
        app.setProperty(LANGUAGE_PROPERTY, lang)  # read by file_dialogs for the dates it shows
        for tr in app.findChildren(QTranslator, TRANSLATOR_NAME):  # ours, whoever installed them
            app.removeTranslator(tr)
            tr.deleteLater()
        if lang == "en":
            return True
        ok = True
        for name in CATALOGUES:
            tr = QTranslator(app)
            tr.setObjectName(TRANSLATOR_NAME)
            path = resource_path("translations", f"{name}_{lang}.qm")
            if tr.load(str(path)):
                app.installTranslator(tr)
            else:
                ok = False
        return ok
