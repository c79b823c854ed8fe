"""Figures of the printed minutes: the sample (warm, in-process) and a synthetic 200-page meeting,
against the floor of the same document drawn by plain ReportLab (unshaped, broken only at spaces).

    python bench/minutes_bench.py           # prints the four figures
    python bench/minutes_bench.py --one shaped|floor PAGES   # (internal) one build in this process

Each 200-page build runs in its own process, so its peak memory is its own, and starts with the libraries
each build uses already imported (ReportLab for both; PyThaiNLP's tokenizer modules for the shaped one,
which imports them lazily): importing is start-up, the same for both, and the clock times the build.
Loading the word lists and the fonts stays inside the clock. The machine is shared and its timings
wander by a third from run to run: each build is run ``RUNS`` times, each in a fresh process, and the
fastest counts (the figure least disturbed by other work), as timeit advises.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

PARAGRAPH = (
    "ฝ่ายเลขานุการ แจ้งให้ที่ประชุมทราบว่า กรมส่งเสริมอุตสาหกรรม ได้ดำเนินการแต่งตั้งคณะกรรมการจัดทำและขับเคลื่อน"
    "แผนส่งเสริมคุณธรรม จริยธรรม กรมส่งเสริมอุตสาหกรรม โดยคณะทำงานได้ร่วมกันอภิปรายการกำหนดคุณธรรมเป้าหมาย "
    "เพื่อให้ครอบคลุมตัวชี้วัดตามเกณฑ์การประเมินองค์กรคุณธรรม และการจัดเรียงลำดับให้มีความสอดคล้องกันระหว่าง"
    "ปัญหาที่อยากแก้ และความดีที่อยากทำ ตามแนวทางที่ต้องปฏิบัติ ข้อ {n} (Good Governance) งบประมาณ {n},000 บาท"
)


def big_meeting(path: Path, pages: int) -> int:
    """A copy of the sample with a meeting of about ``pages`` pages (five paragraphs a page)."""
    from ethicsdesk.sample import write_sample
    from ethicsdesk.services import Services

    ws = write_sample(path)
    sv = Services(ws)
    cid = sv.roster.committees()[0].id or 0
    m = sv.meetings.create_meeting(cid, dt.date(2023, 1, 25))
    items = sv.agenda.items(m.id or 0)
    per_item = max(1, round(pages * 3.57 / 20))  # about 3.6 paragraphs of this length fill a page
    n = 0
    for top in items[3:5]:
        for k in range(10):
            sub = sv.agenda.add_item(m.id or 0, f"เรื่องที่ {k + 1} ของระเบียบวาระ", parent_id=top.id)
            body = []
            for _ in range(per_item):
                n += 1
                body.append({"type": "paragraph", "text": PARAGRAPH.format(n=n)})
            sv.agenda.update_item(sub.id or 0, body=body)
            sv.agenda.set_resolution(sub.id or 0, "acknowledged")
    ws.close()
    return m.id or 0


def _floor(doc: object, out: io.BytesIO) -> None:
    """The same words as plain ReportLab paragraphs: no shaping, breaks only at spaces."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from ethicsdesk.documents import model as m
    from ethicsdesk.pdf.typeset import register_sarabun

    family = register_sarabun().name
    style = ParagraphStyle("floor", fontName=family, fontSize=16, leading=24.5, shaping=0)
    assert isinstance(doc, m.Document)
    story: list[Any] = [Paragraph(b.markup, style) for b in doc.blocks if isinstance(b, m.Text)]
    SimpleDocTemplate(out, pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm, initialFontName=family).build(
        story
    )


RUNS = 3


def one(kind: str, pages: int) -> dict[str, float]:
    # imported lazily by the first shaped paragraph; the floor's ReportLab is imported by the render module
    import pythainlp.tokenize.newmm
    import pythainlp.tokenize.tcc  # noqa: F401

    from ethicsdesk.pdf.render import write_document_pdf
    from ethicsdesk.printing import minutes_document
    from ethicsdesk.storage import open_workspace

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "big.sqlite"
        mid = big_meeting(path, pages)
        ws = open_workspace(path)
        doc = minutes_document(ws, mid)[0]
        out = io.BytesIO()
        t0 = time.perf_counter()
        if kind == "shaped":
            write_document_pdf(minutes_document(ws, mid)[0], out)
        else:
            _floor(doc, out)
        seconds = time.perf_counter() - t0
        ws.close()
        from pypdf import PdfReader

        out.seek(0)
        n_pages = len(PdfReader(out).pages)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "pages": n_pages, "peak_mb": peak}


def sample_warm() -> float:
    from ethicsdesk.pdf.render import write_document_pdf
    from ethicsdesk.printing import minutes_document
    from ethicsdesk.sample import write_sample

    with tempfile.TemporaryDirectory() as d:
        ws = write_sample(Path(d) / "s.sqlite")
        write_document_pdf(minutes_document(ws, 1)[0], io.BytesIO())  # warm: dictionaries, fonts, caches
        times = []
        for _ in range(2 * RUNS):
            t0 = time.perf_counter()
            write_document_pdf(minutes_document(ws, 1)[0], io.BytesIO())
            times.append(time.perf_counter() - t0)
        ws.close()
    return min(times)


def figures(pages: int = 200) -> dict[str, float]:
    def run(kind: str) -> dict[str, float]:
        out = subprocess.run(
            [sys.executable, __file__, "--one", kind, str(pages)], capture_output=True, text=True, check=True
        )
        return json.loads(out.stdout.strip().splitlines()[-1])

    runs = [(run("shaped"), run("floor")) for _ in range(RUNS)]  # interleaved: alike disturbances
    shaped = min((r[0] for r in runs), key=lambda r: r["seconds"])
    floor = min((r[1] for r in runs), key=lambda r: r["seconds"])
    return {
        "minutes_sample_s": round(sample_warm(), 3),
        "minutes_200p_s": round(shaped["seconds"], 2),
        "minutes_200p_pages": shaped["pages"],
        "minutes_200p_peak_mb": round(max(r[0]["peak_mb"] for r in runs)),
        "minutes_shaped_over_floor": round(shaped["seconds"] / floor["seconds"], 2),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--one", nargs=2, metavar=("KIND", "PAGES"))
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]))))
        return 0
    for key, value in figures().items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
