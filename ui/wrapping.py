"""Tree views whose long texts wrap instead of ending in "…": a QTreeView sizes its rows without
knowing its columns' widths, so `wrap_tree` gives it a delegate that measures each cell at its
column's width, and lays the rows out again when a column is resized."""

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

# The text's margins inside a cell (the style's focus frame and padding), in px.
MARGIN = 8


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view):
        super().__init__(view)
        self.view = view

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.WrapText
        option.textElideMode = Qt.ElideNone

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        text = index.data(Qt.DisplayRole)
        if not text:
            return size
        width = self.view.columnWidth(index.column()) - MARGIN
        if index.column() == 0:      # the first column also holds the branch and indentation
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.view.indentation() * (depth + int(self.view.rootIsDecorated()))
        if width <= 0:
            return size
        style = self.view.style()
        margin = style.pixelMetric(QStyle.PM_FocusFrameHMargin, None, self.view) + 1
        bound = option.fontMetrics.boundingRect(
            QRect(0, 0, max(1, width - 2 * margin), 100_000), Qt.TextWordWrap, str(text))
        return QSize(size.width(), max(size.height(), bound.height() + 4))


def wrap_tree(tree):
    """Make `tree` (a QTreeView/QTreeWidget) wrap its texts; returns the delegate."""
    delegate = WrappingDelegate(tree)
    tree.setItemDelegate(delegate)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setTextElideMode(Qt.ElideNone)
    relayout = QTimer(tree, singleShot=True, interval=0)
    relayout.timeout.connect(tree.doItemsLayout)
    tree.header().sectionResized.connect(relayout.start)
    return delegate
