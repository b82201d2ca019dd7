"""Printing a PeerDesk PDF: a print preview, then the system's print dialog.

QtPdf is not part of PySide6-Essentials, so the PDF's pages are rendered with
PDFium (``pypdfium2``, a small wheel with PDFium inside) and painted onto the
printer page by page. The pages on paper are the very pages of the saved PDF —
one layout, made once by reportlab — rather than a second drawing of the same
document with QPainter that would have to be kept in step with it.

The preview paints at about screen resolution (Qt keeps every preview page in
memory, so a very long batch is previewed coarser); the printer gets each page
at up to 300 dpi, one page in memory at a time, with a progress dialog that can
cancel the job between pages. Page ranges chosen in the print dialog are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.qt import (
    QCoreApplication,
    QImage,
    QLocale,
    QMarginsF,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
    QPrinter,
    QPrintPreviewDialog,
    QProgressDialog,
    QRectF,
    QSizeF,
    Qt,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    import pypdfium2

    from peerdesk.documents.layout import Paper

PREVIEW_DPI = 80
PRINT_DPI = 300
PREVIEW_PAGES_AT_FULL_DPI = 100


def default_paper() -> Paper:
    """Letter where the user's locale measures in inches (US), A4 elsewhere."""
    from peerdesk.documents.layout import Paper

    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return Paper.LETTER if imperial else Paper.A4


def preview_dpi(pages: int) -> float:
    """The preview keeps every page in memory (as 32-bit pixels, whatever is drawn), so a
    long batch is previewed coarser: about 250 MB at most, at any length."""
    if pages <= PREVIEW_PAGES_AT_FULL_DPI:
        return PREVIEW_DPI
    return max(36.0, PREVIEW_DPI * (PREVIEW_PAGES_AT_FULL_DPI / pages) ** 0.5)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class PdfPages:
    """The pages of a PDF held in memory, rendered to images on demand."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2

        self.data = data
        self._doc: pypdfium2.PdfDocument = pypdfium2.PdfDocument(data)

    def __len__(self) -> int:
        return len(self._doc)

    def size_points(self, index: int = 0) -> tuple[float, float]:
        width, height = self._doc[index].get_size()
        return float(width), float(height)

    def render(self, index: int, dpi: float) -> QImage:
        page = self._doc[index]
        bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, may_draw_forms=False)
        # BGRx bytes are what QImage calls RGB32 on every little-endian machine.
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGB32,
        )
        copy = image.copy()  # own the pixels: the PDFium bitmap goes away
        page.close()
        return copy

    def close(self) -> None:
        self._doc.close()


def page_layout(pages: PdfPages) -> QPageLayout:
    """The PDF's own paper size and orientation, without margins (the PDF has its own)."""
    width, height = pages.size_points(0)
    portrait = QSizeF(min(width, height), max(width, height))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def prepare(printer: QPrinter, pages: PdfPages) -> None:
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(pages))
    printer.setDocName(tr("PeerDesk documents"))


def printed_pages(printer: QPrinter, count: int) -> list[int]:
    """The pages to print (0-based): all, or the range chosen in the print dialog."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() == QPrinter.PrintRange.PageRange and first > 0:
        return list(range(first - 1, min(last or count, count)))
    return list(range(count))


class PrintCancelled(Exception):
    pass


def paint_pages(
    printer: QPrinter,
    pages: PdfPages,
    *,
    dpi: float | None = None,
    on_page: Callable[[int, int], bool] | None = None,
) -> int:
    """Paint every page onto ``printer``; returns the pages painted.

    ``on_page(done, total)`` is called before each page sent to a real printer;
    returning False stops the job (the printer is told to abort). A preview gets
    screen resolution, a real printer up to :data:`PRINT_DPI`.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    painted = 0
    try:
        engine = painter.paintEngine()
        preview = engine is not None and engine.type() == QPaintEngine.Type.Picture
        resolution = dpi or (
            preview_dpi(len(pages)) if preview else min(printer.resolution(), PRINT_DPI)
        )
        chosen = list(range(len(pages))) if preview else printed_pages(printer, len(pages))
        total = len(chosen)
        for done, index in enumerate(chosen):
            if not preview and on_page is not None and not on_page(done, total):
                printer.abort()
                raise PrintCancelled()
            if done:
                printer.newPage()
            image = pages.render(index, resolution)
            target = QRectF(0, 0, painter.device().width(), painter.device().height())
            scaled = QSizeF(image.size()).scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            box = QRectF(
                (target.width() - scaled.width()) / 2,
                (target.height() - scaled.height()) / 2,
                scaled.width(),
                scaled.height(),
            )
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(box, image)
            painted += 1
    finally:
        painter.end()
    return painted


class PrintPreview(QPrintPreviewDialog):
    """The preview of a PDF; its Print button opens the system's print dialog.

    ``printed`` says how many pages went to a printer, once they all have: the
    preview's own painting, a cancelled job or a failed one do not count.
    """

    printed = Signal(int)

    def __init__(self, pages: PdfPages, title: str, parent: QWidget | None = None) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare(printer, pages)
        super().__init__(printer, parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(title)
        self.pages = pages
        self.printer_ = printer  # the dialog does not own it
        self.painted = 0
        self.paintRequested.connect(self._paint)
        self.resize(900, 760)

    def _paint(self, printer: QPrinter) -> None:
        progress: QProgressDialog | None = None
        total = len(self.pages)
        to_paper = False  # painting for a printer, not for the preview on screen

        def on_page(done: int, total: int) -> bool:
            nonlocal progress, to_paper
            to_paper = True
            if progress is None and total > 1:
                progress = QProgressDialog(
                    tr("Sending the pages to the printer…"), tr("Cancel"), 0, total, self
                )
                progress.setObjectName("printProgress")
                progress.setWindowModality(Qt.WindowModality.WindowModal)
                progress.setMinimumDuration(500)
            if progress is not None:
                progress.setValue(done)
                QCoreApplication.processEvents()
                return not progress.wasCanceled()
            return True

        try:
            self.painted = paint_pages(printer, self.pages, on_page=on_page)
        except PrintCancelled:
            self.painted = 0
        finally:
            if progress is not None:
                progress.setValue(total)
                progress.deleteLater()
        if to_paper and self.painted:
            self.printed.emit(self.painted)
