"""Rubrics as the store keeps them: immutable versions of the YAML text, each parsed once per
process by its SHA-256 (`versions`: save, load, list, the rubric for a post), and the built-in
rubrics shipped in resources/rubrics (`builtin`); rubrics from and to the Excel/CSV template in
`models.rubrics.tables` (docs/rubric-template.md); which version applies to a post or team
from a period on (`assignments`, chosen per employee by models.work.applicable). Callers use
the functions exported here (and the `assignments` module); the
engine (scoring/) loads only when a rubric is first read. Imports models.audit and
models.storage."""

from models.rubrics.builtin import builtin_files, install_builtin_rubrics
from models.rubrics.versions import (
    clear_cache,
    latest_version_id,
    list_posts,
    list_rubrics,
    load_version,
    rubric_for_post,
    save_rubric_text,
    version_row,
)

__all__ = ["builtin_files", "clear_cache", "install_builtin_rubrics", "latest_version_id",
           "list_posts", "list_rubrics", "load_version", "rubric_for_post", "save_rubric_text",
           "version_row"]
