"""The unit form's fixed layout: sheet names, columns, header rows, cell styles."""

from __future__ import annotations

import hashlib
import json

from openpyxl.styles import Alignment, Border, PatternFill, Side

FORM_FORMAT = "ethicsdesk-unit-form"
FORM_VERSION = 1
ACTIVITY_SHEET = "แบบรายงานผล"
INDICATOR_SHEET = "ตัวชี้วัด"
META_SHEET = "_ethicsdesk"
MET_WORDS = {"บรรลุ": True, "ไม่บรรลุ": False}
SIZE_PT = 14

ACTIVITY_COLUMNS = (
    ("ข้อ", 6),
    ("โครงการ/กิจกรรม", 44),
    ("ไตรมาสตามแผน", 13),
    ("งบประมาณ (บาท)", 16),
    ("สถานะ", 22),
    ("ผลการดำเนินงานในไตรมาสนี้", 44),
    ("เงินที่ใช้จ่ายในไตรมาสนี้ (บาท)", 18),
    ("หลักฐาน", 28),
    ("ปัญหา อุปสรรค เหตุที่ล่าช้าหรือยกเลิก", 34),
)
INDICATOR_COLUMNS = (
    ("ข้อ", 6),
    ("ตัวชี้วัดที่", 9),
    ("ตัวชี้วัด", 60),
    ("เป้าหมาย", 16),
    ("ผลสะสมถึงสิ้นไตรมาส (ตัวเลข)", 20),
    ("บรรลุหรือไม่ (ตัวชี้วัดที่ไม่มีตัวเลข)", 20),
    ("หมายเหตุ", 34),
)
ACTIVITY_HEADER_ROW = 8
INDICATOR_HEADER_ROW = 4
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def checksum(rows: list[list[str]]) -> str:
    """The checksum of the hidden sheet's rows (the form's fixed cells and the places of its inputs)."""
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()
