"""The date field every screen uses: a calendar to pick from, and typing that keeps its word.

Qt's own QDateEdit reports every keystroke as a new date (typing "15" reports
the 1st first, and whatever listens changes other fields to match), ignores
typing over a selected date, and drops digits that do not fit the month.
:class:`DateEdit` reports a date once, when typing is finished (Enter, Tab,
or leaving the field) and never a half-typed one; typing over the whole
selected date starts from the day; and a whole date typed in the common ways
("15 Mar 2027", "15/3/2027", "2027-03-15", "15 March") is understood.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date

from ui.qt import QDate, QDateEdit, QFocusEvent, QKeyEvent, QLocale, Qt, QToolTip, QWidget, Signal

SHORT_FORMAT = "d MMM yyyy"  # "10 Mar 2025": the month's name, never ambiguous
LONG_FORMAT = "d MMMM yyyy"  # "10 March 2025"

_NUMERIC = re.compile(r"^\s*(\d{1,4})\s*[./\-\s]\s*(\d{1,2})\s*(?:[./\-\s]\s*(\d{1,4}))?\s*$")
_NAMED = re.compile(r"^\s*(\d{1,2})\s*[./\-\s]?\s*([^\W\d_]+)\.?\s*[,./\-\s]?\s*(\d{4})?\s*$")


def _month_number(word: str, locale: QLocale) -> int | None:
    """The month a word names ("mar", "March", "märz"), in the user's language or English."""
    word = word.casefold()
    if len(word) < 3:
        return None
    for language in (locale, QLocale(QLocale.Language.English)):
        for month in range(1, 13):
            for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                name = language.monthName(month, kind).casefold().rstrip(".")
                if name.startswith(word) or word.startswith(name):
                    return month
    return None


def _day_first(locale: QLocale) -> bool:
    short = locale.dateFormat(QLocale.FormatType.ShortFormat).lower()
    return short.find("d") < short.find("m")


def parse_date(text: str, today: date | None = None, locale: QLocale | None = None) -> date | None:
    """A date as people type it, or None.

    A missing year is ``today``'s year; a day alone is of ``today``'s month (the
    field passes the date it shows as ``today``, so only the day changes).
    """
    today = today or date.today()
    locale = locale or QLocale()
    text = text.strip()
    if text.isdigit() and len(text) <= 2:  # only the day: of the month shown
        try:
            return today.replace(day=int(text))
        except ValueError:
            return None
    match = _NUMERIC.match(text)
    try:
        if match:
            first, second, third = match.groups()
            if len(first) == 4:  # 2027-03-15
                return date(int(first), int(second), int(third)) if third else None
            year = int(third) if third else today.year
            if third and len(third) == 2:
                year += 2000
            elif third and len(third) != 4:
                return None
            orders = [(first, second), (second, first)]  # day and month, as the language has it
            if not _day_first(locale):
                orders.reverse()
            for day, month in orders:  # "15/3" is the 15th of March in any language
                with contextlib.suppress(ValueError):
                    return date(year, int(month), int(day))
            return None
        match = _NAMED.match(text)
        if match:
            day_text, word, year_text = match.groups()
            month_number = _month_number(word, locale)
            if month_number is None:
                return None
            return date(int(year_text) if year_text else today.year, month_number, int(day_text))
    except ValueError:
        return None
    return None


class DateEdit(QDateEdit):
    """A date field with a calendar popup that reports a date once it is typed in full."""

    typing_refused = Signal(str)  # what was typed was not a date; the date stayed as it was

    def __init__(
        self,
        value: QDate | None = None,
        parent: QWidget | None = None,
        *,
        name: str = "",
        long: bool = False,
    ) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setCalendarPopup(True)
        self.setDisplayFormat(LONG_FORMAT if long else SHORT_FORMAT)
        self.setKeyboardTracking(False)
        self.setCorrectionMode(QDateEdit.CorrectionMode.CorrectToPreviousValue)
        self.setDate(value if value is not None else QDate.currentDate())
        self._typed: str | None = None

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date:
        result: date = self.date().toPython()
        return result

    def date(self) -> QDate:
        """The date shown, or the one being typed once it reads as a date (read before the
        field is left, e.g. by a Finish button's shortcut)."""
        shown = super().date()
        if self._typed is None:
            return shown
        typed = parse_date(self._typed, shown.toPython())
        if typed is None or not self._allowed(typed):
            return shown
        return QDate(typed.year, typed.month, typed.day)

    def _allowed(self, value: date) -> bool:
        low: date = self.minimumDate().toPython()
        high: date = self.maximumDate().toPython()
        return low <= value <= high

    # -- typing ------------------------------------------------------------------------

    def typed(self) -> str | None:
        """What is being typed over the date, before it is finished (None: not typing)."""
        return self._typed

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        printable = bool(text) and text.isprintable()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if self._typed is None and printable and plain and self._replacing_from_day():
            self._typed = ""
        if self._typed is not None:
            if printable and plain:
                self._show_typed(self._typed + text)
                event.accept()
                return
            if key == Qt.Key.Key_Backspace:
                self._show_typed(self._typed[:-1])
                event.accept()
                return
            if key == Qt.Key.Key_Escape:
                self._finish_typing(keep=False)
                event.accept()
                return
            self._finish_typing(keep=True)  # Enter, Tab, arrows: the typing is done
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._settled():
            # Qt would report the same date again; say only that editing is finished, and
            # let the dialog have the key for its default button.
            self.editingFinished.emit()
            event.ignore()
            return
        super().keyPressEvent(event)

    def _settled(self) -> bool:
        """Whether the field shows exactly its date (nothing typed is waiting)."""
        return self.lineEdit().text() == self.textFromDateTime(self.dateTime())

    def interpretText(self) -> None:
        """Take what is being typed as the date now (a dialog calls this before reading it)."""
        if self._typed is not None:
            self._finish_typing(keep=True)
        super().interpretText()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._typed is not None:
            self._finish_typing(keep=True)
        super().focusOutEvent(event)

    def _replacing_from_day(self) -> bool:
        """Whether typing now replaces the date: all of it, or its day, is selected."""
        line = self.lineEdit()
        if not line.hasSelectedText():
            return False
        selected = line.selectedText()
        if selected == line.text():
            return True
        return self.currentSection() == QDateEdit.Section.DaySection and line.selectionStart() == 0

    def _show_typed(self, text: str) -> None:
        self._typed = text
        line = self.lineEdit()
        line.blockSignals(True)
        line.setText(text)
        line.setCursorPosition(len(text))
        line.blockSignals(False)

    def _finish_typing(self, *, keep: bool) -> None:
        typed, self._typed = self._typed, None
        shown: date = super().date().toPython()
        parsed = parse_date(typed or "", shown) if keep else None
        if parsed is not None and not self._allowed(parsed):
            parsed = None
        line = self.lineEdit()
        if parsed is None or parsed == shown:
            line.blockSignals(True)
            line.setText(self.textFromDateTime(self.dateTime()))
            line.blockSignals(False)
            if keep and typed and parsed is None:
                QToolTip.showText(
                    self.mapToGlobal(self.rect().bottomLeft()),
                    self.tr(
                        "“{typed}” is not a date PeerDesk knows; the date stays {date}."
                    ).format(typed=typed, date=line.text()),
                    self,
                )
                self.typing_refused.emit(typed)
            return
        self.set_value(parsed)
