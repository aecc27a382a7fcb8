"""The form's identity in the PDF's document info (Keywords), written and read back."""

import re

PREFIX = "appraisal-desk"
PATTERN = re.compile(r"appraisal-desk form_id=(\S*) revision=(\S*) sha256=([0-9a-f]*)")


def keywords(meta):
    """'appraisal-desk form_id=12 revision=1 sha256=<hex>' for the /Keywords entry."""
    return (f"{PREFIX} form_id={meta.get('form_id')} revision={meta.get('revision')} "
            f"sha256={meta.get('sha256') or ''}")


def parse_keywords(text):
    """(form_id, revision, sha256) from a /Keywords value, or (None, None, None)."""
    found = PATTERN.search(text or "")
    if not found:
        return None, None, None
    form_id, revision, sha256 = found.groups()
    return _int(form_id), _int(revision), sha256 or None


def _int(text):
    return int(text) if text.isdigit() else None
