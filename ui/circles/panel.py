"""The Pairs screen's Circles tab: the program's circles after confirming.

Each circle with its leaders, members, status and signed date; below the
table (a splitter apart), the selected circle's people. **Print group agreement…**
shows a print preview of the circle's agreement (every member with a signature
line), **Save agreement as PDF…** (in the toolbar's More menu, with Pause and
Schedule check-ins) writes it, **Mark agreement signed…** records the date and
**End circle…** closes it with an outcome and a reason, like a pair — the two
last undoable. The operating system's dialogs go through the Pairs screen's
stand-ins, so tests replace them once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from peerdesk.enums import PairStatus
from ui import icons, operations, screens
from ui.circles.model import ID_ROLE, SORT_ROLE, CircleRow, CirclesModel, Column
from ui.circles.people import CirclePeopleModel, CirclePeopleView
from ui.pairs.printing import PdfPages, default_paper
from ui.qt import (
    QAction,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QSizePolicy,
    QSortFilterProxyModel,
    QSplitter,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from peerdesk.database import Database
    from ui.main_window import MainWindow
    from ui.pairs.printing import PrintPreview


class PaperHost(Protocol):
    """What the panel uses of the Pairs screen it sits in: the logo, the folder and the
    operating system's dialogs (tests replace them there), saving with its messages."""

    window_: MainWindow

    def logo(self) -> Path | None: ...

    def show_preview(self, pages: PdfPages, title: str) -> PrintPreview: ...

    def ask_save_file(self, title: str, suggested: Path) -> Path | None: ...

    def _folder(self) -> Path: ...

    def _remember_folder(self, folder: Path) -> None: ...

    def _confirm_replace(self, targets: list[Path], go: Callable[[], None]) -> None: ...

    def _run_save(self, work: Callable[[Any], list[Path]], label: str) -> None: ...


WIDTHS = {Column.NAME: 150, Column.LEADERS: 170}


class CirclesPanel(QWidget):
    loaded = Signal()
    scheduled = Signal(int)  # how many check-ins were just scheduled

    def __init__(self, host: PaperHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("circlesPanel")
        self.host = host
        self.db: Database | None = None
        self.program_id: int | None = None
        self.dialog: QWidget | None = None
        self._token = 0
        self.model = CirclesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self._build()
        self._update_actions()

    def _action(
        self, text: str, icon: str, slot: Callable[[], object], name: str, *, bar: bool = True
    ) -> QAction:
        action = QAction(icons.icon(icon), text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        if bar:
            self.toolbar.addAction(action)
        return action

    def _build(self) -> None:
        # The everyday actions on the bar; the rarer ones (save instead of print, pause,
        # staff check-ins) in its More menu, so that nothing hides behind » at 1280 px.
        self.toolbar = screens.toolbar("circles_toolbar", self)
        self.print_action = self._action(
            self.tr("Print group agreement…"), "print", self.print_agreement, "print_circle"
        )
        self.print_action.setToolTip(
            self.tr("Print the selected circle's agreement, with a signature line for everyone")
        )
        self.signed_action = self._action(
            self.tr("Mark agreement signed…"), "signed", self.mark_signed, "circle_signed"
        )
        self.toolbar.addSeparator()
        self.meeting_action = self._action(
            self.tr("Plan a meeting…"), "calendar", self.plan_meeting, "circle_meeting"
        )
        self.meeting_action.setToolTip(
            self.tr("A session on the calendar with this circle's people invited")
        )
        self.add_action = self._action(
            self.tr("Add people…"), "person-add", self.ask_add, "add_to_circle"
        )
        self.add_action.setToolTip(
            self.tr("Put people who are ready and in no circle yet in the selected circle")
        )
        self.rename_action = self._action(
            self.tr("Rename…"), "edit", self.ask_rename, "rename_circle"
        )
        self.end_action = self._action(
            self.tr("End circle…"), "end-pair", self.ask_end, "end_circle"
        )
        self.save_action = self._action(
            self.tr("Save agreement as PDF…"), "save-pdf", self.save_agreement, "save_circle",
            bar=False,
        )  # fmt: skip
        self.pause_action = self._action(
            self.tr("Pause"), "status", self.pause_or_resume, "pause_circle", bar=False
        )
        self.pause_action.setToolTip(
            self.tr("Pause the circle: its sessions from today on are held until it resumes")
        )
        self.checkins_action = self._action(
            self.tr("Schedule check-ins"), "checkin", self.schedule_checkins, "circle_checkins",
            bar=False,
        )  # fmt: skip
        self.checkins_action.setToolTip(
            self.tr(
                "Staff check-ins with each of the circle's people on the program's cadence, "
                "from the circle's start to the program's end (those in a pair have theirs)"
            )
        )
        self.more_menu = QMenu(self)
        self.more_menu.setObjectName("circles_more_menu")
        self.more_menu.setToolTipsVisible(True)
        self.more_menu.addActions([self.save_action, self.pause_action, self.checkins_action])
        self.more_action = QAction(icons.icon("status"), self.tr("More"), self)
        self.more_action.setObjectName("circles_more")
        self.more_action.setToolTip(
            self.tr("Save the agreement as a PDF, pause or resume the circle, schedule check-ins")
        )
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.more_button = QToolButton(self.toolbar)
        self.more_button.setObjectName("circles_more_button")
        self.more_button.setDefaultAction(self.more_action)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setMenu(self.more_menu)
        # A menu button (an instant popup draws its arrow under the text) that opens
        # its menu on a click of the button itself too, as the Pairs tab's Certificates.
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.more_action.triggered.connect(self.more_button.showMenu)
        self.toolbar.addWidget(self.more_button)

        self.table = screens.record_table("circles_table", self.proxy, self)
        header = self.table.horizontalHeader()
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        for column, width in WIDTHS.items():
            self.table.setColumnWidth(column, width)
        # The members' names take the room left: the short columns fit what they hold
        # (a few dozen circles), instead of the last one stretching over empty space.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.MEMBERS, QHeaderView.ResizeMode.Stretch)
        for column in (Column.STATUS, Column.SCORE, Column.STARTED, Column.SIGNED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.print_agreement())

        self.details = QLabel(self)
        self.details.setObjectName("circle_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.empty = QLabel(
            self.tr(
                "No circles yet. Form them on the Matching screen in Groups mode; once confirmed "
                "they appear here, ready for their agreements."
            ),
            self,
        )
        self.empty.setObjectName("circles_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        self.people_model = CirclePeopleModel(self)
        self.people = CirclePeopleView(self)
        self.people.setModel(self.people_model)
        self.people.setToolTip(
            self.tr("Right-click a name (or press the Menu key) to take them out, move them or "
                    "change who leads")
        )  # fmt: skip
        self.people.menu_requested.connect(self.open_person_menu)
        self.menu: QMenu | None = None

        # The circles take the height; the selected circle's people sit below, their list
        # beside its summary (a few rows high), and the splitter gives either more room.
        circles = QWidget(self)
        top = QVBoxLayout(circles)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.table, 1)
        top.addWidget(self.empty, 1)
        self.people.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 22))
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        selected = QWidget(self)
        below = QHBoxLayout(selected)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.people)
        below.addWidget(self.details, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("circles_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(circles)
        self.splitter.addWidget(selected)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        rows = self.fontMetrics().height() + 4
        self.people.setMinimumHeight(3 * rows + 2 * self.people.frameWidth())
        self.splitter.setSizes([10_000, 3 * rows + 2 * self.people.frameWidth()])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(0)  # (the toolbar has room around its buttons)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

    # -- data --------------------------------------------------------------------

    def set_context(self, db: Database | None, program_id: int | None) -> None:
        self.db, self.program_id = db, program_id
        self.model.set_rows([])
        self._update_actions()

    def reload(self) -> None:
        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return
        self._token += 1
        token = self._token
        wanted = self.selected_id()

        def success(rows: list[CircleRow]) -> None:
            if token != self._token:
                return
            self.model.set_rows(rows)
            self.table.setVisible(bool(rows))
            self.empty.setVisible(not rows)
            if wanted is not None:
                self.select_circle(wanted)
            self._selection_changed()
            self.loaded.emit()

        from ui.circles.data import load_circles

        operations.Op(
            lambda state: load_circles(db, program_id),
            success=success,
            label=self.tr("Loading circles…"),
            parent=self,
        ).run()

    def select_circle(self, circle_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == circle_id:
                self.table.selectRow(row)
                return True
        return False

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return int(rows[0].data(ID_ROLE)) if rows else None

    def selected_row(self) -> CircleRow | None:
        circle_id = self.selected_id()
        if circle_id is None:
            return None
        row = self.model.row_of(circle_id)
        return self.model.rows[row] if row >= 0 else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        if row is None:
            self.details.setText(
                self.tr("Select a circle to see its people.") if self.model.rows else ""
            )
        else:
            leaders = ", ".join(name for _id, name in row.leaders)
            members = ", ".join(name for _id, name in row.members)
            text = self.tr("{circle}: led by {leaders}. Members: {members}.").format(
                circle=row.name, leaders=leaders or "—", members=members or "—"
            )
            if row.status == PairStatus.ENDED and row.end_reason:
                text += " " + self.tr("Ended: {reason}").format(reason=row.end_reason)
            self.details.setText(text)
        self.people_model.set_circle(row)
        self.people.setVisible(row is not None)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.selected_row()
        chosen = row is not None
        open_ = row is not None and row.status != PairStatus.ENDED
        self.print_action.setEnabled(chosen)
        self.save_action.setEnabled(chosen)
        self.signed_action.setEnabled(open_)
        self.end_action.setEnabled(open_)
        self.pause_action.setEnabled(open_)
        self.rename_action.setEnabled(chosen)
        self.meeting_action.setEnabled(open_)
        self.checkins_action.setEnabled(open_)
        self.add_action.setEnabled(open_)
        paused = row is not None and row.status == PairStatus.PAUSED
        self.pause_action.setText(self.tr("Resume") if paused else self.tr("Pause"))

    # -- agreements --------------------------------------------------------------

    def print_agreement(self) -> None:
        row, db, program_id = self.selected_row(), self.db, self.program_id
        if row is None or db is None or program_id is None:
            return
        paper, logo = default_paper(), self.host.logo()

        def work(state: Any) -> bytes:
            from peerdesk.documents.group_agreement import make_group_agreements

            data, _ids = make_group_agreements(
                db, program_id, [row.id], logo=logo, paper=paper, progress=state
            )
            return data

        title = self.tr("Print group agreement — {circle}").format(circle=row.name)

        def show(data: bytes) -> None:
            preview = self.host.show_preview(PdfPages(data), title)
            preview.printed.connect(lambda _pages: self._record_printed(row.id))

        operations.Op(
            work,
            success=show,
            label=self.tr("Preparing the group agreement…"),
            cancellable=True,
            parent=self,
        ).run()

    def _record_printed(self, circle_id: int) -> None:
        """The agreement went to the printer: remember it, as for pairs."""
        db = self.db
        if db is None:
            return

        def work(state: object) -> None:
            from peerdesk.documents.group_agreement import mark_circles_printed

            mark_circles_printed(db, [circle_id])

        operations.Op(
            work,
            success=lambda _none: self.reload(),
            label=self.tr("Recording the print…"),
            parent=self,
        ).run()

    def save_agreement(self) -> None:
        from peerdesk.output_files import safe_file_name

        row, db, program_id = self.selected_row(), self.db, self.program_id
        if row is None or db is None or program_id is None:
            return
        host = self.host
        suggested = host._folder() / safe_file_name(f"Group agreement - {row.name}")
        path = host.ask_save_file(self.tr("Save the group agreement as PDF"), suggested)
        if path is None:
            return
        host._remember_folder(path.parent)
        paper, logo = default_paper(), host.logo()

        def work(state: Any) -> list[Path]:
            from peerdesk.documents.group_agreement import save_group_agreements

            return [
                save_group_agreements(
                    db, program_id, path, [row.id], overwrite=True, logo=logo, paper=paper,
                    progress=state,
                )
            ]  # fmt: skip

        host._confirm_replace(
            [path], lambda: host._run_save(work, self.tr("Saving the group agreement…"))
        )

    # -- signed, ended, check-ins ---------------------------------------------------

    def mark_signed(self) -> None:
        from ui.circles.commands import mark_signed
        from ui.pairs.dialogs import SignedDateDialog

        row = self.selected_row()
        if row is None:
            return
        dialog = SignedDateDialog([row.name], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: mark_signed(self.host.window_, row.id, dialog.value()))
        self.dialog = dialog
        dialog.open()

    def ask_end(self) -> None:
        from ui.circles.commands import end_circle
        from ui.circles.dialogs import EndCircleDialog

        row = self.selected_row()
        if row is None:
            return
        dialog = EndCircleDialog(row.name, self, started_on=row.started_on)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: end_circle(
                self.host.window_,
                row.id,
                dialog.outcome(),
                dialog.end_reason(),
                dialog.ended_date(),
            )
        )
        self.dialog = dialog
        dialog.open()

    def pause_or_resume(self) -> None:
        from ui.circles.commands import pause_or_resume

        row = self.selected_row()
        if row is not None and row.status in (PairStatus.ACTIVE, PairStatus.PAUSED):
            pause_or_resume(self.host.window_, row.id, row.status == PairStatus.ACTIVE)

    def ask_rename(self) -> None:
        """Rename the circle (a blank or too long name is refused in plain words)."""
        from ui.circles.commands import rename

        row = self.selected_row()
        if row is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("renameCircleDialog")
        dialog.setWindowTitle(self.tr("Rename circle"))
        dialog.setLabelText(self.tr("&Name:"))
        dialog.setTextValue(row.name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(
            lambda name: (
                rename(self.host.window_, row.id, name) if name.strip() != row.name else None
            )
        )
        self.dialog = dialog
        dialog.open()

    def plan_meeting(self) -> None:
        """The Calendar's New session…, inviting the selected circle."""
        row = self.selected_row()
        if row is None or row.status == PairStatus.ENDED:
            return
        calendar: Any = self.host.window_.show_screen("calendar")
        if calendar.context is not None:
            calendar.open_new_session(circle_id=row.id)
            return

        def loaded() -> None:  # the Calendar reads the program on its first showing
            calendar.loaded.disconnect(loaded)
            calendar.open_new_session(circle_id=row.id)

        calendar.loaded.connect(loaded)

    def schedule_checkins(self) -> None:
        """Staff check-ins for the circle's people (one undo step), said in the status bar."""
        from ui.calendar.commands import Steps, run_change

        row, program_id = self.selected_row(), self.program_id
        if row is None or program_id is None or row.status == PairStatus.ENDED:
            return
        window = self.host.window_
        people = [pid for pid, _name in row.people]
        text = self.tr("Schedule staff check-ins")

        def work(db: Database) -> Steps:
            from peerdesk.calendar.checkins import schedule_checkins

            return [(text, schedule_checkins(db, program_id, participant_ids=people))]

        def done(steps: Steps) -> None:
            made = sum(len(changes.created) for _text, changes in steps)
            message = (
                self.tr("No new check-ins: {circle}'s people have theirs already.")
                if made == 0
                else self.tr("1 check-in scheduled; it is on the Calendar.")
                if made == 1
                else self.tr("{n} check-ins scheduled; they are on the Calendar.")
            ).format(circle=row.name, n=made)
            window.statusBar().showMessage(message, 10000)
            self.scheduled.emit(made)

        run_change(window, work, parent=self, label=self.tr("Scheduling…"), done=done)

    def ask_add(self) -> None:
        """Add people…: who is ready and in no circle, read on the worker, then ticked."""
        from ui.circles.commands import add_people
        from ui.circles.data import addable_people
        from ui.circles.people import AddPeopleDialog

        row, db, program_id = self.selected_row(), self.db, self.program_id
        if row is None or db is None or program_id is None or row.status == PairStatus.ENDED:
            return

        def show(people: list[tuple[int, str, bool]]) -> None:
            dialog = AddPeopleDialog(row.name, people, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: add_people(self.host.window_, row.id, dialog.chosen()))
            self.dialog = dialog
            dialog.open()

        operations.Op(
            lambda state: addable_people(db, program_id),
            success=show,
            label=self.tr("Reading who is ready…"),
            parent=self,
        ).run()

    def open_person_menu(self, participant_id: int) -> QMenu | None:
        """A person of the selected circle: take out, lead or not, move to another circle."""
        from ui.circles import commands

        row = self.selected_row()
        if row is None or row.status == PairStatus.ENDED:
            return None
        window = self.host.window_
        leads = any(pid == participant_id for pid, _name in row.leaders)
        menu = QMenu(self)
        menu.setObjectName("circlePersonMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        out = menu.addAction(self.tr("&Take out of the circle"))
        out.setObjectName("takeOut")
        out.triggered.connect(lambda: commands.take_out(window, row.id, participant_id))
        role = menu.addAction(self.tr("Make a &member") if leads else self.tr("Make &leader"))
        role.setObjectName("makeMember" if leads else "makeLeader")
        role.triggered.connect(lambda: commands.set_role(window, row.id, participant_id, not leads))
        moves = menu.addMenu(self.tr("&Move to"))
        others = [r for r in self.model.rows if r.id != row.id and r.status != PairStatus.ENDED]
        for other in others:
            action = moves.addAction(other.name)
            action.setObjectName(f"moveToCircle{other.id}")
            action.triggered.connect(
                lambda _c=False, to=other.id: commands.move_to(window, participant_id, row.id, to)
            )
        moves.setEnabled(bool(others))
        index = self.people.currentIndex()
        rect = self.people.visualRect(index)
        self.menu = menu
        menu.popup(self.people.viewport().mapToGlobal(rect.bottomLeft()))
        menu.setActiveAction(out)
        return menu
