"""Tabs that read only while shown: a change heard while a tab is hidden marks it stale, and
it reads when it is shown again (so start-up and changes elsewhere do not load what nobody
sees). Mix in before the Qt widget class: `class Panel(ReloadWhenShown, QWidget)`."""


class ReloadWhenShown:
    _stale = False

    def wait_until_shown(self, force=False):
        """True (and marked stale) when hidden and not forced: the caller reads nothing now."""
        if not force and not self.isVisible():
            self._stale = True
            return True
        self._stale = False
        return False

    def showEvent(self, event):
        super().showEvent(event)
        if self._stale:
            self.reload_when_shown()

    def reload_when_shown(self):
        raise NotImplementedError
