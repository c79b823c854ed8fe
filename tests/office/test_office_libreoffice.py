"""The Word file as LibreOffice prints it: the named Thai font embedded, the text copying out exactly.

LibreOffice runs headless with a private profile and home, and sees the repository's fonts/ through
a fontconfig file of its own (the machine's fonts plus fonts/), so the test needs no installed font.

What LibreOffice 7.4's PDF gives pdftotext (measured on the sample minutes): the source characters, ำ
as U+0E33 (not ํา), no private-use code points, no U+FFFD: LibreOffice maps every shaped glyph back to
its characters. One catch is pdftotext's own: in its default (layout) mode it reorders a tone mark
that sits raised above an upper vowel (เริ่ม came out "เริม" + a line "่ ประชุม"; 94 marks in the sample),
because the mark is drawn as its own positioned glyph. ``pdftotext -raw`` keeps the content stream's
order, which LibreOffice writes in text order, and returns the marks in place; so the test reads the
raw text. Line breaks and the spaces between table columns are layout, so both sides are compared
with all whitespace removed, and that is the only normalisation. Paragraphs outside tables must appear
whole and in order. A table cell that runs over a page break is written in two pieces, with the rest
of its row's cells between them, so a cell's paragraph must be made of stretches (at least three
characters, or its end) that each appear in the text.

LibreOffice 7.4 does not honour Word's Thai page-number format, so its pages read "- 2 -": that is
checked too, so that a LibreOffice that learns it shows up here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import docx
import pytest
from office_helpers import body_paragraphs

from ethicsdesk.documents.model import Document
from ethicsdesk.office import BUNDLED_FONT, DEFAULT_FONT, write_minutes_docx
from ethicsdesk.resources import fonts_dir

SOFFICE = shutil.which("soffice")
pytestmark = [
    pytest.mark.skipif(
        SOFFICE is None,
        reason="LibreOffice is not installed (soffice not on PATH); install libreoffice-writer as "
        "scripts/debian-packages.txt lists",
    ),
    pytest.mark.sqlite_only(
        "the layout of the Word and Excel files made from the sample (office_ws); the same text printed from "
        "a server database: test_office_golden.py"
    ),
]


def convert(files: list[Path], out: Path, home: Path) -> None:
    """``soffice --headless --convert-to pdf`` with a private profile, home and font configuration."""
    assert SOFFICE is not None
    home.mkdir(parents=True, exist_ok=True)
    config = home / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <dir>{fonts_dir()}</dir>\n  <cachedir>{home / 'fontconfig-cache'}</cachedir>\n"
        "</fontconfig>\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "HOME": str(home),
        "FONTCONFIG_FILE": str(config),
        "SAL_USE_VCLPLUGIN": "svp",
    }
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(home / 'lo-profile').as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def pdfs(minutes_doc: Document, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample minutes in the bundled Sarabun and in the default TH Sarabun New, through LibreOffice."""
    root = tmp_path_factory.mktemp("libreoffice")
    sarabun = write_minutes_docx(minutes_doc, root / "sarabun.docx", font=BUNDLED_FONT)
    default = write_minutes_docx(minutes_doc, root / "default.docx", font=DEFAULT_FONT)
    started = time.perf_counter()
    convert([sarabun, default], root / "pdf", root / "home")
    print(f"LibreOffice converted two 40-page minutes in {time.perf_counter() - started:.1f} s")
    return {"sarabun": root / "pdf" / "sarabun.pdf", "default": root / "pdf" / "default.pdf", "docx": sarabun}


def embedded_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(PostScript name without the subset tag, embedded?) for each font ``pdffonts`` lists."""
    lines = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    fonts = []
    for line in lines.splitlines()[2:]:
        parts = line.split()
        name = parts[0].split("+", 1)[-1]
        emb = parts[-5] == "yes"  # ... emb sub uni object ID
        fonts.append((name, emb))
    return fonts


def substitutes(pdf: Path, family: str) -> list[str]:
    """The fonts in ``pdf`` that are not ``family`` (or not embedded): what LibreOffice substituted."""
    wanted = family.replace(" ", "").lower()
    return [
        name
        for name, emb in embedded_fonts(pdf)
        if not emb or not name.replace(" ", "").lower().startswith(wanted)
    ]


def test_the_named_font_is_the_one_embedded(pdfs: dict[str, Path]) -> None:
    fonts = embedded_fonts(pdfs["sarabun"])
    assert substitutes(pdfs["sarabun"], BUNDLED_FONT) == []
    assert {"Sarabun-Regular", "Sarabun-Bold", "Sarabun-Italic"} <= {name for name, _ in fonts}


def test_a_missing_font_is_caught(pdfs: dict[str, Path]) -> None:
    """Where TH Sarabun New is not installed LibreOffice substitutes, and the check above would fail."""
    assert substitutes(pdfs["default"], DEFAULT_FONT) != []


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    )
    return text.stdout.split("\f")[:-1]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_pages_number_from_two_and_plan_pages_are_landscape(pdfs: dict[str, Path]) -> None:
    pages = _pages(pdfs["sarabun"])
    assert len(pages) > 20
    assert not pages[0].strip().startswith("-")
    for n, page in enumerate(pages[1:], 2):
        first = next(line for line in page.splitlines() if line.strip())
        assert first.strip() == f"- {n} -"  # LibreOffice: Arabic digits (Word: "- ๒ -")
    assert all(not re.search(r"^- \d+ -$", page, re.M) for page in pages[:1])
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", str(len(pages)), str(pdfs["sarabun"])],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    landscape = [i for i, (w, h) in enumerate(sizes, 1) if float(w) > float(h)]
    assert landscape and landscape == list(range(landscape[0], landscape[-1] + 1))
    assert landscape[0] > 1 and landscape[-1] < len(pages)


def test_the_text_copies_out_as_written(pdfs: dict[str, Path]) -> None:
    pages = _pages(pdfs["sarabun"])
    body = [re.sub(r"\A\s*- \d+ -\s*\n", "", page) if i else page for i, page in enumerate(pages)]
    assert all(not re.match(r"\s*- \d+ -", page) for page in body)
    stream = _squeeze("".join(body))
    assert not re.search("[\ue000-\uf8ff\ufffd\u0e4d]", stream), "private-use, replacement or nikhahit"
    word = docx.Document(str(pdfs["docx"]))
    cursor = 0
    checked = 0
    for p in body_paragraphs(word):
        text = _squeeze(p.text)
        if not text:
            continue
        if not p.in_table:
            found = stream.find(text, cursor)
            assert found >= 0, f"not found in order: {p.text[:60]!r}"
            cursor = found + len(text)
        else:
            _assert_in_stretches(text, stream)
        checked += 1
    assert checked > 400


def _assert_in_stretches(text: str, stream: str) -> None:
    i = 0
    while i < len(text):
        lo, hi = 0, len(text) - i  # the longest prefix of text[i:] that the page text holds
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if text[i : i + mid] in stream:
                lo = mid
            else:
                hi = mid - 1
        assert lo >= 3 or i + lo == len(text), f"{text!r}: {text[i : i + 10]!r} is not in the PDF"
        i += lo
