"""build.spec and its rules, checked without building: the spec is run with stand-ins for PyInstaller's
Analysis/PYZ/EXE/COLLECT, so what it would hand to PyInstaller can be inspected in a second."""

from __future__ import annotations

import ast
import importlib.util
import runpy
import sys
from pathlib import Path, PurePath
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "build.spec"
HOOKS = REPO / "packaging" / "hooks"


def _load_rules() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_rules", REPO / "packaging" / "bundle_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rules = _load_rules()


class _Recorder:
    """Stands in for one of PyInstaller's build steps: remembers what it was given."""

    calls: dict[str, list[_Recorder]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.calls.setdefault(type(self).__name__, []).append(self)


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str = "linux") -> dict[str, list[_Recorder]]:
    calls: dict[str, list[_Recorder]] = {}

    class Analysis(_Recorder):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.binaries: list[tuple[str, str, str]] = []
            self.datas = [(str(PurePath(dest, Path(src).name)), src, "DATA") for src, dest in kwargs["datas"]]
            self.pure: list[Any] = []
            self.scripts: list[Any] = []

    stand_ins = {
        name: type(name, (base,), {"calls": calls})
        for name, base in (
            ("Analysis", Analysis),
            ("PYZ", _Recorder),
            ("EXE", _Recorder),
            ("COLLECT", _Recorder),
        )
    }
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec adds packaging/ to it
    runpy.run_path(str(SPEC), init_globals={"SPECPATH": str(REPO), **stand_ins})
    return calls


@pytest.fixture(scope="module")
def spec_calls() -> dict[str, list[_Recorder]]:
    with pytest.MonkeyPatch.context() as mp:
        return run_spec(mp)


@pytest.fixture(scope="module")
def analysis(spec_calls: dict[str, list[_Recorder]]) -> dict[str, Any]:
    (call,) = spec_calls["Analysis"]
    return call.kwargs


def _dests(analysis: dict[str, Any]) -> dict[str, str]:
    """Bundle path (posix) -> source, of every data file the spec collects."""
    return {PurePath(dest, Path(src).name).as_posix(): src for src, dest in analysis["datas"]}


# -- what the program reads at run time is collected ----------------------------------------------------


def test_the_entry_script_is_the_packaging_one(analysis: dict[str, Any], spec_calls: dict[str, Any]) -> None:
    (call,) = spec_calls["Analysis"]
    assert [Path(p) for p in call.args[0]] == [REPO / "packaging" / "entry.py"]
    assert str(REPO / "packaging" / "hooks") in analysis["hookspath"]


def test_fonts_the_pdfs_and_the_window_use(analysis: dict[str, Any]) -> None:
    from ethicsdesk.pdf.typeset import fonts

    dests = _dests(analysis)
    for name in fonts._SARABUN_FILES.values():
        assert f"fonts/{name}" in dests
    assert "fonts/OFL.txt" in dests  # the font's licence travels with it


def test_translations_and_the_sample(analysis: dict[str, Any]) -> None:
    from ethicsdesk.gui.i18n import CATALOGUES
    from ethicsdesk.resources import SAMPLE_FILE

    dests = _dests(analysis)
    for name in CATALOGUES:
        assert f"resources/translations/{name}_th.qm" in dests
    assert "resources/" + "/".join(SAMPLE_FILE) in dests
    assert not any(d.endswith(".ts") for d in dests)  # the Linguist sources are not needed at run time


def test_every_migration_is_collected_beside_migrate_py(analysis: dict[str, Any]) -> None:
    from ethicsdesk.storage.migrate import MIGRATIONS_DIR

    dests = _dests(analysis)
    where = MIGRATIONS_DIR.relative_to(REPO).as_posix()
    assert where == "ethicsdesk/storage/migrations"
    assert f"{where}/env.py" in dests
    versions = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py"))
    assert len(versions) >= 3
    for name in versions:
        assert f"{where}/versions/{name}" in dests


def test_the_migrations_imports_are_hidden_imports(analysis: dict[str, Any]) -> None:
    from ethicsdesk.storage.migrate import MIGRATIONS_DIR

    hidden = set(analysis["hiddenimports"])
    for path in MIGRATIONS_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                assert {alias.name for alias in node.names} <= hidden, path.name
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                assert node.module in hidden, path.name
    assert {"alembic.op", "alembic.context", "alembic.ddl.sqlite", "ethicsdesk.domain.models"} <= hidden
    assert "sqlmodel.SQLModel" not in hidden  # a class, not a module


def test_reportlab_and_docx_data_and_metadata(analysis: dict[str, Any]) -> None:
    dests = _dests(analysis)
    assert "reportlab/fonts/Vera.ttf" in dests  # "Can't open file Vera.ttf" otherwise
    assert "docx/templates/default-header.xml" in dests
    assert analysis["module_collection_mode"] == {"docx.parts": "pyz+py"}  # docx/parts/../templates
    metadata = {PurePath(dest).parts[0] for _src, dest in analysis["datas"]}  # copy_metadata: whole folders
    for dist in ("reportlab", "pythainlp", "uharfbuzz"):
        assert any(m.startswith(f"{dist}-") and m.endswith(".dist-info") for m in metadata), dist


def test_pythainlp_hook_collects_only_the_word_lists_read() -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.syspath_prepend(str(REPO / "packaging"))
        hook = runpy.run_path(str(HOOKS / "hook-pythainlp.py"))
    names = {Path(src).name for src, _dest in hook["datas"]}
    assert names == set(rules.PYTHAINLP_CORPUS)
    assert {PurePath(dest).as_posix() for _src, dest in hook["datas"]} == {"pythainlp/corpus"}


def test_the_pythainlp_word_lists_are_the_ones_the_program_opens(analysis: dict[str, Any]) -> None:
    """Importing pythainlp.util reads the stop words; the line breaker reads the compiled word lists
    (tests/pdf/test_word_lists.py: and no corpus file)."""
    import pythainlp.corpus.common as common

    from ethicsdesk.pdf.typeset import word_lists

    assert common._THAI_STOPWORDS_FILENAME in rules.PYTHAINLP_CORPUS
    compiled = word_lists.path().relative_to(REPO).as_posix()
    assert _dests(analysis)[compiled] == str(word_lists.path())


# -- what the program does not use is left out ----------------------------------------------------------


def test_unused_qt_modules_are_excluded(analysis: dict[str, Any]) -> None:
    excludes = set(analysis["excludes"])
    for module in ("QtWebEngineCore", "QtWebEngineWidgets", "QtQml", "QtQuick", "QtQuickWidgets", "QtPdf"):
        assert f"PySide6.{module}" in excludes
    for module in ("pytest", "hypothesis", "pypdf", "tkinter"):
        assert module in excludes


def test_the_program_imports_no_excluded_qt_module() -> None:
    used = set()
    for path in (REPO / "ethicsdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6"):
                used.add(node.module)
    assert used
    assert not used & set(rules.EXCLUDES)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qoffscreen.dll", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6\\plugins\\imageformats\\qsvg.dll", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6\\translations\\qt_th.qm", False),
        ("PySide6/Qt/qml/QtQuick/qmldir", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6\\Qt6WebEngineCore.dll", False),
        ("PySide6\\opengl32sw.dll", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6DBus.so.6", True),  # QtGui links to it
        ("PySide6/Qt/lib/libicudata.so.73", True),  # QtCore links to it
        ("PySide6\\Qt6Widgets.dll", True),
        ("resources/translations/qtbase_th.qm", True),  # the program's own Thai for Qt
        ("pythainlp/corpus/stopwords_th.txt", True),  # importing pythainlp.util reads it
        ("pythainlp/corpus/words_th.txt", False),  # compiled into resources/wordlists
        ("pythainlp\\corpus\\icubrk_th.txt", False),
        ("resources/wordlists/thai-words.cp874.zlib", True),
        ("pythainlp/corpus/wikipedia_titles_th.txt", False),
        ("pythainlp/corpus/wordnet_th.db", False),
        ("reportlab/fonts/Vera.ttf", True),
        ("reportlab/fonts/_a______.pfb", False),  # Type 1 shapes and metrics: read only to embed Type 1
        ("reportlab/fonts/_a______.afm", False),
        ("certifi/cacert.pem", False),  # nothing is fetched
        ("reportlab/fonts/DarkGarden.sfd", False),  # a demonstration font's source
        ("reportlab/fonts/DarkGardenMK.pfb", False),
        ("reportlab/fonts/hb-test.ttf", False),
        ("docx/templates/default.docx", True),
        ("docx/templates/default-styles.xml", True),
        ("docx\\templates\\default-docx-template\\word\\styles.xml", False),
        ("pythainlp-5.4.0.dist-info/METADATA", True),  # `ethicsdesk --version`
        ("pythainlp-5.4.0.dist-info/licenses/LICENSE", True),
        ("pythainlp-5.4.0.dist-info/RECORD", False),
        ("pythainlp-5.4.0.dist-info/sboms/pythainlp-5.4.0.spdx3.json", False),
        ("fonts/Sarabun-Regular.ttf", True),
    ],
)
def test_keep(dest: str, kept: bool) -> None:
    assert rules.keep(dest) is kept
    assert rules.keep(dest.upper()) is kept  # a case-insensitive file system: Windows


@pytest.mark.parametrize(
    ("name", "system"),
    [
        ("libfontconfig.so.1", True),
        ("libxcb-icccm.so.4", True),
        ("libxcb.so.1", True),
        ("libX11.so.6", True),
        ("libglib-2.0.so.0", True),
        ("libdbus-1.so.3", True),
        ("libthai.so.0", True),
        ("libxkbcommon-x11.so.0", True),
        ("libxcb-9065bb12.so.1.1.0", False),  # Pillow's own copy
        ("libpython3.11.so.1.0", False),
        ("libicudata.so.73", False),
        ("libstdc++.so.6", True),
        ("libgcc_s.so.1", True),
        ("libsqlite3.so.0", True),  # Debian's libsqlite3-0
        ("libgcrypt.so.20", False),
        ("libz.so.1", True),
        ("libbz2.so.1.0", True),
        ("libffi.so.8", True),
        ("libuuid.so.1", True),
        ("libzstd.so.1", False),  # Qt's, and Pillow's links to it
    ],
)
def test_linux_system_libraries_are_left_to_the_system(name: str, system: bool) -> None:
    assert rules.keep(name, linux=True) is not system
    assert rules.keep(name, linux=False)  # never on Windows
    assert rules.keep(f"pillow.libs/{name}", linux=True)  # only the top of the bundle


def test_the_readme_lists_the_system_libraries_left_out() -> None:
    packages = (REPO / "scripts" / "debian-packages.txt").read_text(encoding="utf-8").split()
    for package in (
        "libthai0",
        "libfontconfig1",
        "libglib2.0-0",
        "libdbus-1-3",
        "libxkbcommon0",
        "libgl1",
        "libsqlite3-0",
    ):
        assert package in packages


# -- the same spec on Windows ----------------------------------------------------------------------------


def test_linux_build_has_one_executable(spec_calls: dict[str, list[_Recorder]]) -> None:
    names = [call.kwargs["name"] for call in spec_calls["EXE"]]
    assert names == ["EthicsDesk"]
    (collect,) = spec_calls["COLLECT"]
    assert collect.kwargs["name"] == "EthicsDesk"


def test_windows_build_has_a_windowed_and_a_console_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec(monkeypatch, platform="win32")
    exes = {call.kwargs["name"]: call.kwargs for call in calls["EXE"]}
    assert set(exes) == {"EthicsDesk", "ethicsdesk-cli"}  # differ in more than case: one folder on NTFS
    assert exes["EthicsDesk"]["console"] is False
    assert exes["ethicsdesk-cli"]["console"] is True
    assert not any(e["strip"] for e in exes.values())


def _string_constants(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_spec_and_rules_hard_code_no_machine_path() -> None:
    for path in (
        SPEC,
        REPO / "packaging" / "bundle_rules.py",
        REPO / "packaging" / "entry.py",
        *HOOKS.glob("*.py"),
    ):
        for text in _string_constants(path):
            for fragment in ("/usr/", "/lib/", "/tmp", "/work", "site-packages", "C:\\"):
                assert fragment not in text, (path.name, text)


def test_no_two_files_differ_only_in_case() -> None:
    """Windows (and macOS) file systems do not tell them apart: one would overwrite the other."""
    import subprocess

    listed = subprocess.run(
        ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    if not listed:  # not a git checkout (an unpacked source archive): the files as they are
        listed = [str(p.relative_to(REPO)) for p in REPO.rglob("*") if ".venv" not in p.parts]
    seen: dict[str, str] = {}
    for name in listed:
        other = seen.setdefault(name.lower(), name)
        assert other == name, f"{other} and {name} are one file on Windows"


# -- one copy of a library ---------------------------------------------------------------------------------


def test_python_s_openssl_becomes_a_link_to_psycopg_s(tmp_path: Path) -> None:
    def library(name: str, version: bytes) -> str:
        path = tmp_path / name
        path.write_bytes(b"\x7fELF ... OpenSSL " + version + b" 1 Jan 2026 ...")
        return str(path)

    wheel_crypto = "psycopg_binary.libs/libcrypto-3a0647ea.so.3"
    wheel_ssl = "psycopg_binary.libs/libssl-6a9b88ec.so.3"
    binaries = [
        ("libcrypto.so.3", library("libcrypto.so.3", b"3.0.22"), "BINARY"),
        ("libssl.so.3", library("libssl.so.3", b""), "BINARY"),
        (wheel_crypto, library("wheel-crypto", b"3.5.9"), "BINARY"),
        (wheel_ssl, library("wheel-ssl", b""), "BINARY"),
    ]
    shared = rules.share_openssl(binaries)
    assert shared[:2] == [("libcrypto.so.3", wheel_crypto, "SYMLINK"), ("libssl.so.3", wheel_ssl, "SYMLINK")]
    assert shared[2:] == binaries[2:]
    # an older OpenSSL in the wheel, or no wheel (a bundle without the server driver): left as it is
    older = [binaries[0], binaries[1], (wheel_crypto, library("old", b"3.0.2"), "BINARY"), binaries[3]]
    assert rules.share_openssl(older) == older
    assert rules.share_openssl(binaries[:2]) == binaries[:2]


def test_wheel_duplicates_become_links_and_libxau_the_system_s() -> None:
    binaries = [
        ("libzstd.so.1", "/usr/lib/libzstd.so.1", "BINARY"),
        ("pillow.libs/libzstd-40ad5e7e.so.1.5.7", "/wheel/libzstd-40ad5e7e.so.1.5.7", "BINARY"),
        ("pillow.libs/liblzma-de26b416.so.5.8.4", "/wheel/liblzma-de26b416.so.5.8.4", "BINARY"),
        ("pillow.libs/libXau-154567c4.so.6.0.0", "/wheel/libXau-154567c4.so.6.0.0", "BINARY"),
    ]
    linked = rules.link_duplicates(binaries)
    assert linked[1] == ("pillow.libs/libzstd-40ad5e7e.so.1.5.7", "../libzstd.so.1", "SYMLINK")
    assert linked[2] == binaries[2]  # no liblzma.so.5 in the bundle: the wheel's stays
    copied = rules.system_copies(binaries, {"libXau.so.6": "/lib/libXau.so.6"})
    assert copied[3] == ("pillow.libs/libXau-154567c4.so.6.0.0", "/lib/libXau.so.6", "BINARY")
    assert copied[:3] == binaries[:3] and rules.system_copies(binaries, {}) == binaries


def test_fonttools_cython_modules_go_in_as_source(tmp_path: Path) -> None:
    folder = tmp_path / "fontTools" / "misc"
    folder.mkdir(parents=True)
    extension = folder / "bezierTools.cpython-311-x86_64-linux-gnu.so"
    extension.write_bytes(b"")
    (folder / "bezierTools.py").write_text("", encoding="utf-8")
    binaries = [("fontTools/misc/bezierTools.cpython-311-x86_64-linux-gnu.so", str(extension), "EXTENSION")]
    kept, pure = rules.modules_as_source(binaries, [("a", "a.py", "PYMODULE")])
    assert kept == [] and pure == [
        ("a", "a.py", "PYMODULE"),
        ("fontTools.misc.bezierTools", str(folder / "bezierTools.py"), "PYMODULE"),
    ]
    (folder / "bezierTools.py").unlink()  # no source beside it: the extension stays
    assert rules.modules_as_source(binaries, []) == (binaries, [])
