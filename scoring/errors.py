"""The one error the scoring layer raises for bad rubric or sheet input."""


class RubricError(ValueError):
    """Bad rubric or sheet input, located as precisely as we know.

    str() gives one line a shift lead or HR officer can act on:
    ``rubric.yaml:23: item 'uniform', field 'deduct': must not be negative``.
    """

    def __init__(self, message, *, file=None, line=None, item=None, field=None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.item = item
        self.field = field

    def __str__(self):
        where = str(self.file or "<input>")
        if self.line:
            where += f":{self.line}"
        parts = []
        if self.item:
            parts.append(f"item '{self.item}'")
        if self.field:
            parts.append(f"field '{self.field}'")
        subject = ", ".join(parts)
        return f"{where}: {subject}: {self.message}" if subject else f"{where}: {self.message}"
