"""Finding text that does not fit its room: labels, buttons, drop-downs, search boxes,
table and tree headers, and cut-off cells a coordinator cannot read by hovering.

Each check compares the width the text needs (its font's metrics, plus what the
style draws around it) with the room the widget has on screen, so a test can
name the widget and the text that is cut ("Calendar: header 'With' needs 46 px,
has 30").
"""

from __future__ import annotations

from collections.abc import Iterator

from ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractListModel,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFontMetrics,
    QHeaderView,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPushButton,
    QRadioButton,
    QSize,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionHeader,
    Qt,
    QTextDocument,
    QToolBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # px: rounding in font metrics
MAX_ROWS = 60  # cells checked per view (the rows on screen)


def _name(widget: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 3:
        label = current.objectName() or type(current).__name__
        parts.append(label)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _plain(label: QLabel) -> str:
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(text)
    return str(document.toPlainText())


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget) -> bool:
    """On screen: visible, with some size, and not scrolled wholly out of view."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    return not widget.visibleRegion().isEmpty()


def label_problem(label: QLabel) -> str | None:
    text = _plain(label).strip()
    if label.buddy() is not None:
        text = _without_mnemonic(text)
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    metrics = QFontMetrics(label.font())
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if label.wordWrap():
        longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        if longest > room + SLACK:
            return f"a word needs {longest} px, has {room}"
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wrapped text needs {needed} px of height, has {label.height()}"
        return None
    needed = max(metrics.horizontalAdvance(line) for line in text.splitlines())
    if needed > room + SLACK:
        return f"needs {needed} px, has {room}"
    return None


def push_button_problem(button: QPushButton) -> str | None:
    text = _without_mnemonic(button.text())
    if not text:
        return None
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    style = button.style()
    room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
    needed = QFontMetrics(button.font()).horizontalAdvance(text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if button.menu() is not None:
        needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    if needed > room + SLACK:
        return f"needs {needed} px, has {room}"
    return None


def hint_problem(button: QAbstractButton) -> str | None:
    """Tool buttons, check boxes and radio buttons: their size hint is exactly their content."""
    if not button.text():
        return None
    if (
        isinstance(button, QToolButton)
        and button.menu() is not None
        and button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
        and button.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return "draws its drop-down arrow under its text (use a menu button with the arrow beside)"
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None
    needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        return f"needs {needed} px, has {button.width()}"
    return None


def combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText() or combo.placeholderText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.currentText = text
    option.frame = combo.hasFrame()
    room = (
        combo.style()
        .subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        .width()
    )
    needed = QFontMetrics(combo.font()).horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > room + SLACK:
        return f"“{text}” needs {needed} px, has {room}"
    if combo.height() < combo.minimumSizeHint().height() - SLACK:
        return f"is {combo.height()} px high, needs {combo.minimumSizeHint().height()}"
    return None


def line_edit_problem(edit: QLineEdit) -> str | None:
    """An empty field's placeholder (a search box's "Search mentors…") must be readable."""
    if edit.text() or not edit.placeholderText():
        return None
    if isinstance(edit.parentWidget(), QComboBox | QAbstractSpinBox):
        return None  # part of a drop-down or a date field: checked as that
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() - 2 * 2
    for child in edit.findChildren(QToolButton):
        if child.isVisible() and child.parentWidget() is edit:
            room -= child.width()
    needed = QFontMetrics(edit.font()).horizontalAdvance(edit.placeholderText())
    if needed > room + SLACK:
        return f"placeholder “{edit.placeholderText()}” needs {needed} px, has {room}"
    return None


def spin_box_problem(box: QAbstractSpinBox) -> str | None:
    """A date, time or number field shows all of its value."""
    text = box.text()
    line = box.findChild(QLineEdit)
    if not text or line is None:
        return None
    room = line.contentsRect().width() - 2 * 2  # QLineEdit's own side margins
    needed = QFontMetrics(box.font()).horizontalAdvance(text)
    if needed > room + SLACK:
        return f"needs {needed} px, has {room}"
    return None


_TEXT_WIDGETS = (QLabel, QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)


def clipped_problem(widget: QWidget) -> str | None:
    """A field or label that runs past the side of the panel it is in (its panel is too
    narrow and does not scroll sideways)."""
    if not _text_of(widget):
        return None
    shown = widget.visibleRegion().boundingRect()
    if shown.height() >= widget.height() - SLACK and shown.width() < widget.width() - SLACK:
        return f"is cut at the side of its panel: {shown.width()} of {widget.width()} px shown"
    return None


def header_problems(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    if model is None or header.isHidden():
        return
    style = header.style()
    metrics = QFontMetrics(header.font())
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) <= 0:
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.text = str(text)
        option.section = logical
        option.orientation = header.orientation()
        needed = style.sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, option, QSize(), header
        ).width()
        needed = max(needed, metrics.horizontalAdvance(str(text)) + 2 * margin)
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            needed += header.height() // 2 + margin
        if header.orientation() == Qt.Orientation.Horizontal:
            room = header.sectionSize(logical)
            if needed > room + SLACK:
                yield f"header “{text}” needs {needed} px, has {room}"


def cell_problems(view: QAbstractItemView) -> Iterator[str]:
    """A cell cut short: without its whole text on hover, or showing less than half of it.

    (A long list of interests may end in "…" when hovering shows it all; a name
    shown as "…" or a place as "Meeting r…" may not.)
    """
    model = view.model()
    if model is None:
        return
    if getattr(view, "wordWrap", lambda: False)():
        return  # long text wraps onto more lines
    metrics = QFontMetrics(view.font())
    viewport = view.viewport().rect()
    text_margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    rows = min(model.rowCount(QModelIndex()), MAX_ROWS)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            rect = view.visualRect(index)
            if not rect.isValid() or not viewport.intersects(rect):
                continue
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text.strip():
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            cell_metrics = QFontMetrics(font) if font is not None else metrics
            needed = max(cell_metrics.horizontalAdvance(line) for line in text.splitlines())
            room = rect.width() - 2 * text_margin
            icon = index.data(Qt.ItemDataRole.DecorationRole)
            if icon is not None:
                room -= view.iconSize().width() + 4 if view.iconSize().isValid() else 20
            if needed <= room + SLACK:
                continue
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and text in tip and room * 2 >= needed:
                continue
            title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            yield f"cell “{text}” in column “{title}” needs {needed} px, has {room}"


def problems(root: QWidget) -> list[str]:
    """Every cut-off text shown in ``root`` (and its children), as "widget: what"."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = label_problem(widget)
        elif isinstance(widget, QPushButton):
            problem = push_button_problem(widget)
        elif isinstance(widget, QToolButton | QCheckBox | QRadioButton):
            if widget.objectName() == "qt_toolbar_ext_button":
                toolbar = widget.parentWidget()
                if isinstance(toolbar, QToolBar):
                    problem = "the toolbar is too narrow: some of its buttons are hidden"
            else:
                problem = hint_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = combo_problem(widget)
        elif isinstance(widget, QAbstractSpinBox):
            problem = spin_box_problem(widget)
        elif isinstance(widget, QLineEdit):
            problem = line_edit_problem(widget)
        elif isinstance(widget, QHeaderView):
            found.extend(f"{_name(widget)}: {p}" for p in header_problems(widget))
        elif isinstance(widget, QAbstractItemView):
            found.extend(f"{_name(widget)}: {p}" for p in cell_problems(widget))
        if problem is None and isinstance(widget, _TEXT_WIDGETS):
            problem = clipped_problem(widget)
        if problem:
            found.append(f"{_name(widget)}: “{_text_of(widget)}” {problem}")
    return found


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return _plain(widget)[:60]
    if isinstance(widget, QAbstractButton):
        return _without_mnemonic(widget.text())
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit):
        return widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return ""


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
