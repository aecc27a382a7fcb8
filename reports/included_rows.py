"""What the printed form shows of the rubrics the form's rubric includes (issue 13): their
rubrics read from the document's frozen texts, a summary line per rubric included as deductions
(before the one total), and their missing inputs and entries awaiting approval. Their item rows
are made by reports/form_rows.py `table_rows`. Figures come only from the document."""

from decimal import Decimal

from reports.form_rows import short, text_of


def included_parts(document, parse):
    """[(part, Rubric)] of the document's `included` (empty for a rubric without includes);
    `parse(text)` reads a frozen rubric text."""
    return [(part, parse(part["rubric"]["text"])) for part in document.get("included") or ()]


def with_included(summary, parts, words, en):
    """`summary` lines with one line per rubric included as deductions, before the total."""
    lines = [(words["sum_included"].format(name=text_of(part["rubric"], "name", en)),
              "−" + short(part.get("lost")) if Decimal(part.get("lost") or 0) else "0", "")
             for part, _ in parts if part.get("as") == "deductions"]
    at = next((i for i, line in enumerate(summary) if line[2] == "total"), len(summary))
    return summary[:at] + lines + summary[at:]


def included_warnings(parts, words, en):
    """An included rubric's missing inputs and entries awaiting approval, by their names."""
    warnings = []
    for part, rubric in parts:
        result = part.get("result") or {}
        for key, word in (("missing", "incomplete"), ("approval_needed", "approval")):
            found = (rubric.item(i) for i in result.get(key) or ())
            names = "、".join(i.label("en" if en else "zh") for i in found if i is not None)
            if names:
                warnings.append(words[word].format(items=names))
    return warnings
