"""One way to write a rubric's data as YAML text: the Excel import, the export and the editor all
save through here, so the same rubric always becomes the same text (and the same SHA-256)."""

import yaml


class _Dumper(yaml.SafeDumper):
    pass


def _text(dumper, value):
    # Multi-line texts (notes, sources) stay readable as blocks instead of escaped one-liners.
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def dump_rubric(data):
    """The YAML text of a rubric given as plain data (dicts, lists, numbers, texts), keys in the
    order given, Chinese kept as Chinese."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=False)


def load_rubric_data(text):
    """The plain data of a rubric's YAML text (no validation: the engine's loader does that)."""
    return yaml.safe_load(text)
