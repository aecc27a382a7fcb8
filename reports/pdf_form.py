"""render_form(document, out): one assessment form as an A4 PDF that explains its own total."""

from pathlib import Path

from reports.labels import labels
from reports.pdf_meta import keywords
from reports.pdf_styles import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MM,
    PAGE_H,
    PAGE_W,
    WIDTH,
    para,
    styles,
)
from reports.printed_form import printed_form


def render_form(document, out, *, language="zh"):
    """Write the form `document` (models.forms.document) as a PDF to `out` (a path or a binary
    file object). Raises reports.fonts.FontError when no CJK TrueType font is available."""
    from reportlab import rl_config
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from reports.fonts import cjk_font
    from reports.pdf_page import canvas_maker
    font = cjk_font()
    rl_config.useA85 = 0        # binary streams: smaller files, no pure-Python ASCII85 pass
    st = styles(font)
    words = labels(language)
    view = printed_form(document, language)
    target = str(out) if isinstance(out, (str, Path)) else out
    employee = document.get("employee", {})
    body = Frame(MARGIN_X, MARGIN_BOTTOM, WIDTH, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    pdf = BaseDocTemplate(
        target, pagesize=(PAGE_W, PAGE_H), pageTemplates=[PageTemplate("form", [body])],
        title=f"{view.title} — {employee.get('name', '')} {document['period'].get('key', '')}",
        author=document.get("organisation", ""), subject=view.footer,
        keywords=keywords(view.meta), creator="Appraisal Desk 考评台", lang=language,
        initialFontName=font,       # else an unembedded Helvetica is listed on every page
    )
    maker = canvas_maker(footer=view.footer, page_text=words["page"], qr_text=view.qr_text,
                         font=font, fixed_text=fixed_text(view, words))
    pdf.build(_story(view, st, words), canvasmaker=maker)


def fixed_text(view, words):
    """What every form of the same rubric and period prints, whoever it is for: the title and
    subtitle, the labels, the column titles and the rubric's texts (not the names, reasons or
    figures). Their characters take the font's first subsets (reports/pdf_fonts.py)."""
    parts = [view.title, view.subtitle, *words["cols"], *(label for label, _ in view.header)]
    for row in view.rows:
        parts += [row.name, row.worth, row.standard, row.standard_rule, row.method]
    return "".join(parts)


def _story(view, st, words):
    from reportlab.platypus import KeepTogether, Spacer

    from reports.pdf_table import header_table, item_table, signature_table, summary_table

    story = [para(view.title, st.title), para(view.subtitle, st.subtitle), Spacer(0, 3 * MM),
             header_table(view, st), Spacer(0, 3 * MM)]
    # a correction and its reason, a dispute and its answer: paragraphs, so a long one flows on
    story += [para(f"{label}: {text}", st.warning if how == "alert" else st.value)
              for label, text, how in view.notices]
    if view.notices:
        story.append(Spacer(0, 2 * MM))
    story += [para(text, st.warning) for text in view.warnings]
    if view.warnings:
        story.append(Spacer(0, 2 * MM))
    story += [item_table(view, st, words["cols"]), Spacer(0, 3 * MM)]
    notes = [para(note, st.note) for note in view.notes]
    story.append(KeepTogether([
        summary_table(view, st), *notes, Spacer(0, 5 * MM),
        para(words["signatures"], st.section), Spacer(0, 1.5 * MM),
        signature_table(view, st, words),
    ]))
    return story
