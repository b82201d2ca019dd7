"""The board's *Compare modes…* dialog: every matching mode on the same pool, side by side.

A small table (matched, total, lowest, median, below the poor-match line per
mode) and, for the selected mode, its audit in sentences: the lowest tenth,
wishes honoured, and any group whose pairs score well below the others'.
*Show these pairs* puts the chosen mode's pairs on the board as suggestions
(nothing is saved until they are accepted); *Export audit…* writes the
comparison to an Excel file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from peerdesk.matching.fairness import Audit
from peerdesk.matching.suggest import Suggestions
from peerdesk.scores import score_text
from ui import labels
from ui.labels import tr
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

XLSX_FILTER = str(QT_TRANSLATE_NOOP("CompareDialog", "Excel workbooks (*.xlsx)"))


def _score(value: float | None) -> str:
    return "–" if value is None else score_text(value)


def ask_audit_path(parent: QWidget) -> Path | None:
    """The system's save dialog for an audit workbook; None when cancelled."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CompareDialog", "Export the audit"),
        "Matching audit.xlsx",
        QCoreApplication.translate("CompareDialog", XLSX_FILTER),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def group_sentences(audit: Audit, tr: Callable[[str], str]) -> list[str]:
    """A sentence for each categorical column where one group's pairs score well below."""
    return [
        tr(
            "{column} “{group}”: its people's pairs average {avg}, more than 10 points "
            "below the others'."
        ).format(column=gap.column, group=gap.low_group, avg=_score(gap.averages[gap.low_group]))
        for gap in audit.groups
        if gap.low_group is not None
    ]


def audit_summary(audit: Audit, tr: Callable[[str], str]) -> str:
    """The audit of a run in one short paragraph, for the suggestions bar."""
    if audit.lowest is None:
        return ""
    parts = [
        tr("Lowest {low}, median {median}; {n} below the poor-match line ({line}).").format(
            low=_score(audit.lowest),
            median=_score(audit.median),
            n=audit.below_line,
            line=score_text(audit.line),
        )
    ]
    if audit.wishes:
        parts.append(
            tr("{n} of {m} wishes honoured.").format(n=audit.wishes_honoured, m=audit.wishes)
        )
    return " ".join(parts + group_sentences(audit, tr))


class CompareDialog(QDialog):
    """Pick one mode's suggestions after seeing them all; ``chosen`` holds the pick."""

    def __init__(
        self,
        results: Sequence[Suggestions],
        export: Callable[[Path], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare matching modes"))
        self.results = list(results)
        self.export = export
        self.chosen: Suggestions | None = None
        names = labels.objectives()
        next_round = any(r.next_round for r in self.results)
        intro = QLabel(
            self.tr(
                "Every mode on the same people. Nothing is saved: choose one to see its pairs "
                "on the board, then accept them as usual."
            )
            + (
                " " + self.tr("This is a next round: nobody meets an earlier partner again.")
                if next_round
                else ""
            ),
            self,
        )
        intro.setWordWrap(True)
        headers = [
            self.tr("Mode"),
            self.tr("Matched"),
            self.tr("Total"),
            self.tr("Lowest"),
            self.tr("Median"),
            self.tr("Below the poor-match line"),
        ]
        self.table = QTableWidget(len(self.results), len(headers), self)
        self.table.setObjectName("compareTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, result in enumerate(self.results):
            audit = result.audit
            cells = [names.get(result.objective, result.objective.value)]
            if audit is not None:
                cells += [
                    str(audit.pairs),
                    score_text(audit.total),
                    _score(audit.lowest),
                    _score(audit.median),
                    self.tr("{n} (under {line})").format(
                        n=audit.below_line, line=score_text(audit.line)
                    ),
                ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.detail = QLabel(self)
        self.detail.setObjectName("compareDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(self)
        self.use_button = buttons.addButton(
            self.tr("&Show these pairs"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setObjectName("useModeButton")
        self.export_button = buttons.addButton(
            self.tr("&Export audit…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("exportAuditButton")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.use_button.clicked.connect(self._use)
        self.export_button.clicked.connect(self._export)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.table.doubleClicked.connect(lambda _index: self._use())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self.resize(760, 360)
        if self.results:
            self.table.selectRow(0)

    def selected(self) -> Suggestions | None:
        rows = self.table.selectionModel().selectedRows()
        return self.results[rows[0].row()] if rows else None

    def _show_detail(self) -> None:
        result = self.selected()
        audit = result.audit if result is not None else None
        self.use_button.setEnabled(result is not None and bool(result.pairs))
        if audit is None:
            self.detail.clear()
            return
        lines = [
            self.tr("Lowest tenth of the scores: {avg} on average.").format(
                avg=_score(audit.lowest_decile)
            ),
            self.tr("{n} of {m} wishes honoured.").format(n=audit.wishes_honoured, m=audit.wishes)
            if audit.wishes
            else self.tr("No wishes were given."),
        ]
        if result is not None and result.blocking_pairs is not None:
            lines.append(self.tr("Blocking pairs: {n}.").format(n=result.blocking_pairs))
        sentences = group_sentences(audit, tr)
        lines += sentences
        if not sentences and audit.groups:
            lines.append(self.tr("No group's pairs score more than 10 points below the others'."))
        self.detail.setText("\n".join(lines))

    def _use(self) -> None:
        result = self.selected()
        if result is None or not result.pairs:
            return
        self.chosen = result
        self.accept()

    def ask_save_file(self) -> Path | None:
        """Where to write the audit (tests replace this stand-in for the system dialog)."""
        return ask_audit_path(self)

    def _export(self) -> None:
        path = self.ask_save_file()
        if path is not None:
            self.export(path)
