"""The bundle's cut ICU data (packaging/icu_data.py): the rules keep Thai, English and the shared items,
and Qt sorts Thai and English with the rebuilt library."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icu_data", REPO / "packaging" / "icu_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("item", "goes"),
    [
        ("de.res", True),
        ("coll/zh_Hant.res", True),
        ("coll/de_.res", True),
        ("ibm-1047_P100-1995.cnv", True),
        ("translit/Latin_Katakana.res", True),
        ("th.res", False),
        ("coll/th.res", False),
        ("coll/root.res", False),
        ("en_US.res", False),
        ("coll/res_index.res", False),
        ("coll/ucadata.icu", False),
        ("zoneinfo64.res", False),
        ("zone/pool.res", False),  # time zone names (QTimeZone::displayName)
        ("cnvalias.icu", False),
        # ICU services Qt never calls (break iterators, transliterators, display names, character names)
        ("curr/pool.res", True),
        ("brkitr/thaidict.dict", True),
        ("brkitr/root.res", True),
        ("translit/root.res", True),
        ("unames.icu", True),
        ("rfc3491.spp", True),  # IDNA (usprep, uidna): Qt does its own
        ("uts46.nrm", True),
        ("nfkc.nrm", False),
    ],
)
def test_what_is_cut(item: str, goes: bool) -> None:
    assert _module().removable(item) is goes


def _qt_icudata() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 carries no ICU data library (not Linux)")
    return found[0]


PROBE = """
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QTimeZone
app = QCoreApplication([])
thai = QCollator(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
english = QCollator(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
print(sorted(["ฮูก", "ไก่", "ขวด", "กบ", "งู"], key=thai.sortKey), english.compare("apple", "Banana") < 0)
# the other ICU services Qt calls: case mapping by locale, time zone names
print(QLocale(QLocale.Language.Turkish).toUpper("i"), QLocale(QLocale.Language.Thai).toUpper("abc"))
print(QTimeZone(b"Asia/Bangkok").displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("en_US")))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the ICU data library is Linux's")
def test_qt_sorts_thai_and_english_with_the_cut_data(tmp_path: Path) -> None:
    source = _qt_icudata()
    cut = _module().trimmed_icudata(source, tmp_path / "icu")
    assert cut.name == source.name
    assert cut.stat().st_size < source.stat().st_size / 3
    env = {**os.environ, "LD_PRELOAD": str(cut), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True)
    lines = out.stdout.strip().splitlines()
    assert lines[0] == "['กบ', 'ไก่', 'ขวด', 'งู', 'ฮูก'] True", out.stderr
    assert lines[1] == "İ ABC", out.stderr  # Turkish dotted capital I: ICU's case mapping by locale
    assert lines[2] == "Indochina Time", out.stderr
    assert "collator" not in out.stderr.lower()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the ICU data library is Linux's")
def test_the_probe_fails_without_collation_data(tmp_path: Path) -> None:
    """The check above can fail: with the collation items cut too, Qt no longer sorts Thai."""
    module = _module()
    source = _qt_icudata()
    original = module.removable
    module.__dict__["removable"] = lambda item: original(item) or item.startswith("coll/")
    cut = module.trimmed_icudata(source, tmp_path / "icu")
    env = {**os.environ, "LD_PRELOAD": str(cut), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() != "['กบ', 'ไก่', 'ขวด', 'งู', 'ฮูก'] True"
