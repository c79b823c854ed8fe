# Replaces pyinstaller-hooks-contrib's hook for pythainlp, which collects all 63 MB of its corpus: only the
# word lists the program reads (packaging/bundle_rules.py PYTHAINLP_CORPUS) are collected.
from bundle_rules import PYTHAINLP_CORPUS
from PyInstaller.utils.hooks import collect_data_files

datas = [
    (src, dest)
    for src, dest in collect_data_files("pythainlp")
    if src.replace("\\", "/").rsplit("/", 1)[-1] in PYTHAINLP_CORPUS
]
