"""Changing a confirmed circle's people: who is in it, who leads, adding people.

On the Circles tab, the selected circle's people are listed under the table;
each name's menu (right-click, the Menu key or Shift+F10) takes them out,
makes them lead or makes a leader a member, or moves them to another open
circle. **Add people…** ticks people of the ready pool who are in no circle
(mentors may join as leaders). Each is one undo step; the core refuses what
the rules do not allow (a circle keeps a leader; a leader is a mentor) in
plain words and changes nothing.
"""

from __future__ import annotations

from typing import Any

from ui.calendar.people_picker import PeoplePicker, Pickable
from ui.circles.model import CircleRow
from ui.form_dialog import lay_out
from ui.item_views import is_menu_key, select_by_id
from ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeyEvent,
    QLabel,
    QListView,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QWidget,
    Signal,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEADS_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class CirclePeopleModel(QStringListModel):
    """The selected circle's people: leaders first (marked), then members."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[tuple[int, str, bool]] = []  # (participant id, name, leads)

    def set_circle(self, row: CircleRow | None) -> None:
        people = [] if row is None else [
            *((pid, name, True) for pid, name in row.leaders),
            *((pid, name, False) for pid, name in row.members),
        ]  # fmt: skip
        self.people = people
        self.setStringList(
            [
                self.tr("{name} (leader)").format(name=name) if leads else name
                for _pid, name, leads in people
            ]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self.people):
            if role == ID_ROLE:
                return self.people[index.row()][0]
            if role == LEADS_ROLE:
                return self.people[index.row()][2]
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CirclePeopleView(QListView):
    """The list under the table; asks for a person's menu by mouse or keyboard."""

    menu_requested = Signal(int)  # participant id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("circle_people")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.setMaximumHeight(150)

    def current_person(self) -> int | None:
        index = self.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def select_person(self, participant_id: int) -> bool:
        return select_by_id(self, participant_id, ID_ROLE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_menu_key(event):
            person = self.current_person()
            if person is not None:
                self.menu_requested.emit(person)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: Any) -> None:
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
            self.menu_requested.emit(int(index.data(ID_ROLE)))


class AddPeopleDialog(QDialog):
    """Tick people to put in a circle; mentors may join as its leaders."""

    def __init__(
        self, circle: str, people: list[tuple[int, str, bool]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addPeopleDialog")
        self.setWindowTitle(self.tr("Add people to {circle}").format(circle=circle))
        self.mentors = {pid for pid, _name, leads in people if leads}
        mentor = self.tr("mentor")
        self.picker = PeoplePicker(
            [Pickable(pid, name, mentor if leads else "") for pid, name, leads in people],
            parent=self,
            name="add_people",
        )
        self.as_leaders = QCheckBox(self.tr("Mentors ticked join as &leaders"), self)
        self.as_leaders.setObjectName("asLeaders")
        self.as_leaders.setEnabled(bool(self.mentors))
        intro = QLabel(
            self.tr(
                "Everyone ready for matching and in no circle yet. Tick who joins “{circle}”."
            ).format(circle=circle)
            if people
            else self.tr("Everyone ready for matching is in a circle already.")
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.picker)
        form.addRow(self.as_leaders)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("addButton")
        self.ok.setEnabled(False)
        self.picker.changed.connect(lambda: self.ok.setEnabled(bool(self.picker.chosen())))
        lay_out(self, intro, form, buttons, 420)
        self.resize(440, 460)

    def chosen(self) -> list[tuple[int, str]]:
        """(participant id, role) of everyone ticked."""
        lead = self.as_leaders.isChecked()
        return [
            (pid, "leader" if lead and pid in self.mentors else "member")
            for pid in self.picker.chosen()
        ]
