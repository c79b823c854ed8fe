"""What goes into the frozen bundle and what is left out: the rules shared by build.spec, the hooks in
packaging/hooks and the tests (tests/packaging). Plain Python, no PyInstaller import, so it loads fast.

Paths are compared part by part and case-insensitively, so the rules hold on Windows (``\\`` separators,
a case-insensitive file system) as on Linux.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path, PurePath

# -- data the program opens at run time (and where it looks for it) ----------------------------------------
#: (folder in the repository, glob, folder in the bundle). ethicsdesk/resources.py and
#: ethicsdesk/pdf/typeset/fonts.py look in sys._MEIPASS/fonts and sys._MEIPASS/resources; Alembic loads the
#: migrations from files beside ethicsdesk/storage/migrate.py (MIGRATIONS_DIR).
PROJECT_DATA: tuple[tuple[str, str, str], ...] = (
    ("fonts", "*.ttf", "fonts"),
    ("fonts", "OFL.txt", "fonts"),
    ("resources/translations", "*.qm", "resources/translations"),
    ("resources/sample", "*.json", "resources/sample"),
    ("resources/help", "*.html", "resources/help"),
    ("resources/wordlists", "*.zlib", "resources/wordlists"),
    ("ethicsdesk/storage/migrations", "env.py", "ethicsdesk/storage/migrations"),
    ("ethicsdesk/storage/migrations", "script.py.mako", "ethicsdesk/storage/migrations"),
    ("ethicsdesk/storage/migrations/versions", "*.py", "ethicsdesk/storage/migrations/versions"),
)
MIGRATIONS = "ethicsdesk/storage/migrations"

#: PyThaiNLP corpus files the program reads: importing pythainlp.util reads the stop words; default_db.json is
#: PyThaiNLP's catalogue. The word lists the line breaker uses (Thai words, personal names, ICU's words:
#: 2.5 MB of text) come precompiled in resources/wordlists (ethicsdesk/pdf/typeset/word_lists.py, 0.4 MB).
#: The other 60 MB (models, Wikipedia titles, WordNet …) are never used.
PYTHAINLP_CORPUS: tuple[str, ...] = (
    "stopwords_th.txt",
    "default_db.json",
)

#: Packages whose data files are read at run time: ReportLab opens its own fonts (Vera.ttf …) and
#: python-docx its template; openpyxl's hook collects its own.
DATA_PACKAGES: tuple[str, ...] = ("reportlab", "docx")

#: Modules also kept as source files beside the archive: python-docx finds its templates through
#: ``docx/parts/../templates``, which needs the folder docx/parts to exist in the bundle.
MODULE_COLLECTION_MODE: dict[str, str] = {"docx.parts": "pyz+py"}

#: Distributions whose metadata is read at run time (`ethicsdesk --version` names their versions).
METADATA: tuple[str, ...] = (
    "reportlab",
    "pythainlp",
    "uharfbuzz",
    "sqlmodel",
    "SQLAlchemy",
    "alembic",
    # pyHanko names its version in every signature (pyhanko.version reads nothing; kept for --version)
    "pyHanko",
)

#: Always imported by Alembic while it runs the migrations (beside what the migration files import).
ALEMBIC_RUNTIME: tuple[str, ...] = (
    "alembic.runtime.migration",
    "alembic.runtime.environment",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "alembic.op",
    "alembic.context",
)

#: The PostgreSQL driver for server workspaces (ethicsdesk/storage/server.py) in the bundle. Measured on
#: 2026-12-04: psycopg 3.3 with psycopg_binary (libpq, libssl, Kerberos, LDAP inside) adds 11.9 MB
#: (158.2 -> 170.1 MB then). It is in by default: the installed program opens server workspaces. With it
#: the bundle is 119.7 MB (issue 16; the limit is 120 MB), its OpenSSL shared with Python's ssl module.
#: ETHICSDESK_BUNDLE_SERVER_DRIVER=0 builds without it (the frozen program then says it has no driver).
SERVER_DRIVER = os.environ.get("ETHICSDESK_BUNDLE_SERVER_DRIVER", "1") != "0"
#: SQLAlchemy loads its dialect by name from the URL, and psycopg its C implementation by name too.
SERVER_IMPORTS: tuple[str, ...] = (
    "alembic.ddl.postgresql",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
    "psycopg_binary",
    "psycopg_binary.pq",
    "psycopg_binary._psycopg",
)
SERVER_MODULES: tuple[str, ...] = ("psycopg", "psycopg_binary", "psycopg_c", "psycopg_pool")

# -- what the program does not use -------------------------------------------------------------------------
#: Python modules never imported by the program: development and test tools, Qt modules other than
#: QtCore/QtGui/QtWidgets (PySide6's hooks would otherwise follow links to QtQml, QtQuick, WebEngine …),
#: and the Pillow codecs ReportLab never needs (ReportLab imports PIL.Image; the program draws no images).
EXCLUDES: tuple[str, ...] = (
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "pypdf",
    "IPython",
    "numpy",
    # nothing runs in a second process; without it PyInstaller's multiprocessing run-time hook (20 ms of
    # imports at every start) is left out too
    "multiprocessing",
    # database dialects the program never speaks (it speaks SQLite; PostgreSQL stays for a server workspace)
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.oracle",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    # QtPdf/QtPrintSupport (the in-program print preview) stay out: with QtNetwork, which QtPdf links, the
    # bundle passes 160 MB; the frozen program opens the PDF in the system viewer (gui/preview.py falls back)
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtDBus",
    "PySide6.QtPrintSupport",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtHelp",
    "PySide6.QtCharts",
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    # ssl/_ssl/_hashlib (and OpenSSL's libcrypto/libssl) stay IN: pyHanko (signed minutes, ethicsdesk/signing)
    # imports aiohttp, and so ssl, whenever it signs (pyhanko.sign.timestamps), though nothing goes online
    # (pyhanko_certvalidator's aiohttp fetchers import ssl unconditionally: checked 2026-12-04). aiohttp's
    # compiled HTTP parser, header writer and websocket reader (0.9 MB) go: nothing goes online, and
    # aiohttp falls back to its pure-Python versions when they are missing
    "aiohttp._http_parser",
    "aiohttp._http_writer",
    "aiohttp._websocket.reader_c",
    # an interactive console's line editing (and libreadline/libtinfo); Chinese/Japanese/Korean codecs
    "readline",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_multibytecodec",
    # optional extras of libraries, on paths the program never takes: Mako's syntax highlighting of
    # template errors (Pygments, 4 MB), ReportLab's guessing of an XMP file's encoding
    "pygments",
    "mako.ext",
    "charset_normalizer",
    # pulled in by pyHanko's dependencies, never imported while signing or validating (checked with
    # sys.modules after a signature and its validation): setuptools/pkg_resources (4 MB), oscrypto
    "setuptools",
    "pkg_resources",
    "oscrypto",
    # ReportLab's charts and drawings (0.3 MB; reportlab.lib.validators imports them only to check a
    # drawing's shapes), pydantic's mypy plugin (it needs mypy), and the standard library's test and
    # debugging tools
    "reportlab.graphics",
    "pydantic.mypy",
    "doctest",
    "pdb",
    "bdb",
    # compiled speed-ups of aiohttp's helpers (0.3 MB), which fall back to their pure-Python versions when
    # these are missing (as aiohttp's own parsers above); nothing goes online
    "yarl._quoting_c",
    "frozenlist._frozenlist",
    "propcache._helpers_c",
    # aiohttp's web server and its test tools (the program is no server); pydantic's copy of its version 1
    # (0.25 MB: pydantic imports it only for a type that has v1's __get_validators__, which none here has)
    "aiohttp.web",
    "aiohttp.worker",
    "aiohttp.test_utils",
    "aiohttp.pytest_plugin",
    "pydantic.v1",
    # ReportLab's AcroForm fields, PDF encryption, random demo text and the glyph-name list its Type 1
    # font loader needs (its Type 1 fonts are left out above); SQLAlchemy's asyncio extension (it needs
    # greenlet; the program is synchronous) and its deprecated "baked" queries
    "reportlab.pdfbase.acroform",
    "reportlab.lib.pdfencrypt",
    "reportlab.lib.randomtext",
    "reportlab.pdfbase._glyphlist",
    "sqlalchemy.ext.asyncio",
    "sqlalchemy.ext.baked",
    # the C version of decimal (0.37 MB): Python's decimal falls back to its own pure-Python version,
    # which computes the same; the program does little arithmetic with decimals (money is whole baht)
    "_decimal",
) + (() if SERVER_DRIVER else SERVER_MODULES)


def _pil_image_plugins() -> tuple[str, ...]:
    """Pillow's image file formats (PIL.*ImagePlugin, 0.3 MB): ReportLab imports PIL.Image, and Pillow loads
    a format's plugin only to open or save an image file (each in a try: a missing one is skipped). The
    program draws no images."""
    import importlib.util

    spec = importlib.util.find_spec("PIL")
    if spec is None or not spec.submodule_search_locations:
        return ()
    folder = Path(next(iter(spec.submodule_search_locations)))
    return tuple(sorted(f"PIL.{p.stem}" for p in folder.glob("*ImagePlugin.py")))


EXCLUDES += _pil_image_plugins()

#: Qt plugins kept, by plugin folder; every other plugin (and folder) is dropped. Platforms: offscreen
#: (self-test, measurements), xcb (X11 desktops, and Wayland desktops through XWayland) with its GL
#: integrations, windows; minimal for diagnostics. Input contexts: typing Thai through IBus or compose
#: keys on Linux desktops (0.2 MB). Styles: the native look on Windows. Not kept: image formats and icon
#: engines (the program shows no images; PNG is built into QtGui), platform themes (GTK3 would pull in
#: 15 MB of GTK libraries), Wayland, EGLFS/VNC/linuxfb, the virtual keyboard (QML), TLS/network.
KEEP_QT_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"qoffscreen", "qxcb", "qminimal", "qwindows"}),
    "xcbglintegrations": frozenset({"qxcb-glx-integration", "qxcb-egl-integration"}),
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle"}),
}

#: Libraries left out by name (stem, lower case, without "lib"): Qt modules the program does not use, and
#: Qt's software OpenGL for Windows (20 MB; the widgets draw without OpenGL).
DROP_LIBRARIES: tuple[str, ...] = (
    "qt6qml",
    "qt6quick",
    "qt6wayland",
    "qt6wlshellintegration",
    "qt6virtualkeyboard",
    "qt6pdf",
    "qt6svg",
    "qt6network",
    "qt6opengl",
    "qt6eglfs",
    "qt6designer",
    "qt6labs",
    "qt6webengine",
    "qt6webchannel",
    "opengl32sw",
)

#: Linux: libraries of the system's graphics and font stack, which the README's Debian packages install
#: (Qt's list, scripts/debian-packages.txt). One copy each, the system's, so that the bundle does not mix
#: its own X11/xcb/fontconfig with the system's Mesa and font configuration. libthai (Qt's Thai line
#: breaking) is loaded by Qt at run time with its dictionary from /usr/share/libthai: system too.
#: libstdc++/libgcc_s (Debian installs them everywhere: apt needs them): the system's, because its Mesa GL
#: drivers, which Qt's xcb plugin loads, need a libstdc++ at least as new as they are.
LINUX_SYSTEM_LIBRARIES: tuple[str, ...] = (
    "stdc++",
    "gcc_s",
    "x11",
    "x11-xcb",
    "xau",
    "xdmcp",
    "xcb",
    "xkbcommon",
    "xkbcommon-x11",
    "fontconfig",
    "freetype",
    "glib-2",
    "gobject-2",
    "gio-2",
    "gmodule-2",
    "gthread-2",
    "dbus-1",
    "thai",
    "datrie",
    # compression, libffi and libuuid for Python's zlib, bz2, ctypes and uuid modules, and zlib for Qt and
    # Pillow: Debian installs them everywhere (zlib1g, libbz2-1.0 and libuuid1 are "required"; libffi8
    # comes with libglib2.0-0, above)
    "z",
    "bz2",
    "ffi",
    "uuid",
    # SQLite (1.4 MB): Debian's libsqlite3-0, which Python's sqlite3 module was built against
    # (scripts/debian-packages.txt)
    "sqlite3",
    "gl",
    "egl",
    "opengl",
    "glx",
)


def _parts(dest: str | PurePath) -> list[str]:
    return [p.lower() for p in PurePath(str(dest).replace("\\", "/")).parts]


def library_stem(filename: str) -> str:
    """``libQt6Core.so.6`` -> ``qt6core``; ``Qt6Core.dll`` -> ``qt6core``; ``libxcb-icccm.so.4`` -> ``xcb-icccm``."""
    name = filename.lower()
    name = name[3:] if name.startswith("lib") else name
    return name.split(".")[0]


def _qt_relative(parts: list[str]) -> list[str] | None:
    """The path below PySide6/Qt (or PySide6 on Windows), or None for a file outside PySide6."""
    if "pyside6" not in parts[:-1]:
        return None
    rest = parts[parts.index("pyside6") + 1 :]
    return rest[1:] if rest[:1] == ["qt"] else rest


def _is_linux_system_library(name: str) -> bool:
    stem = library_stem(name)
    if re.search(r"-[0-9a-f]{8}$", stem):  # a wheel's own copy (auditwheel renames them): not the system's
        return False
    return any(stem == lib or stem.startswith(lib + "-") for lib in LINUX_SYSTEM_LIBRARIES)


def keep(dest: str | PurePath, linux: bool = False) -> bool:
    """Whether a collected file, by its path inside the bundle, stays in the bundle."""
    parts = _parts(dest)
    if not parts:
        return True
    name = parts[-1]
    qt = _qt_relative(parts)
    if qt is not None:
        if qt[:1] == ["translations"]:  # Qt's catalogues: the program ships its own qtbase_th.qm
            return False
        if qt[:1] in (["qml"], ["resources"], ["libexec"], ["metatypes"], ["typesystems"], ["include"]):
            return False
        if qt[:1] == ["plugins"]:
            if len(qt) < 3:
                return False
            allowed = KEEP_QT_PLUGINS.get(qt[1])
            return allowed is not None and library_stem(name) in allowed
    if parts[:2] == ["pythainlp", "corpus"] and len(parts) == 3 and not name.endswith((".py", ".pyc")):
        return name in PYTHAINLP_CORPUS
    if parts == ["certifi", "cacert.pem"]:
        # the certificate authorities aiohttp would trust when fetching a certificate's revocation status
        # (0.24 MB): the program validates signatures offline (allow_fetching=False) and fetches nothing
        return False
    if any(p.endswith(".dist-info") for p in parts[:-1]) and (name == "record" or "sboms" in parts):
        return False  # what pip installed and a bill of materials (0.9 MB); versions come from METADATA
    if parts[:2] in (["reportlab", "fonts"], ["docx", "templates"]) and _unused_library_data(parts):
        return False
    stem = library_stem(name)
    if any(stem.startswith(lib) for lib in DROP_LIBRARIES):
        return False
    is_library = ".so" in name or name.endswith(".dll")
    return not (linux and is_library and len(parts) == 1 and _is_linux_system_library(name))


def _unused_library_data(parts: list[str]) -> bool:
    """ReportLab's demonstration and test fonts (DarkGarden, hb-test: its own tests and demos use them) and
    python-docx's unpacked copy of its default template (it opens templates/default.docx and the
    default-*.xml parts beside it): 1.5 MB that nothing reads. Also ReportLab's Type 1 fonts (.pfb with
    their .afm metrics, 0.9 MB): ReportLab reads them only to embed a Type 1 face, and the PDFs embed
    Sarabun (a TrueType font; the standard fonts' widths are built into reportlab.pdfbase._fontdata).
    The Vera TrueType fonts stay: ReportLab opens them."""
    name = parts[-1]
    if parts[:2] == ["reportlab", "fonts"] and name.endswith((".pfb", ".afm")):
        return True
    return name.startswith(("darkgarden", "hb-test")) or "default-docx-template" in parts


def keep_hook_toc(toc: Iterable[tuple[str, str]], linux: bool = False) -> list[tuple[str, str]]:
    """Filter a hook's (source file, destination folder) list with :func:`keep`."""
    return [(src, dest) for src, dest in toc if keep(PurePath(dest, Path(src).name), linux)]


def project_datas(root: Path) -> list[tuple[str, str]]:
    """(source, destination folder) of the program's own data files; a missing one stops the build."""
    datas: list[tuple[str, str]] = []
    for folder, pattern, dest in PROJECT_DATA:
        found = sorted((root / folder).glob(pattern))
        if not found:
            raise SystemExit(f"build.spec: nothing matches {folder}/{pattern}")
        datas += [(str(p), str(PurePath(dest))) for p in found]
    return datas


def migration_imports(root: Path) -> list[str]:
    """Modules imported by the migration scripts (Alembic runs them from files, so the analysis of the
    program never sees them), and Alembic's own run-time modules."""
    import ast
    import importlib.util

    names = set(ALEMBIC_RUNTIME) | (set(SERVER_IMPORTS) if SERVER_DRIVER else set())
    for path in sorted((root / MIGRATIONS).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                for alias in node.names:  # `from alembic import op`: op is a module; SQLModel is not
                    try:
                        if importlib.util.find_spec(f"{node.module}.{alias.name}") is not None:
                            names.add(f"{node.module}.{alias.name}")
                    except (ImportError, ValueError):
                        pass
    return sorted(names)


def elf_needed(path: str) -> set[str]:
    """The libraries an ELF file links to directly (DT_NEEDED), read with objdump (which PyInstaller
    needs on Linux anyway). ``ldd`` would list the whole tree, system libraries' own needs included."""
    import subprocess

    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=False).stdout
    return {line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")}


def drop_unlinked(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop the shared libraries at the top of the bundle that no kept binary links to directly.

    Roots: the Python extension modules, everything in a sub-folder (Qt, its plugins, wheels' own
    libraries) and libpython; a top-level library stays when a kept binary names it in DT_NEEDED.
    """

    def loose(entry: tuple[str, str, str]) -> bool:
        dest, _src, kind = entry
        return kind == "BINARY" and "/" not in dest and "\\" not in dest and not dest.startswith("libpython")

    kept = [e for e in binaries if not loose(e)]
    pending = [e for e in binaries if loose(e)]
    scanned: set[str] = set()
    needed: set[str] = set()
    while True:
        for _dest, src, kind in kept:
            if kind in ("BINARY", "EXTENSION") and src not in scanned:
                scanned.add(src)
                needed |= elf_needed(src)
        reached = [e for e in pending if e[0] in needed]
        if not reached:
            break
        kept += reached
        pending = [e for e in pending if e not in reached]
    if pending:
        print("bundle_rules: left out, linked by nothing kept:", " ".join(sorted(e[0] for e in pending)))
    return [e for e in binaries if e not in pending]


# -- one copy of a library where two would do (Linux) ------------------------------------------------------
_OPENSSL_VERSION_RE = re.compile(rb"OpenSSL (3\.\d+\.\d+)")


def _openssl_version(path: str) -> tuple[int, ...] | None:
    found = _OPENSSL_VERSION_RE.search(Path(path).read_bytes())
    return tuple(int(n) for n in found[1].split(b".")) if found else None


def share_openssl(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Python's ssl and hashlib modules link libssl.so.3/libcrypto.so.3 (this system's OpenSSL), and
    psycopg's wheel carries its own OpenSSL for libpq under hashed names (libcrypto-3a0647ea.so.3). OpenSSL
    keeps its ABI within a major version, so when the wheel's is 3.x and at least as new as the system's,
    libssl.so.3 and libcrypto.so.3 become symbolic links to the wheel's: one OpenSSL in the bundle, 5.4 MB
    less. (cryptography links its own OpenSSL statically.) The frozen --selftest signs and validates
    (hashlib) and checks that ssl loads."""
    by_dest = {dest.replace("\\", "/"): (src, kind) for dest, src, kind in binaries}
    links: dict[str, str] = {}
    for system_name in ("libssl.so.3", "libcrypto.so.3"):
        stem = system_name.split(".")[0]
        wheel = [d for d in by_dest if re.fullmatch(rf"psycopg_binary\.libs/{stem}-[0-9a-f]{{8}}\.so\.3", d)]
        if system_name not in by_dest or len(wheel) != 1 or by_dest[wheel[0]][1] != "BINARY":
            return binaries
        links[system_name] = wheel[0]
    ours = _openssl_version(by_dest["libcrypto.so.3"][0])
    theirs = _openssl_version(by_dest[links["libcrypto.so.3"]][0])
    if ours is None or theirs is None or theirs < ours:
        return binaries
    return [
        (dest, links[dest], "SYMLINK") if dest in links else (dest, src, kind) for dest, src, kind in binaries
    ]


#: Libraries a wheel carries that are the same as the system's but take far more room (auditwheel's
#: patchelf left Pillow's libXau with 2 MB of zeros between its segments: 2.1 MB for 15 kB of code). The
#: bundle carries the system's copy under the wheel's name (libxcb-*.so, Pillow's, asks for it by that
#: name); Debian's libxau6 comes with libxcb1, which Qt's xcb platform needs anyway.
SYSTEM_COPIES: dict[str, str] = {"xau": "libXau.so.6"}


def system_copies(binaries: list[tuple[str, str, str]], system: dict[str, str]) -> list[tuple[str, str, str]]:
    """Replace a wheel's library named in SYSTEM_COPIES (by its stem without the wheel's hash) with the
    system library ``system`` resolves its name to (ldconfig's names -> paths); left as it is when the
    system has none."""
    out = []
    for dest, src, kind in binaries:
        stem = library_stem(PurePath(dest.replace("\\", "/")).name)
        base = re.sub(r"-[0-9a-f]{8}$", "", stem)
        wanted = SYSTEM_COPIES.get(base) if base != stem and kind == "BINARY" else None
        if wanted and wanted in system:
            src = system[wanted]
        out.append((dest, src, kind))
    return out


#: Libraries a wheel carries under its own hashed name that the bundle already has from the system
#: (stem without the hash -> the bundled library): Pillow's zstd and xz for its TIFF codec. The wheel's copy
#: becomes a symbolic link to the bundled one (1 MB). libtiff calls only the stable API of both libraries,
#: and the program reads no TIFF image.
BUNDLED_DUPLICATES: dict[str, str] = {"zstd": "libzstd.so.1", "lzma": "liblzma.so.5"}


def link_duplicates(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Turn a wheel's copy of a library in BUNDLED_DUPLICATES into a link to the bundled library."""
    bundled = {
        dest for dest, _src, kind in binaries if kind == "BINARY" and "/" not in dest and "\\" not in dest
    }
    out = []
    for dest, src, kind in binaries:
        folder, _, name = dest.replace("\\", "/").rpartition("/")
        stem = library_stem(name)
        base = re.sub(r"-[0-9a-f]{8}$", "", stem)
        target = BUNDLED_DUPLICATES.get(base)
        if folder and "/" not in folder and base != stem and kind == "BINARY" and target in bundled:
            out.append((dest, f"../{target}", "SYMLINK"))
        else:
            out.append((dest, src, kind))
    return out


#: Cython-compiled modules whose Python source the library ships and runs alike ("pure Python mode"):
#: fontTools' curve and interpolation helpers, used only while subsetting Sarabun for a signature's stamp.
#: The bundle carries them as source (compiled to bytecode in the archive): 0.7 MB less.
AS_SOURCE: tuple[str, ...] = ("fontTools.misc.bezierTools", "fontTools.varLib.iup")


def modules_as_source(
    binaries: list[tuple[str, str, str]], pure: list[tuple[str, str, str]]
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Move the AS_SOURCE modules from compiled extensions (binaries) to Python modules (pure), when the
    extension's folder has the module's .py beside it."""
    moved: dict[str, tuple[str, str, str]] = {}
    for entry in binaries:
        dest, src, kind = entry
        for name in AS_SOURCE:
            prefix = name.replace(".", "/") + "."
            source = Path(src).with_name(name.rsplit(".", 1)[-1] + ".py")
            if kind == "EXTENSION" and dest.replace("\\", "/").startswith(prefix) and source.is_file():
                moved[dest] = (name, str(source), "PYMODULE")
    if not moved:
        return binaries, pure
    return [e for e in binaries if e[0] not in moved], [*pure, *moved.values()]


def system_library_paths() -> dict[str, str]:
    """ldconfig's cache: library name -> path (the first, which the loader would pick)."""
    import subprocess

    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found: dict[str, str] = {}
    for line in out.splitlines()[1:]:
        name, _, target = line.strip().partition(" => ")
        found.setdefault(name.split(" (")[0], target)
    return found
