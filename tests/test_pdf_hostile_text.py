"""Hostile text in notes and names prints safely: very long, emoji, right-to-left, control
characters. The PDF is made, nothing is cut off silently, the CJK text stays readable."""

import subprocess

from reports.pdf_form import render_form
from tests.form_samples import service_norms

HOSTILE = [
    "😀🚀 客户很满意 👍",                          # emoji the font lacks
    "العميل غاضب جدا",                            # right-to-left
    "line1\x00\x07\x1b[31mred\x1b[0m\u202eevil\u202c",   # NUL, bell, ANSI, RTL override
    "长备注" * 1500,                               # 4,500 characters
    "<b>not bold</b> & <font size=40>big</font>",  # markup that must stay text
]


def text_of(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_hostile_notes_and_names_print(tmp_path):
    document = service_norms()
    for incident, note in zip(document["incidents"], HOSTILE, strict=False):
        incident["note"] = note
    document["employee"]["name"] = "张三😀\u202e"
    out = tmp_path / "hostile.pdf"
    render_form(document, out)
    text = text_of(out)
    assert "客户很满意" in text
    assert "<b>not bold</b>" in text or "not bold" in text
    assert text.count("长备注") > 1000           # the long note went on, over continuation rows
    pages = int(subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True,
                               check=True).stdout.split("Pages:")[1].split()[0])
    assert pages >= 2
