"""Month-end printing: one PDF per form, with progress, cancellable, never a half-written file."""

import os
import re
from pathlib import Path

UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
SIGNING_DIR = "signing"     # beside the database (models.trust.keys.SIGNING_DIR)
REASON = "考核表 Appraisal form"
# From this many forms a batch prints on every core (each worker process takes ~1 s to start:
# fewer forms print sooner here).
PARALLEL_FROM = 8


def signing_dir(db_path):
    """The organisation's key and certificate of the store at `db_path`: the `signing/` folder
    beside the database (models.trust.keys). `main.py print`/`verify` and the app use it."""
    from models.trust import keys

    return keys.signing_dir(db_path)


class BatchError(RuntimeError):
    """A form that could not be printed; the forms before it were written."""

    def __init__(self, form_id, cause, written):
        super().__init__(f"form {form_id}: {cause}")
        self.form_id, self.cause, self.written = form_id, cause, written


def file_name(document):
    """'2026-11_A001_张三_r1.pdf' — safe on Windows and Linux."""
    employee = document.get("employee", {})
    parts = [document.get("period", {}).get("key", ""), employee.get("code", ""),
             employee.get("name", ""), f"r{document.get('revision', 1)}"]
    stem = "_".join(UNSAFE.sub("-", str(p)).strip(" .") for p in parts if p != "")
    return f"{stem or document.get('form_id', 'form')}.pdf"


def render_batch(documents, out_dir, *, progress=None, cancel=None, language="zh",
                 org_dir=None, reason=REASON, workers=None):
    """Print every document into `out_dir`; returns the paths written, in order.

    `documents`: a sequence of form documents, or of zero-argument callables returning one
    (so a long batch loads each form only when it is printed). `progress(done, total)` is
    called after each form; `cancel()` is asked before each: when it returns True the batch
    stops and keeps only whole files. With `org_dir` every PDF is also signed (PAdES).

    `workers`: processes printing at once (default: one per core for a batch of
    PARALLEL_FROM forms or more; 1 prints here, form after form). The documents are read
    here, in order; the files are the same either way (tests/test_pdf_batch_parallel.py)."""
    from reports.fonts import cjk_font

    cjk_font()                      # once, and a missing font fails before any file is made
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    total = len(documents)
    if workers is None:
        workers = cores() if total >= PARALLEL_FROM else 1
    job = dict(language=language, org_dir=org_dir, reason=reason)
    if min(workers, total) > 1:
        return _in_processes(documents, out_dir, workers, job, progress, cancel)
    written = []
    for entry in documents:
        if cancel is not None and cancel():
            break
        document = _load(entry, written)
        target = out_dir / file_name(document)
        try:
            _write(document, target, **job)
        except Exception as exc:
            raise BatchError(document.get("form_id"), exc, written) from exc
        written.append(target)
        if progress is not None:
            progress(len(written), total)
    return written


def cores():
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:          # Windows, macOS
        return os.cpu_count() or 1


def _load(entry, written):
    try:
        return entry() if callable(entry) else entry
    except Exception as exc:        # a form that cannot be read (or was tampered with)
        raise BatchError(getattr(exc, "form_id", "?"), exc, written) from exc


def _in_processes(documents, out_dir, workers, job, progress, cancel):
    """The batch over `workers` processes (spawned: safe beside Qt's threads, and as on
    Windows). Each loads the font once; the organisation key is unlocked here (made, on the
    first use) and its secret handed to each worker at its start, through the pipe, never a
    file. Forms are read here one at a time, a few ahead of the printing."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    total, done, failure = len(documents), {}, None
    entries = iter(enumerate(documents))
    first = _load(documents[0], [])
    secret = _unlocked_secret(job["org_dir"], first)
    pool = ProcessPoolExecutor(max_workers=min(workers, total),
                               mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker, initargs=(job["org_dir"], secret))
    running = {}
    try:
        while True:
            while failure is None and len(running) < 2 * workers:
                if cancel is not None and cancel():
                    break
                index, entry = next(entries, (None, None))
                if index is None:
                    break
                try:
                    document = first if index == 0 else _load(entry, _in_order(done))
                except BatchError as exc:
                    failure = exc
                    break
                target = out_dir / file_name(document)
                running[pool.submit(_print_one, document, str(target), job)] = (
                    index, target, document.get("form_id"))
            if not running:
                break
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                index, target, form_id = running.pop(future)
                error = future.exception()
                if error is not None:
                    failure = failure or (form_id, error)
                    continue
                done[index] = target
                if progress is not None:
                    progress(len(done), total)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    if isinstance(failure, BatchError):
        raise BatchError(failure.form_id, failure.cause, _in_order(done)) from failure.cause
    if failure is not None:
        raise BatchError(failure[0], failure[1], _in_order(done)) from failure[1]
    return _in_order(done)


def _in_order(done):
    return [done[index] for index in sorted(done)]


def _unlocked_secret(org_dir, first):
    """The key's secret to hand to the workers (None: unsigned, or a key without one): the key
    is made here when missing, so that workers never race to make it."""
    if org_dir is None:
        return None
    from models.trust import keys

    try:
        keys.ensure(Path(org_dir), first.get("organisation") or None)
        return keys.secret(org_dir)
    except Exception as exc:
        raise BatchError(first.get("form_id"), exc, []) from exc


def _start_worker(org_dir, secret):
    """A print worker's start: the font once; the secret the app unlocked, in memory."""
    from reports.fonts import cjk_font

    cjk_font()
    if org_dir is not None and secret is not None:
        from models.trust import keys

        keys.hold(org_dir, secret)


def _print_one(document, target, job):
    """One form in a worker. A failure comes back as an error that crosses the process line
    whatever it was (its class and its sentence)."""
    try:
        _write(document, Path(target), **job)
    except Exception as exc:
        import pickle

        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:       # noqa: BLE001 — not picklable: its words are kept
            raise RuntimeError(f"{type(exc).__name__}: {exc}") from None
        raise
    return target


def _write(document, target, *, language, org_dir, reason):
    """One form into `target`: rendered, signed (with `org_dir`), renamed into place whole."""
    from reports.pdf_form import render_form

    return write_signed(render_form, document, target, language=language, org_dir=org_dir,
                        reason=reason)


def write_signed(render, document, target, *, language, org_dir, reason):
    """`render(document, path, language=…)` into `target`, signed with the certificate in
    `org_dir` (unsigned without), renamed into place whole: never a half-written file."""
    target = Path(target)
    part = target.with_name(target.name + ".render.part")
    try:
        render(document, part, language=language)
        if org_dir is not None:
            from reports.pdf_sign import sign_pdf

            sign_pdf(part, target, org_dir=org_dir, reason=reason,
                     organisation=document.get("organisation") or None)
        else:
            os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    return target


def save_form(db, form_id, target, *, org_dir, language="zh", reason=REASON):
    """One form's PDF, signed with the certificate in `org_dir`, into the file `target` (whole
    or not at all): the app's "Save signed PDF…", on the same path as the batch."""
    from reports.fonts import cjk_font

    cjk_font()                      # a missing font fails before the file is made
    document = with_anchor(printable_document(db, form_id), print_anchor(db, org_dir))
    return _write(document, Path(target), language=language, org_dir=org_dir, reason=reason)


def printable_document(db, form_id):
    """The form's document as it is printed: `models.forms.document` with the rank and stars of
    the team's closed results, or none yet (models.results.closing.with_standing)."""
    from models import forms
    from models.results.closing import with_standing

    return with_standing(db, forms.document(db, form_id))


def print_anchor(db, org_dir):
    """A signed PDF carries the audit trail's head, anchored as it is printed: a store later
    found older than its paper was replaced by an older copy (`main.py verify` says so)."""
    if org_dir is None:
        return None
    from models.trust import anchors

    return anchors.anchor_now(db, "print")


def with_anchor(document, anchor):
    if anchor is not None:
        document = dict(document, anchor={"event_id": anchor["event_id"],
                                          "hash": anchor["hash"]})
    return document


def print_period(db, *, period, out_dir, team=None, by, progress=None, cancel=None,
                 language="zh", org_dir=None):
    """Every form of `period` (one team's, by name, or all active teams'): drafts are made for
    whoever has none yet (models.forms.create_forms) on the teams where `by` may make forms
    (a reviewer prints what there is), then each latest revision is printed."""
    from models import forms
    from models.people import access
    from models.people.teams import list_teams

    teams = [t for t in list_teams(db) if not team or t["name"] == team]
    if team and not teams:
        raise LookupError(f"no active team named {team!r}")
    for row in teams:
        if access.allows(by, "create_forms", team_id=row["id"]):
            forms.create_forms(db, team_id=row["id"], period=period, by=by)
    wanted = {t["id"] for t in teams}
    rows = [r for r in forms.list_forms(db, period=period) if r["team_id"] in wanted]
    anchor = print_anchor(db, org_dir)
    loaders = [lambda form_id=r["id"]: with_anchor(printable_document(db, form_id), anchor)
               for r in rows]
    return render_batch(loaders, out_dir, progress=progress, cancel=cancel, language=language,
                        org_dir=org_dir)
