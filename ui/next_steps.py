"""The "Next steps for a new program" checklist, as the Overview and the Dashboard show it.

What is done comes from :func:`peerdesk.program.next_steps.next_steps` alone; this box
words each step and offers the screen where it is done. A step is ticked only
when it is done, and says what is still missing when it is not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ui import icons
from ui.qt import QFrame, QHBoxLayout, QLabel, QPalette, QPushButton, QVBoxLayout, QWidget, Signal

if TYPE_CHECKING:
    from peerdesk.program.next_steps import NextStep

# Where each step is done: a screen's key, or "settings" for the program's settings.
SETTINGS = "settings"
TARGETS = {
    "setup": SETTINGS,
    "import": "people",
    "ready": "people",
    "match": "matching",
    "agreements": "pairs",
    "schedule": "calendar",
}
# The Pairs screen's Circles tab: the agreements of a program that matches only in circles.
CIRCLES = "circles"


@runtime_checkable
class TabbedScreen(Protocol):
    """A screen with a Pairs and a Circles tab (ui.pairs.screen.PairsScreen)."""

    def show_tab(self, circles: bool) -> None: ...


class Window(Protocol):
    """The main window, as far as a step's button needs it."""

    def show_screen(self, key: str) -> QWidget: ...


def screen_of(target: str) -> str:
    """The screen a step's target is on."""
    return "pairs" if target == CIRCLES else target


def open_target(window: Window, target: str) -> None:
    """Open the screen of ``target`` (not settings) in ``window``, on the right tab."""
    screen = window.show_screen(screen_of(target))
    if isinstance(screen, TabbedScreen):  # the Pairs screen: its Pairs or Circles tab
        screen.show_tab(circles=target == CIRCLES)


def _target(step: NextStep) -> str:
    if step.key == "agreements" and step.of and step.circles == step.of:
        return CIRCLES
    return TARGETS[step.key]


class StepRow(QWidget):
    """One next step: done or not, what it is, and a button to the screen where it is done."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.target = TARGETS[key]  # where its button leads (see _target)
        self.done = False
        self.setObjectName(f"step_{key}")
        self.mark = QLabel(self)
        self.mark.setFixedWidth(22)
        self.text = QLabel(self)
        self.text.setObjectName(f"step_{key}_text")
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName(f"step_{key}_button")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.mark)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)

    def show_step(self, done: bool, text: str, button: str) -> None:
        self.done = done
        self.mark.setPixmap(icons.pixmap("step-done" if done else "step-todo", 18))
        self.mark.setAccessibleName(self.tr("Done") if done else self.tr("To do"))
        self.text.setText(text)
        # A step done is muted (and marked done by its icon); still readable, unlike
        # disabled text (ui.palette_colors keeps placeholder text at 4.5:1).
        roles = QPalette.ColorRole
        self.text.setForegroundRole(roles.PlaceholderText if done else roles.WindowText)
        self.button.setText(button)
        self.button.setVisible(bool(button) and not done)


class NextStepsBox(QFrame):
    """The checklist; ``open_requested`` says which screen (or "settings") to open."""

    open_requested = Signal(str)

    def __init__(
        self, available: Callable[[str], bool] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("next_steps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self._available = available or (lambda _target: True)
        self.heading = QLabel(self.tr("Next steps for a new program"), self)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.heading)
        self.rows: dict[str, StepRow] = {}
        for key, target in TARGETS.items():
            row = StepRow(key, self)
            row.target = target
            row.button.clicked.connect(lambda _c=False, r=row: self.open_requested.emit(r.target))
            self.rows[key] = row
            layout.addWidget(row)

    def show_steps(self, steps: list[NextStep]) -> None:
        """Show the checklist, and show the box only while a first step is still to do."""
        from peerdesk.program.next_steps import first_steps_pending

        for step in steps:
            row = self.rows.get(step.key)
            if row is None:
                continue
            text, button = self._words(step)
            row.target = _target(step)
            row.show_step(step.done, text, button if self._available(row.target) else "")
        self.setVisible(first_steps_pending(steps))

    def _words(self, step: NextStep) -> tuple[str, str]:
        from peerdesk.program.next_steps import MISSING_DATES, MISSING_PURPOSE

        n, of = step.count, step.of
        if step.key == "setup":
            if step.done:
                return self.tr("Program set up: purpose, dates, meetings, agreement"), ""
            missing = {
                MISSING_PURPOSE: self.tr("write its purpose"),
                MISSING_DATES: self.tr("set its start and end dates"),
            }
            todo = self.tr(" and ").join(missing[m] for m in step.missing if m in missing)
            return (
                self.tr("Set up the program: {todo}").format(todo=todo),
                self.tr("Edit settings…"),
            )
        if step.key == "import":
            text = (
                (self.tr("1 person added") if n == 1 else self.tr("{n} people added").format(n=n))
                if step.done
                else self.tr("Add people: import a roster, or add them by hand")
            )
            return text, self.tr("Open People")
        if step.key == "ready":
            if step.done:
                text = self.tr("Screening and training recorded: everyone is ready for matching")
            elif of:
                text = self.tr(
                    "Record screening and training ({n} of {of} ready for matching)"
                ).format(n=n, of=of)
            else:
                text = self.tr("Record screening and training")
            return text, self.tr("Open People")
        if step.key == "match":
            pairs, circles = n - step.circles, step.circles
            if not step.done:
                text = self.tr("Match mentors and mentees, and confirm the pairs or circles")
            elif not circles:
                text = (
                    self.tr("Mentors and mentees matched (1 pair)")
                    if pairs == 1
                    else self.tr("Mentors and mentees matched ({n} pairs)").format(n=pairs)
                )
            elif not pairs:
                text = (
                    self.tr("Mentors and mentees matched (1 circle)")
                    if circles == 1
                    else self.tr("Mentors and mentees matched ({n} circles)").format(n=circles)
                )
            else:
                text = self.tr("Mentors and mentees matched ({n} pairs, {c} circles)").format(
                    n=pairs, c=circles
                )
            return text, self.tr("Open Matching")
        if step.key == "agreements":
            text = (
                self.tr("Print the agreements and mark them signed ({n} of {of})").format(
                    n=n, of=of
                )
                if of
                else self.tr("Print the agreements and mark them signed")
            )
            if _target(step) == CIRCLES:
                return text, self.tr("Open Circles")
            return text, self.tr("Open Pairs")
        if not of:
            text = self.tr("Schedule the first meetings")
        elif not step.circles:
            text = self.tr("Schedule the first meetings ({n} of {of} pairs)").format(n=n, of=of)
        elif step.circles == of:
            text = self.tr("Schedule the first meetings ({n} of {of} circles)").format(n=n, of=of)
        else:
            text = self.tr("Schedule the first meetings ({n} of {of} pairs and circles)").format(
                n=n, of=of
            )
        return text, self.tr("Open Calendar")
