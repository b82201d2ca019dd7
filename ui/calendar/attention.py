"""The "Needs attention" panel: people first, then the meetings nobody has logged.

One line per pair that needs a word — most urgent first (missed in a row, weeks
without a held meeting, low satisfaction, an overdue check-in, no group session
attended since the match began) — with every reason it is there; then one line
per past day whose meetings are not logged yet, each with a **Log them** button.
A drop-down shows one reason only. Opening a pair (double-click or Enter) opens
it; opening a day logs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peerdesk.calendar.attention import (
    AttentionItem,
    AttentionKind,
    AttentionList,
    PairAttention,
    UnloggedDay,
)
from ui import icons
from ui.calendar.data import plural, short_date
from ui.qt import (
    QAbstractItemView,
    QAbstractListModel,
    QComboBox,
    QCoreApplication,
    QFont,
    QHBoxLayout,
    QLabel,
    QListView,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from ui.qt import QKeyEvent

PAIR_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2  # the PairAttention or UnloggedDay
EMPTY = AttentionList((), ())


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def reason_labels() -> dict[AttentionKind, str]:
    return {
        AttentionKind.MISSED_IN_ROW: tr("Missed in a row"),
        AttentionKind.NO_MEETING: tr("No meeting for weeks"),
        AttentionKind.LOW_SATISFACTION: tr("Low satisfaction"),
        AttentionKind.CHECKIN_OVERDUE: tr("Check-in overdue"),
        AttentionKind.NO_SESSION: tr("No session attended"),
        AttentionKind.UNLOGGED: tr("Not logged yet"),
    }


def describe(item: AttentionItem) -> str:
    """What is wrong, in the user's language (the pair's names are shown above it)."""
    when = short_date(item.since) if item.since else ""
    if item.kind == AttentionKind.UNLOGGED:
        return plural(
            item.count,
            tr("1 meeting not logged, on {date}"),
            tr("{n} meetings not logged, since {date}"),
            date=when,
        )
    if item.kind == AttentionKind.NO_MEETING:
        return tr("No meeting held for {weeks} weeks (since {date})").format(
            weeks=item.weeks, date=when
        )
    if item.kind == AttentionKind.MISSED_IN_ROW:
        return tr("{n} cancelled or missed in a row, since {date}").format(n=item.count, date=when)
    role = {"mentor": tr("mentor"), "mentee": tr("mentee")}.get(item.role, item.role)
    if item.kind == AttentionKind.LOW_SATISFACTION:
        return tr("{name} ({role}) rated satisfaction {score} of 5 on {date}").format(
            name=item.person_name, role=role, score=f"{item.score:g}", date=when
        )
    if item.kind == AttentionKind.NO_SESSION:
        return plural(
            item.count,
            tr(
                "{name} ({role}) did not attend the group session held since the match "
                "began ({date})"
            ),
            tr(
                "{name} ({role}) attended none of the {n} group sessions held since the "
                "match began ({date})"
            ),
            name=item.person_name,
            role=role,
            date=when,
        )
    return tr("Check-in with {name} ({role}) overdue since {date}").format(
        name=item.person_name, role=role, date=when
    )


def describe_day(day: UnloggedDay) -> str:
    return plural(
        day.count,
        tr("{date}: 1 meeting not logged yet"),
        tr("{date}: {n} meetings not logged yet"),
        date=short_date(day.day),
    )


class AttentionModel(QAbstractListModel):
    """A row per pair needing attention, then a row per day with unlogged meetings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[PairAttention | UnloggedDay] = []

    def set_list(self, shown: AttentionList) -> None:
        self.beginResetModel()
        self.entries = [*shown.pairs, *shown.unlogged_days]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self.entries)

    def text(self, row: int) -> str:
        entry = self.entries[row]
        if isinstance(entry, UnloggedDay):
            return describe_day(entry)
        return "\n".join([entry.pair_title, *(describe(i) for i in entry.items)])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # A day's line is drawn by its own widget (words and a button), not painted twice.
            return "" if isinstance(entry, UnloggedDay) else self.text(index.row())
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row()).replace("\n", " — ")
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon("step-done" if isinstance(entry, UnloggedDay) else "warning")
        if role == Qt.ItemDataRole.SizeHintRole and isinstance(entry, UnloggedDay):
            return QSize(0, 34)
        if role == PAIR_ID_ROLE:
            return entry.pair_id if isinstance(entry, PairAttention) else None
        if role == ITEM_ROLE:
            return entry
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AttentionView(QListView):
    activated_entry = Signal(object)  # PairAttention or UnloggedDay

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_entry.emit(self.currentIndex().data(ITEM_ROLE))
            return
        super().keyPressEvent(event)


class DayLine(QWidget):
    """A day's unlogged meetings: the words and a Log them button."""

    def __init__(self, day: UnloggedDay, parent: QWidget) -> None:
        super().__init__(parent)
        self.day = day
        self.setAutoFillBackground(False)
        self.label = QLabel(describe_day(day), self)
        self.button = QPushButton(tr("Log them…"), self)
        self.button.setObjectName("attention_log_day")
        self.button.setToolTip(tr("Log this day's meetings"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 1, 4, 1)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)


class AttentionPanel(QWidget):
    """A heading with the count, a reason filter, and the list.

    ``opened`` asks to open a pair; ``log_day`` asks to log a day's meetings.
    """

    opened = Signal(object)  # the PairAttention
    log_day = Signal(object)  # the UnloggedDay

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_attention")
        self.full: AttentionList = EMPTY
        self.has_pairs = True  # False: the program has no pairs (it matches in circles)
        self.heading = QLabel(self)
        self.heading.setObjectName("calendar_attention_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.reason = QComboBox(self)
        self.reason.setObjectName("calendar_attention_reason")
        self.reason.setToolTip(tr("Show one reason only"))
        self.reason.addItem(tr("Every reason"), None)
        for kind, label in reason_labels().items():
            self.reason.addItem(label, kind.value)
        self.model = AttentionModel(self)
        self.list = AttentionView(self)
        self.list.setObjectName("calendar_attention_list")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when the panel resizes
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.day_lines: list[DayLine] = []
        self.empty = QLabel(self)
        self.empty.setObjectName("calendar_attention_empty")
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.empty.setFont(QFont(self.empty.font()))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.reason)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.list.doubleClicked.connect(lambda index: self._activate(index.data(ITEM_ROLE)))
        self.list.activated_entry.connect(self._activate)
        self.reason.currentIndexChanged.connect(lambda _i: self._show())
        self.set_items(EMPTY)

    def _activate(self, entry: object) -> None:
        if isinstance(entry, UnloggedDay):
            self.log_day.emit(entry)
        elif isinstance(entry, PairAttention):
            self.opened.emit(entry)

    def set_items(self, found: AttentionList) -> None:
        self.full = found
        self.heading.setText(tr("Needs attention ({n})").format(n=found.count))
        self._show()

    def chosen_reason(self) -> AttentionKind | None:
        value = self.reason.currentData()
        return AttentionKind(value) if value else None

    def _show(self) -> None:
        shown = self.full.only(self.chosen_reason())
        self.model.set_list(shown)
        self.day_lines = []
        for row, entry in enumerate(self.model.entries):
            if isinstance(entry, UnloggedDay):
                line = DayLine(entry, self.list)
                line.button.clicked.connect(lambda _c=False, d=entry: self.log_day.emit(d))
                self.list.setIndexWidget(self.model.index(row, 0), line)
                self.day_lines.append(line)
        has_rows = bool(self.model.entries)
        self.list.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if self.full.count == 0 and not self.has_pairs:
            self.empty.setText(tr("Nothing needs attention. No meetings are waiting to be logged."))
        elif self.full.count == 0:
            self.empty.setText(tr("Nothing needs attention. Every pair is meeting and logged."))
        else:
            self.empty.setText(tr("Nothing for this reason."))

    def item_rect(self, row: int) -> Any:
        return self.list.visualRect(self.model.index(row, 0))
