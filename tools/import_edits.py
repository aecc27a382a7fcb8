"""The edits tools/rewrite_imports.py makes, given its tables (a `Rules`): module paths in any
text, `from package import module` split by package, and renamed or moved names followed through
imports, aliases and definitions. Positions come from `ast`, so code is edited exactly and
strings and comments only where a module path is written out."""

import ast
import re


class Rules:
    """The tables, compiled: MODULES (old → new module), EXTRA_PATHS (old → new file path for
    modules that became packages) and SYMBOLS ((module, name) → (module, name))."""

    def __init__(self, modules, extra_paths, symbols, line_limit):
        self.modules, self.symbols, self.line_limit = modules, symbols, line_limit
        paths = {old.replace(".", "/") + ".py": new.replace(".", "/") + ".py"
                 for old, new in modules.items()}
        paths.update(extra_paths)
        self.dotted = [(re.compile(r"(?<![\w.])" + re.escape(old) + r"(?!\w)"), new)
                       for old, new in sorted(modules.items(), key=lambda kv: -len(kv[0]))]
        self.slashed = [(re.compile(r"(?<![\w/.])" + re.escape(old) + r"(?!\w)"), new)
                        for old, new in sorted(paths.items(), key=lambda kv: -len(kv[0]))]
        self.new_paths = sorted({*modules.values(), *paths.values()}, key=len, reverse=True)


def rewrite_text(text, rules):
    """Module paths and file paths, wherever they are written."""
    for pattern, new in rules.slashed:
        text = pattern.sub(new, text)
    for pattern, new in rules.dotted:
        text = pattern.sub(new, text)
    return text


# -- positions ----------------------------------------------------------------------------------

class Source:
    """Text with ast positions (UTF-8 byte columns) turned into character offsets."""

    def __init__(self, text):
        self.text = text
        self.lines = text.splitlines(keepends=True)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line))

    def offset(self, lineno, col):
        line = self.lines[lineno - 1]
        return self.starts[lineno - 1] + len(line.encode("utf-8")[:col].decode("utf-8"))

    def span(self, node):
        return (self.offset(node.lineno, node.col_offset),
                self.offset(node.end_lineno, node.end_col_offset))

    def line_start(self, lineno):
        return self.starts[lineno - 1]

    def line_end(self, lineno):
        """Offset just after the line's newline."""
        return self.starts[lineno]

    def indent(self, lineno):
        line = self.lines[lineno - 1]
        return line[:len(line) - len(line.lstrip())]

    def trailing(self, node):
        """The comment after a statement on its last line ('' if none)."""
        line = self.lines[node.end_lineno - 1]
        rest = line.encode("utf-8")[node.end_col_offset:].decode("utf-8").strip()
        return rest if rest.startswith("#") else ""


def apply_edits(text, edits):
    """Edits are (start, end, new text); overlapping edits are a bug."""
    last = None
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        if last is not None and end > last:
            raise ValueError(f"overlapping edits at {start}:{end}")
        text = text[:start] + new + text[end:]
        last = start
    return text


def _import_lines(indent, module, names, comment, limit=100):
    """`from module import names` (a list of 'name' / 'name as alias'), wrapped if long."""
    tail = f"  {comment}" if comment else ""
    line = f"{indent}from {module} import {', '.join(names)}{tail}"
    if len(line) <= limit or len(names) == 1:
        return line + "\n"
    inner = "".join(f"{indent}    {name},\n" for name in names)
    return f"{indent}from {module} import ({tail}\n{inner}{indent})\n"


def _alias_text(name, asname):
    return f"{name} as {asname}" if asname and asname != name else name


# -- pass 1: `from package import module` -------------------------------------------------------

ONE_LINE_IMPORT = re.compile(r"^([ \t]*)from ([\w.]+) import ([\w, ]+?)[ \t]*(#.*)?$", re.M)


def _split_groups(package, names, rules):
    """{package: ['name' / 'base as name']} for `from package import names` after the move."""
    groups = {}
    for name, asname in names:
        target = rules.modules.get(f"{package}.{name}")
        if target is None:
            groups.setdefault(package, []).append(_alias_text(name, asname))
        else:
            new_package, base = target.rsplit(".", 1)
            groups.setdefault(new_package, []).append(_alias_text(base, asname or name))
    return groups


def _split_lines(indent, groups, comment):
    return "".join(_import_lines(indent, package, names,
                                 comment if (i == 0 or "noqa" in comment) else "")
                   for i, (package, names) in enumerate(sorted(groups.items())))


def split_package_imports(text, rules):
    """`from models import a, b` → one statement per new package, keeping the bound names: on
    one line anywhere (code, or code in a string run by a subprocess), or wrapped in
    parentheses (code)."""
    def one_line(match):
        indent, package, names, comment = match[1], match[2], match[3], match[4] or ""
        pairs = []
        for part in names.split(","):
            words = part.split()
            if len(words) == 1:
                pairs.append((words[0], None))
            elif len(words) == 3 and words[1] == "as":
                pairs.append((words[0], words[2]))
            else:
                return match[0]
        if not any(f"{package}.{name}" in rules.modules for name, _as in pairs):
            return match[0]
        return _split_lines(indent, _split_groups(package, pairs, rules), comment).rstrip("\n")

    text = ONE_LINE_IMPORT.sub(one_line, text)
    tree = ast.parse(text)
    src = Source(text)
    edits = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
            continue
        if not any(f"{node.module}.{a.name}" in rules.modules for a in node.names):
            continue
        groups = _split_groups(node.module, [(a.name, a.asname) for a in node.names], rules)
        edits.append((src.line_start(node.lineno), src.line_end(node.end_lineno),
                      _split_lines(src.indent(node.lineno), groups, src.trailing(node))))
    return apply_edits(text, edits)


# -- pass 2: the names in rules.symbols -------------------------------------------------------

def _parents(tree):
    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    return parents


def _scope(node, parents):
    while node in parents:
        node = parents[node]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            return node
    return None


def _dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


class Bindings:
    """Which local names are modules, per scope (a function or the module)."""

    def __init__(self, tree, parents, modules):
        self.by_scope = {}      # scope → {name: (module, statement)}
        self.names_used = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                self.names_used.add(node.id)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                self.names_used.add(node.name)
            elif isinstance(node, ast.arg):
                self.names_used.add(node.arg)
            if isinstance(node, ast.Import):
                for a in node.names:
                    if a.asname:
                        self._bind(node, parents, a.asname, a.name)
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                for a in node.names:
                    if f"{node.module}.{a.name}" in modules:
                        self._bind(node, parents, a.asname or a.name,
                                   f"{node.module}.{a.name}")
                    self.names_used.add(a.asname or a.name)

    def _bind(self, node, parents, name, module):
        self.by_scope.setdefault(_scope(node, parents), {})[name] = (module, node)

    def lookup(self, name, node, parents):
        scope = _scope(node, parents)
        while True:
            found = self.by_scope.get(scope, {}).get(name)
            if found or scope is None:
                return found
            scope = _scope(scope, parents)

    def alias_for(self, module, node, parents):
        scope = _scope(node, parents)
        while True:
            for name, (bound, _stmt) in self.by_scope.get(scope, {}).items():
                if bound == module:
                    return name
            if scope is None:
                return None
            scope = _scope(scope, parents)


def rename_symbols(text, this_module, rules, modules, path, warnings):
    tree = ast.parse(text)
    src = Source(text)
    parents = _parents(tree)
    bindings = Bindings(tree, parents, modules)
    edits = []
    inserts = {}            # statement → [import lines to add after it]
    renamed_names = {}      # old local name → new local name, for plain names in this file

    def add_import(statement, module, used_names):
        package, base = module.rsplit(".", 1)
        alias = base if base not in used_names else f"{package.rsplit('.', 1)[-1]}_{base}"
        line = f"from {package} import {_alias_text(base, alias)}"
        inserts.setdefault(statement, [])
        if line not in inserts[statement]:
            inserts[statement].append(line)
        return alias

    # from m import old [as x]
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
            continue
        hits = [a for a in node.names if (node.module, a.name) in rules.symbols]
        if not hits:
            continue
        groups = {node.module: []}
        for a in node.names:
            new_module, new_name = rules.symbols.get((node.module, a.name), (node.module, a.name))
            local = a.asname or a.name
            if a in hits and not a.asname and new_name != a.name:
                renamed_names[a.name] = new_name
                local = new_name
            groups.setdefault(new_module, []).append(_alias_text(new_name, local))
        indent, comment = src.indent(node.lineno), src.trailing(node)
        out = [_import_lines(indent, module, names, comment if i == 0 else "")
               for i, (module, names) in enumerate(groups.items()) if names]
        edits.append((src.line_start(node.lineno), src.line_end(node.end_lineno), "".join(out)))

    # the definitions in the module that defines them
    for (module, old), (new_module, new) in rules.symbols.items():
        if module == this_module and new_module == module and old != new:
            renamed_names.setdefault(old, new)

    # alias.old, and package.module.old written out
    moved_uses = {}         # (alias, statement) → the Name nodes whose attribute moved away
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        owner = None
        if isinstance(node.value, ast.Name):
            bound = bindings.lookup(node.value.id, node, parents)
            owner = bound[0] if bound else None
            statement = bound[1] if bound else None
        if owner is None:
            dotted = _dotted(node.value)
            if dotted in modules:
                owner, statement = dotted, None
        if owner is None or (owner, node.attr) not in rules.symbols:
            continue
        new_module, new = rules.symbols[(owner, node.attr)]
        if new_module == owner:
            start, end = src.span(node)
            edits.append((end - len(node.attr), end, new))
            continue
        if statement is None:
            warnings.append(f"{path}:{node.lineno}: {_dotted(node)} moved to {new_module}; "
                            "rewrite it by hand")
            continue
        alias = bindings.alias_for(new_module, node, parents) or \
            add_import(statement, new_module, bindings.names_used)
        start, end = src.span(node)
        edits.append((start, end, f"{alias}.{new}"))
        moved_uses.setdefault((node.value.id, statement), set()).add(node.value)

    edits += _drop_unused(tree, src, parents, bindings, moved_uses, edits, path, warnings)
    for statement, lines in inserts.items():
        indent = src.indent(statement.lineno)
        at = src.line_end(statement.end_lineno)
        edits.append((at, at, "".join(f"{indent}{line}\n" for line in lines)))

    if renamed_names:
        edits += _rename_names(tree, src, renamed_names, path, warnings)
    return apply_edits(text, _drop_inside(edits))


def _drop_unused(tree, src, parents, bindings, moved_uses, edits, path, warnings):
    """A module imported only for names that moved away is imported no more."""
    unused = {}
    for (alias, statement), moved in moved_uses.items():
        left = [n for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id == alias
                and n not in moved and bindings.lookup(alias, n, parents) is not None
                and bindings.lookup(alias, n, parents)[1] is statement]
        if not left:
            unused.setdefault(statement, set()).add(alias)
    out = []
    for statement, aliases in unused.items():
        start, end = src.line_start(statement.lineno), src.line_end(statement.end_lineno)
        if any(s < end and e > start for s, e, _t in edits):
            warnings.append(f"{path}:{statement.lineno}: {', '.join(sorted(aliases))} may be "
                            "unused now; check it by hand")
            continue
        names = [a for a in statement.names if (a.asname or a.name) not in aliases]
        if not names:
            out.append((start, end, ""))
        elif isinstance(statement, ast.ImportFrom):
            out.append((start, end, _import_lines(
                src.indent(statement.lineno), statement.module,
                [_alias_text(a.name, a.asname) for a in names], src.trailing(statement))))
        else:
            text = ", ".join(_alias_text(a.name, a.asname) for a in names)
            comment = src.trailing(statement)
            out.append((start, end, f"{src.indent(statement.lineno)}import {text}"
                        f"{'  ' + comment if comment else ''}\n"))
    return out


def _rename_names(tree, src, renames, path, warnings):
    edits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in renames:
            start, end = src.span(node)
            edits.append((start, end, renames[node.id]))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) \
                and node.name in renames:
            line_start = src.line_start(node.lineno)
            line = src.lines[node.lineno - 1]
            match = re.search(r"\b(def|class)\s+(" + re.escape(node.name) + r")\b", line)
            if match:
                edits.append((line_start + match.start(2), line_start + match.end(2),
                              renames[node.name]))
        elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            for item in ast.walk(node.value):
                if isinstance(item, ast.Constant) and item.value in renames:
                    start, end = src.span(item)
                    quote = src.text[start]
                    edits.append((start, end, f"{quote}{renames[item.value]}{quote}"))
        elif isinstance(node, ast.arg) and node.arg in renames:
            warnings.append(f"{path}:{node.lineno}: an argument named {node.arg} hides a "
                            "renamed name; check it by hand")
    return edits


def _drop_inside(edits):
    """The same edit found twice (a name reached two ways) is made once."""
    return sorted(set(edits))
