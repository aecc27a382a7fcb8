"""The empty-to-fill template HR starts from: resources/templates/rubric-template.xlsx and .csv,
made by the writer from the example rubric resources/templates/rubric-template.yaml.

    python -m models.rubrics.tables.template        # rewrite both files
    python -m models.rubrics.tables.template --check   # exit 1 when they are not current
"""

import sys
import tempfile
from pathlib import Path

from models.storage.resources import resource_path

EXAMPLE = "rubric-template.yaml"
FILES = ("rubric-template.xlsx", "rubric-template.csv")


def template_dir():
    return resource_path("templates")


def make_templates(folder=None):
    """Write the template files into `folder` (default resources/templates); returns them."""
    from models.rubrics.tables.writer import export_rubric

    folder = Path(folder) if folder else template_dir()
    text = (template_dir() / EXAMPLE).read_text(encoding="utf-8")
    return [export_rubric(text, folder / name) for name in FILES]


def workbook_cells(path):
    """{sheet: [[cell values]]} of a workbook, to compare two by what they hold."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    try:
        return {sheet.title: [[c.value for c in row] for row in sheet.iter_rows()]
                for sheet in book.worksheets}
    finally:
        book.close()


def stale_templates():
    """The template files that differ from what the writer makes now."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = make_templates(scratch)
        stale = []
        for made in fresh:
            kept = template_dir() / made.name
            if not kept.is_file():
                stale.append(kept)
            elif made.suffix == ".xlsx":
                if workbook_cells(made) != workbook_cells(kept):
                    stale.append(kept)
            elif made.read_bytes() != kept.read_bytes():
                stale.append(kept)
        return stale


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        stale = stale_templates()
        for path in stale:
            print(f"not current: {path}", file=sys.stderr)
        sys.exit(1 if stale else 0)
    for path in make_templates():
        print(f"wrote {path}")
