"""Qt's ICU data, cut to what the program uses (Linux bundle).

PySide6's wheel carries ICU's whole data library, ``libicudata.so.NN`` (31 MB: every locale's names,
collations, transliterators and code-page converters). Qt uses ICU here for collation (QCollator: sorting
names in the file dialog and the lists), case mapping, normalisation, time zones and the break iterators.
The program speaks Thai and English, so the bundle keeps the data of the root locale, Thai and English and
every shared item, and drops the other locales, the legacy code-page converters and the items of the ICU
services Qt never calls (``UNUSED_BY_QT_FOLDERS``): about 3 MB instead of 31. The library is rebuilt from the cut data with ICU's own tools (``icupkg``,
``genccode`` from Debian's icu-devtools) and gcc, under the same name and entry symbol; the frozen
``--selftest`` checks Thai and English collation with it.

Windows is untouched: Qt there uses the ICU of Windows itself.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

#: Locales whose data stays (their parents are root, th, en).
KEEP_LOCALES = frozenset({"root", "th", "th_TH", "en", "en_US", "en_001", "en_GB"})
#: An item named after a locale: "de.res", "coll/zh_Hant.res", "coll/de_.res".
_LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
#: Items of every tree that are not a locale though they look like one.
_SHARED = frozenset({"res_index", "pool"})
TOOLS = ("nm", "objdump", "icupkg", "genccode", "gcc")


#: Items of ICU services that Qt does not call. Qt 6 (libQt6Core; QtGui and QtWidgets call no ICU) uses
#: only case mapping (u_strToLower/u_strToUpper), time zones (ucal_*), converters (ucnv_*) and collation
#: (ucol_*): ``nm -D --undefined-only libQt6Core.so.6``. Not used: the break iterators' rules and the
#: Thai, CJK, Khmer, Lao and Burmese dictionaries (Qt breaks Thai lines with libthai), the
#: transliterators, character names, confusable characters, locale display names (currency, unit,
#: language, region names), and IDNA's StringPrep profiles and UTS 46 data (Qt does its own IDNA). About
#: 5.8 MB.
UNUSED_BY_QT_FOLDERS = frozenset({"brkitr", "translit", "curr", "unit", "lang", "region"})
UNUSED_BY_QT_FILES = frozenset({"unames.icu", "confusables.cfu", "confusablesWholeScript.cfu", "uts46.nrm"})


def removable(item: str) -> bool:
    """Whether an item of the ICU data package ("coll/de.res", "ibm-1047_P100-1995.cnv") can go."""
    folder, _, name = item.rpartition("/")
    base, ext = os.path.splitext(name)
    if ext == ".cnv":  # code-page converters: Qt reads and writes UTF-8 and UTF-16 only, built into ICU
        return True
    if ext == ".spp":  # StringPrep profiles (rfc3491.spp …) and uts46.nrm: IDNA; Qt calls no usprep/uidna
        return True
    if folder.split("/")[0] in UNUSED_BY_QT_FOLDERS or item in UNUSED_BY_QT_FILES:
        return True
    if folder == "translit":
        return base not in ("root", *_SHARED)
    if ext == ".res" and _LOCALE_ITEM.match(base):
        return base not in KEEP_LOCALES and base not in _SHARED
    return False


def _run(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, cwd=cwd).stdout


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol, file offset, size) of the data blob ``icudtNN_dat`` in the library."""
    for line in _run("nm", "-D", "-S", str(library)).splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            address, size = int(parts[0], 16), int(parts[1], 16)
            for row in _run("objdump", "-h", str(library)).splitlines():
                cols = row.split()
                # Idx Name Size VMA LMA File-off Algn
                if len(cols) >= 7 and cols[0].isdigit():
                    vma, length, offset = int(cols[3], 16), int(cols[2], 16), int(cols[5], 16)
                    if vma <= address < vma + length:
                        return parts[3], address - vma + offset, size
    raise SystemExit(f"icu_data: no ICU data symbol in {library}")


def trimmed_icudata(library: Path, workdir: Path) -> Path:
    """A copy of ``library`` (libicudata.so.NN) holding only the data the program uses."""
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        raise SystemExit(
            f"icu_data: {', '.join(missing)} not found (Debian packages icu-devtools, gcc, binutils; "
            "see scripts/debian-packages.txt)"
        )
    symbol, offset, size = _data_symbol(library)
    package = symbol.removesuffix("_dat") + "l"  # icudt73l: the data's own name, little-endian
    if workdir.exists():
        shutil.rmtree(workdir)
    (workdir / "out").mkdir(parents=True)
    with library.open("rb") as fh:
        fh.seek(offset)
        (workdir / f"{package}.dat").write_bytes(fh.read(size))
    items = _run("icupkg", "-l", f"{package}.dat", cwd=workdir).split()
    (workdir / "remove.txt").write_text("".join(f"{i}\n" for i in items if removable(i)), encoding="ascii")
    # The output's file name is the package name its items are found under: it must stay icudtNNl.
    _run("icupkg", "-r", "remove.txt", f"{package}.dat", f"out/{package}.dat", cwd=workdir)
    _run("genccode", "-d", ".", f"out/{package}.dat", cwd=workdir)
    source = workdir / f"{package}_dat.c"
    # genccode names the symbol after the file (icudtNNl_dat); ICU looks for icudtNN_dat.
    source.write_text(
        re.sub(rf"\b{package}_dat\b", symbol, source.read_text(encoding="ascii")), encoding="ascii"
    )
    out = workdir / library.name
    _run("gcc", "-shared", "-nostdlib", "-o", str(out), f"-Wl,-soname,{library.name}", str(source))
    return out


def replace_icudata(binaries: list[tuple[str, str, str]], workdir: Path) -> list[tuple[str, str, str]]:
    """The bundle's binaries with Qt's ICU data library replaced by the cut one."""
    out = []
    for dest, src, kind in binaries:
        if re.fullmatch(r"libicudata\.so\.\d+", Path(dest).name):
            src = str(trimmed_icudata(Path(src), workdir))
        out.append((dest, src, kind))
    return out
