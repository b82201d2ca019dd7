"""Refiltering a ``QSortFilterProxyModel`` after its filter changed, on every Qt we support.

Qt 6.10 brackets a filter change with ``beginFilterChange()`` and
``endFilterChange(direction)``; before it, the proxy is told afterwards with
``invalidateRowsFilter()``.
"""

from __future__ import annotations

from collections.abc import Callable

from ui.qt import QSortFilterProxyModel


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Run ``change`` (which changes what ``proxy`` accepts), then filter the rows again."""
    direction = getattr(QSortFilterProxyModel, "Direction", None)
    if direction is not None and hasattr(proxy, "endFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(direction.Rows)
    else:  # Qt before 6.10
        change()
        proxy.invalidateRowsFilter()
