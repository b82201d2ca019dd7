"""Painting a mentor's card: name, key tags, a "1 of 2" badge, and a chip per mentee.

:meth:`CardDelegate.layout` is the one place that says where everything on a
card goes; painting, hit-testing chips, tooltips and drags all use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, cast

from peerdesk.scores import score_text
from ui import icons
from ui import palette_colors as pc
from ui.matching import dnd
from ui.matching.cards import (
    ACTIVE,
    CARD_ROLE,
    PAUSED,
    PROPOSED,
    REPLACED,
    SUGGESTED,
    Card,
    Chip,
    Index,
)
from ui.qt import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QRect,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QWidget,
)


class CardHost(Protocol):
    """What the delegate asks of the view it paints in (the mentor cards' list view)."""

    free_text: str
    selected_chips: list[dnd.ChipKey]
    drop_hover: tuple[int, bool | None] | None

    def badge_text(self, card: Card) -> str: ...

    def subtitle(self, card: Card) -> str: ...


# A chip's hue, how much of it tints the chip (0: the palette's base) and its border's
# style: the kinds differ by line style and type (italic, struck out) too, not colour only.
STYLES: dict[str, tuple[QColor, float, Qt.PenStyle]] = {
    ACTIVE: (pc.GOOD, 0.14, Qt.PenStyle.SolidLine),
    PAUSED: (pc.NEUTRAL, 0.10, Qt.PenStyle.SolidLine),
    PROPOSED: (pc.ACCENT, 0.0, Qt.PenStyle.SolidLine),
    SUGGESTED: (pc.ACCENT, 0.10, Qt.PenStyle.DashLine),
    REPLACED: (pc.NEUTRAL, 0.04, Qt.PenStyle.DotLine),
}


def card_fill(palette: QPalette, ready: bool) -> QColor:
    """A mentor's card: the base, a shade towards the text when not ready for matching."""
    return pc.base(palette) if ready else pc.mix(pc.base(palette), pc.text(palette), 0.04)


def chip_colours(palette: QPalette, kind: str) -> tuple[QColor, QColor, QColor, Qt.PenStyle]:
    """A chip's fill, border, text colour and border style in ``palette``."""
    hue, amount, style = STYLES.get(kind, STYLES[PROPOSED])
    fill = pc.tint(palette, hue, amount)
    ink = pc.muted(palette, fill) if kind == REPLACED else pc.ink(palette, pc.text(palette), fill)
    return fill, pc.line(palette, hue), ink, style


@dataclass
class CardLayout:
    name: QRect
    badge: QRect
    sub: QRect
    tags: QRect
    chips: list[tuple[QRect, Chip]]
    free: list[QRect]


class CardDelegate(QStyledItemDelegate):
    """Paints a mentor's card and says where each chip is."""

    PAD = 10
    GAP = 4
    MIN_WIDTH = 240

    def __init__(self, view: CardHost) -> None:
        super().__init__(cast(QWidget, view))
        self.view = view
        self.card_width = 260

    # -- geometry --------------------------------------------------------------

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.88))
        return bold, base, small

    def chip_height(self, font: QFont) -> int:
        return QFontMetrics(font).height() + 10

    def card_height(self, card: Card, font: QFont) -> int:
        bold, base, small = self._fonts(font)
        head = QFontMetrics(bold).height() + 6
        small_line = QFontMetrics(small).height()
        chips = card.slots * (self.chip_height(base) + self.GAP)
        return self.PAD + head + 2 * small_line + 8 + chips + self.PAD - self.GAP

    def layout(self, rect: QRect, card: Card, font: QFont) -> CardLayout:
        bold, base, small = self._fonts(font)
        inner = rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        head = QFontMetrics(bold).height() + 6
        small_metrics = QFontMetrics(small)
        badge_text = self.view.badge_text(card)
        badge_width = small_metrics.horizontalAdvance(badge_text) + 16
        badge = QRect(inner.right() - badge_width + 1, inner.top(), badge_width, head - 2)
        name = QRect(inner.left(), inner.top(), inner.width() - badge_width - 6, head - 2)
        sub = QRect(inner.left(), inner.top() + head, inner.width(), small_metrics.height())
        tags = QRect(inner.left(), sub.bottom() + 1, inner.width(), small_metrics.height())
        y = tags.bottom() + 9
        chip_h = self.chip_height(base)
        chips: list[tuple[QRect, Chip]] = []
        for chip in card.chips:
            chips.append((QRect(inner.left(), y, inner.width(), chip_h), chip))
            y += chip_h + self.GAP
        free: list[QRect] = []
        for _ in range(card.mentor.capacity - card.used):
            if len(chips) + len(free) >= card.slots:
                break
            free.append(QRect(inner.left(), y, inner.width(), chip_h))
            y += chip_h + self.GAP
        return CardLayout(name, badge, sub, tags, chips, free)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            return QSize(self.card_width, 80)
        return QSize(self.card_width, self.card_height(card, option.font))

    # -- painting --------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(1, 1, -1, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = self.view.drop_hover
        palette = option.palette
        fill = card_fill(palette, card.mentor.ready)
        border, width = pc.mix(pc.base(palette), pc.text(palette), 0.25), 1.0
        if hover is not None and hover[0] == card.mentor.participant_id:
            hue = pc.ACCENT if hover[1] is None else pc.GOOD if hover[1] else pc.BAD
            border, width = pc.line(palette, hue), 2.5
        elif selected:
            border, width = option.palette.highlight().color(), 2.5
        painter.setPen(QPen(border, width))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 8, 8)

        bold, base, small = self._fonts(option.font)
        geo = self.layout(option.rect, card, option.font)
        painter.setFont(bold)
        painter.setPen(pc.ink(palette, pc.text(palette), fill))
        painter.drawText(
            geo.name,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(
                card.mentor.name, Qt.TextElideMode.ElideRight, geo.name.width()
            ),
        )
        self._badge(painter, geo.badge, card, small, palette)
        painter.setFont(small)
        subtitle = self.view.subtitle(card)
        painter.setPen(
            pc.muted(palette, fill) if card.mentor.ready else pc.ink(palette, pc.WARN, fill)
        )
        painter.drawText(
            geo.sub,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small).elidedText(subtitle, Qt.TextElideMode.ElideRight, geo.sub.width()),
        )
        painter.setPen(pc.ink(palette, pc.ACCENT, fill))
        painter.drawText(
            geo.tags if subtitle else geo.sub,  # no department or years: tags go up a line
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small).elidedText(
                " · ".join(card.mentor.tags), Qt.TextElideMode.ElideRight, geo.tags.width()
            ),
        )
        selected_chips = self.view.selected_chips
        for chip_rect, chip in geo.chips:
            self._chip(painter, chip_rect, chip, base, small, chip.key in selected_chips, option)
        painter.setFont(small)
        for free in geo.free:
            slot_line = pc.mix(pc.base(palette), pc.text(palette), 0.3)
            painter.setPen(QPen(slot_line, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(free.adjusted(0, 0, -1, -1), 6, 6)
            painter.setPen(pc.muted(palette, fill))
            painter.drawText(free, Qt.AlignmentFlag.AlignCenter, self.view.free_text)
        painter.restore()

    def _badge(
        self, painter: QPainter, rect: QRect, card: Card, font: QFont, palette: QPalette
    ) -> None:
        places = card.mentor.capacity
        hue = pc.BAD if card.used > places else pc.NEUTRAL if card.used == places else pc.ACCENT
        fill = pc.tint(palette, hue, 0.12)
        ink = pc.ink(palette, hue, fill)
        painter.setPen(QPen(ink, 1))
        painter.setBrush(fill)
        pill = rect.adjusted(0, 2, 0, -2)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, self.view.badge_text(card))

    def _chip(
        self,
        painter: QPainter,
        rect: QRect,
        chip: Chip,
        base: QFont,
        small: QFont,
        selected: bool,
        option: QStyleOptionViewItem,
    ) -> None:
        fill, border, ink, style = chip_colours(option.palette, chip.kind)
        box = rect.adjusted(0, 0, -1, -1)
        if selected:
            painter.setPen(QPen(option.palette.highlight().color(), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(-2, -2, 2, 2), 8, 8)
        painter.setPen(QPen(border, 1.5 if chip.kind == SUGGESTED else 1.2, style))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 6, 6)
        inner = rect.adjusted(8, 0, -8, 0)
        score = score_text(chip.score, "—")
        bold = QFont(base)
        bold.setBold(True)
        score_width = QFontMetrics(bold).horizontalAdvance(score)
        right = inner.right()
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(
            QRect(right - score_width + 1, inner.top(), score_width, inner.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            score,
        )
        right -= score_width + 6
        if chip.locked:
            size = min(16, inner.height() - 4)
            icon_rect = QRect(right - size + 1, inner.center().y() - size // 2, size, size)
            icons.icon("lock").paint(painter, icon_rect)
            right -= size + 4
        name_font = QFont(base)
        if chip.kind == SUGGESTED:
            name_font.setItalic(True)
        if chip.kind == REPLACED:
            name_font.setStrikeOut(True)
        painter.setFont(name_font)
        painter.setPen(ink)
        name_rect = QRect(inner.left(), inner.top(), right - inner.left(), inner.height())
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(name_font).elidedText(
                chip.mentee_name, Qt.TextElideMode.ElideRight, name_rect.width()
            ),
        )
