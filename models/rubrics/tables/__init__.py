"""Rubrics to and from the template tables (Excel .xlsx, CSV) that HR fills in the way the
seeds print their 考核评分标准: a settings sheet, one row per item with its rule in named columns,
form-level items, grades and pay. docs/rubric-template.md is the template's documentation.

`preview_rubric_file(path)` reads and checks a file (nothing is stored; reader.py);
`export_rubric(source, path)` writes a rubric (YAML text or plain data) as .xlsx, .csv or .yaml
(writer.py); `prepare_save(db, preview)` readies a preview for the store (store.py). The names
load on first use, so building the command line's parser (cli.py) loads nothing else."""

import importlib

_EXPORTS = {
    "OutlineRow": "reader", "RubricPreview": "reader", "preview_rubric_file": "reader",
    "TableProblem": "sheet", "export_rubric": "writer", "rubric_tables": "writer",
    "prepare_save": "store", "SavePlan": "store",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
