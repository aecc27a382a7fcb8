"""Prose that a longer module path pushed over the line limit, wrapped: docstrings and
full-line comments only (code and other strings are never touched), and only lines that hold
one of the new paths or received words from the line before."""

import ast
import re


def _docstring_lines(tree):
    """Line numbers inside docstrings (string statements), and each one's first line."""
    first = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) \
                and isinstance(node.value.value, str):
            for lineno in range(node.lineno, node.end_lineno + 1):
                first[lineno] = (node.lineno, node.end_lineno)
    return first


def _cut(line, limit):
    """(head, tail) split at the last space that keeps `head` within `limit`, or None."""
    indent = len(line) - len(line.lstrip())
    cut = line.rfind(" ", indent + 1, limit + 1)
    while cut > indent and line[cut - 1] == " ":
        cut -= 1
    if cut <= indent:
        return None
    return line[:cut].rstrip(), line[cut:].strip()


def fit_long_lines(text, new_paths, limit, path, warnings):
    """Wrap docstring and comment lines that a longer module path pushed over the limit: the
    words that do not fit go to the start of the next line of the same paragraph (or a new one).
    Code and other strings are never touched; lines without a new path are left alone."""
    lines = text.split("\n")
    if not any(len(line) > limit for line in lines):
        return text
    try:
        docstrings = _docstring_lines(ast.parse(text))
    except SyntaxError:
        return text
    i, forced = 0, -1       # forced: a line that words were just moved into
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        if len(line) <= limit or stripped.startswith(("from ", "import ")) or (
                i != forced and not any(p in line for p in new_paths)):
            i += 1
            continue
        indent = line[:len(line) - len(stripped)]
        if stripped.startswith("#"):
            trimmed = re.sub(r" ?-{2,}$", "", line)
            if trimmed != line and re.match(r"#\s*--", stripped):
                dashes = limit - len(trimmed) - 1
                lines[i] = trimmed + (" " + "-" * dashes if dashes >= 2 else "")
                if len(lines[i]) <= limit:
                    i += 1
                    continue
            prefix = indent + "# "
            parts = _cut(line, limit)
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if parts is None:
                warnings.append(f"{path}:{i + 1}: a comment too long to wrap")
                i += 1
                continue
            lines[i] = parts[0]
            if nxt.startswith(prefix) and not nxt.lstrip("# ").startswith(("-", "*")) \
                    and nxt[len(prefix):len(prefix) + 1] not in ("", " ", "-"):
                lines[i + 1] = prefix + parts[1] + " " + nxt[len(prefix):]
                forced = i + 1
            else:
                lines.insert(i + 1, prefix + parts[1])
            i += 1
            continue
        if i + 1 not in docstrings:
            warnings.append(f"{path}:{i + 1}: longer than {limit} characters (code or a "
                            "string): shorten it by hand")
            i += 1
            continue
        start, end = docstrings[i + 1]
        if start == i + 1:          # the opening line: continue at the quotes' indentation
            indent = line[:len(line) - len(line.lstrip())]
        parts = _cut(line, limit)
        if parts is None:
            warnings.append(f"{path}:{i + 1}: a docstring line too long to wrap")
            i += 1
            continue
        lines[i] = parts[0]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        nxt_body = nxt.strip()
        joins = (i + 2 <= end and nxt.startswith(indent) and nxt_body
                 and not nxt_body.startswith(('"""', "'''"))
                 and not nxt[len(indent):len(indent) + 1].isspace()
                 and not re.match(r"([-*]|\d+\.)\s", nxt_body))
        if joins:
            lines[i + 1] = indent + parts[1] + " " + nxt_body
            forced = i + 1
        else:
            lines.insert(i + 1, indent + parts[1])
            docstrings = _docstring_lines(ast.parse("\n".join(lines)))
        i += 1
    return "\n".join(lines)
