"""A deal card: one custom-painted graphics item (never a widget per card)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from crm_desktop.services.board import BoardCard

CARD_W = 248.0
CARD_H = 92.0
RADIUS = 6.0
PAD = 8.0
BADGE = 22.0

ROT_FILL = QColor("#fff1f0")
ROT_EDGE = QColor("#e5484d")
OVERDUE = QColor("#c2410c")
MUTED = QColor("#6b7280")
WARN = QColor("#b45309")
CURRENT_EDGE = QColor("#2563eb")


def money(amount: object, currency: str) -> str:
    value = float(amount)  # type: ignore[arg-type]
    return f"{QLocale().toString(value, 'f', 0 if value == int(value) else 2)} {currency}"


class CardStyle:
    """Fonts, metrics and translated words shared by every card (built once per board)."""

    def __init__(self, base: QFont) -> None:
        self.title_font = QFont(base)
        self.title_font.setBold(True)
        self.small_font = QFont(base)
        self.small_font.setPointSizeF(max(7.0, base.pointSizeF() * 0.88))
        self.title_metrics = QFontMetrics(self.title_font)
        self.small_metrics = QFontMetrics(self.small_font)
        self.no_company = QCoreApplication.translate("DealCard", "No company")
        self.no_amount = QCoreApplication.translate("DealCard", "No amount")
        self.no_next = QCoreApplication.translate("DealCard", "⚠ Nothing scheduled")
        self.no_date = QCoreApplication.translate("DealCard", "No close date")
        self.days_format = QCoreApplication.translate("DealCard", "{days} d in stage")
        self.locale = QLocale()

    def days(self, days: int) -> str:
        return self.days_format.format(days=days)

    def date(self, value: object) -> str:
        qdate = QDate(value.year, value.month, value.day)  # type: ignore[attr-defined]
        return self.locale.toString(qdate, QLocale.FormatType.ShortFormat)


class CardItem(QGraphicsRectItem):
    """The bounding rect is the C++ one of QGraphicsRectItem: only ``paint`` is Python."""

    def __init__(self, card: BoardCard, style: CardStyle) -> None:
        super().__init__(0, 0, CARD_W, CARD_H)
        self.card = card
        self.style = style
        self.current = False
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_card(self, card: BoardCard) -> None:
        if card is not self.card:
            self.card = card
            self.update()

    def set_current(self, current: bool) -> None:
        if current != self.current:
            self.current = current
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        card = self.card
        rect = QRectF(0.5, 0.5, CARD_W - 1, CARD_H - 1)
        palette = widget.palette() if widget is not None else None
        base = palette.base().color() if palette is not None else QColor("white")
        text = palette.text().color() if palette is not None else QColor("black")
        edge = CURRENT_EDGE if self.current else (ROT_EDGE if card.rotting else QColor("#d1d5db"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(edge, 2.0 if self.current else 1.0))
        painter.setBrush(QBrush(ROT_FILL if card.rotting else base))
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        if card.rotting:
            painter.fillRect(QRectF(1, 4, 4, CARD_H - 8), ROT_EDGE)
        self._paint_texts(painter, text)
        self._paint_badge(painter)

    def _paint_texts(self, painter: QPainter, text: QColor) -> None:
        card, style = self.card, self.style
        width = CARD_W - 2 * PAD - BADGE - 4
        painter.setFont(style.title_font)
        painter.setPen(text)
        name = style.title_metrics.elidedText(card.name, Qt.TextElideMode.ElideRight, int(width))
        painter.drawText(QRectF(PAD, PAD - 2, width, 18), Qt.AlignmentFlag.AlignLeft, name)
        painter.setFont(style.small_font)
        metrics = style.small_metrics
        line = int(CARD_W - 2 * PAD)
        company = card.company_name or style.no_company
        amount = money(card.amount, card.currency) if card.amount is not None else style.no_amount
        painter.setPen(MUTED)
        self._line(painter, 1, metrics.elidedText(company, Qt.TextElideMode.ElideRight, int(width)))
        painter.setPen(text)
        self._line(painter, 2, amount)
        painter.setPen(OVERDUE if card.overdue else MUTED)
        close = style.date(card.expected_close_date) if card.expected_close_date else style.no_date
        days = style.days(card.days_in_stage)
        dates = metrics.elidedText(f"{close} · {days}", Qt.TextElideMode.ElideRight, line)
        self._line(painter, 3, dates)
        if card.next_item is None:
            painter.setPen(WARN)
            nxt = style.no_next
        else:
            painter.setPen(MUTED)
            nxt = f"→ {style.date(card.next_item.at)} {card.next_item.title}"
        self._line(painter, 4, metrics.elidedText(nxt, Qt.TextElideMode.ElideRight, line))

    def _line(self, painter: QPainter, number: int, text: str) -> None:
        top = PAD + 4 + number * 15.0
        rect = QRectF(PAD, top, CARD_W - 2 * PAD, 15)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_badge(self, painter: QPainter) -> None:
        card = self.card
        if not card.owner_initials:
            return
        rect = QRectF(CARD_W - PAD - BADGE, PAD - 2, BADGE, BADGE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(card.owner_color or "#4f7cff"))
        painter.drawEllipse(rect)
        painter.setPen(QColor("white"))
        painter.setFont(self.style.small_font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, card.owner_initials)
