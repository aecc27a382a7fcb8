"""The form's identity in the PDF's document info (Keywords), written and read back."""

import re

PREFIX = "appraisal-desk"
PATTERN = re.compile(r"appraisal-desk form_id=(\S*) revision=(\S*) sha256=([0-9a-f]*)")


ANCHOR = re.compile(r"chain=([0-9]+):([0-9a-f]{64})")


def keywords(meta):
    """'appraisal-desk form_id=12 revision=1 sha256=<hex>' for the /Keywords entry, then
    ' chain=<event id>:<hash>' when the PDF carries an anchor of the audit trail."""
    text = (f"{PREFIX} form_id={meta.get('form_id')} revision={meta.get('revision')} "
            f"sha256={meta.get('sha256') or ''}")
    anchor = meta.get("anchor")
    if anchor:
        text += f" chain={anchor['event_id']}:{anchor['hash']}"
    if meta.get("results"):     # the closing its rank and stars were printed from
        text += " results={}:{}".format(*meta["results"])
    return text


# The results summary of a closed team period (reports/results_pdf.py): its own keyword form.
CLOSING = re.compile(r"appraisal-desk closing_id=([0-9]+) revision=([0-9]+) sha256=([0-9a-f]{64})")
RESULTS = re.compile(r" results=([0-9]+):([0-9]+)")


def closing_keywords(meta):
    """'appraisal-desk closing_id=3 revision=1 sha256=<hex>' (+ ' chain=<id>:<hash>')."""
    text = (f"{PREFIX} closing_id={meta['closing_id']} revision={meta['revision']} "
            f"sha256={meta['sha256']}")
    anchor = meta.get("anchor")
    if anchor:
        text += f" chain={anchor['event_id']}:{anchor['hash']}"
    return text


def parse_closing(text):
    """(closing id, revision, sha256) of a results summary's /Keywords, or None."""
    found = CLOSING.search(text or "")
    return (int(found.group(1)), int(found.group(2)), found.group(3)) if found else None


def parse_results(text):
    """(closing id, revision) a form's printed rank and stars came from, or None."""
    found = RESULTS.search(text or "")
    return (int(found.group(1)), int(found.group(2))) if found else None


def parse_anchor(text):
    """(event id, hash) of the audit trail's head a PDF was printed at, or None."""
    found = ANCHOR.search(text or "")
    return (int(found.group(1)), found.group(2)) if found else None


def parse_keywords(text):
    """(form_id, revision, sha256) from a /Keywords value, or (None, None, None)."""
    found = PATTERN.search(text or "")
    if not found:
        return None, None, None
    form_id, revision, sha256 = found.groups()
    return _int(form_id), _int(revision), sha256 or None


def _int(text):
    return int(text) if text.isdigit() else None
