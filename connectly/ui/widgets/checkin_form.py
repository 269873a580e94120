"""The fields of one check-in — three ratings, tags, a note — shared by Today's cards and the edit dialog."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from connectly.domain.checkins import CheckIn, Measure
from connectly.ui.display import measure_label
from connectly.ui.widgets.rating import RatingControl
from connectly.ui.widgets.tags import TagAdder, TagPicker

CONTEXT = "CheckInForm"
NOTE_PLACEHOLDER = str(QT_TRANSLATE_NOOP("CheckInForm", "I felt …"))


@dataclass(frozen=True, slots=True)
class CheckInValues:
    """What is typed into a form; ratings are ``None`` until chosen."""

    stress: int | None = None
    closeness: int | None = None
    availability: int | None = None
    tags: tuple[str, ...] = ()
    note: str = ""

    @classmethod
    def of(cls, checkin: CheckIn) -> CheckInValues:
        return cls(checkin.stress, checkin.closeness, checkin.availability, checkin.tags, checkin.note or "")

    def rating(self, measure: Measure) -> int | None:
        return getattr(self, measure.value)  # type: ignore[no-any-return]

    @property
    def is_empty(self) -> bool:
        return self == CheckInValues()

    def missing(self) -> tuple[Measure, ...]:
        """The ratings still open."""
        return tuple(m for m in Measure if self.rating(m) is None)


def missing_sentence(missing: tuple[Measure, ...]) -> str:
    """A kind sentence naming the ratings still to choose."""
    words = [measure_label(m).lower() for m in missing]
    if len(words) == 1:
        listed = words[0]
    else:
        listed = QCoreApplication.translate("CheckInForm", "{items} and {last}").format(
            items=", ".join(words[:-1]), last=words[-1]
        )
    return QCoreApplication.translate(
        "CheckInForm", "Choose a number for {ratings} first (0–10; type a digit)."
    ).format(ratings=listed)


class CheckInForm(QWidget):
    """Three :class:`RatingControl`s, a :class:`TagPicker` and a note, in that Tab order."""

    sig_edited = Signal()
    """The person changed something in the form."""

    def __init__(
        self,
        accent: QColor | str | None = None,
        add_tag: TagAdder | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ratings = {m: RatingControl(m, accent, self) for m in Measure}
        self._tags_label = QLabel(self.tr("What was it about?"), self)
        self.tags = TagPicker(add_tag, self)
        self._note_label = QLabel(self.tr("Note (optional)"), self)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(QCoreApplication.translate(CONTEXT, NOTE_PLACEHOLDER))
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setAccessibleDescription(self.tr("Optional. Write from your own experience: I felt …"))
        self.note.setMinimumHeight(64)
        self.note.setMaximumHeight(110)
        self.note.setStyleSheet(
            "QPlainTextEdit { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 8px; padding: 4px; }"
            "QPlainTextEdit:focus { border: 2px solid palette(highlight); }"
        )
        self._note_label.setBuddy(self.note)
        self._tags_label.setBuddy(self.tags)
        if accent is not None:
            self.tags.set_accent(accent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        for control in self.ratings.values():
            column.addWidget(control)
            column.addSpacing(8)
        column.addWidget(self._tags_label)
        column.addWidget(self.tags)
        column.addSpacing(8)
        column.addWidget(self._note_label)
        column.addWidget(self.note)
        self.setFocusProxy(self.ratings[Measure.STRESS])
        self._connect_signals()
        self.stitch_tab_order()

    def _connect_signals(self) -> None:
        for control in self.ratings.values():
            control.sig_rating_changed.connect(self.sig_edited)
        self.tags.sig_selection_changed.connect(self.sig_edited)
        self.note.textChanged.connect(self.sig_edited)
        self.tags.sig_tag_added.connect(lambda _name: self.stitch_tab_order())

    # -- values ---------------------------------------------------------------------------------

    def values(self) -> CheckInValues:
        r = self.ratings
        return CheckInValues(
            stress=r[Measure.STRESS].rating(),
            closeness=r[Measure.CLOSENESS].rating(),
            availability=r[Measure.AVAILABILITY].rating(),
            tags=self.tags.selected(),
            note=self.note.toPlainText(),
        )

    def set_values(self, values: CheckInValues) -> None:
        """Show ``values`` (signals from the fields are held back: this is not an edit)."""
        self.blockSignals(True)
        try:
            for measure, control in self.ratings.items():
                control.set_rating(values.rating(measure))
            self.tags.set_selected(values.tags)
            if self.note.toPlainText() != values.note:
                self.note.setPlainText(values.note)
        finally:
            self.blockSignals(False)
        self.stitch_tab_order()

    def set_tag_names(self, names: Iterable[str]) -> None:
        self.tags.set_tags(names)
        self.stitch_tab_order()

    def set_accent(self, colour: QColor | str) -> None:
        for control in self.ratings.values():
            control.set_accent(colour)
        self.tags.set_accent(colour)

    def set_editable(self, editable: bool) -> None:
        """Read-only after a save: the ratings, chosen tags and note stay visible, nothing changes by accident."""
        for control in self.ratings.values():
            control.setEnabled(editable)
        self.tags.set_read_only(not editable)
        self._tags_label.setVisible(editable or bool(self.tags.selected()))
        self.note.setReadOnly(not editable)
        self.note.setFocusPolicy(Qt.FocusPolicy.StrongFocus if editable else Qt.FocusPolicy.NoFocus)
        has_note = bool(self.note.toPlainText().strip())
        self.note.setVisible(editable or has_note)
        self._note_label.setVisible(editable or has_note)
        self._note_label.setText(self.tr("Note (optional)") if editable else self.tr("Note"))

    # -- focus ----------------------------------------------------------------------------------

    def first_widget(self) -> QWidget:
        return self.ratings[Measure.STRESS].scale

    def last_widget(self) -> QWidget:
        return self.note

    def stitch_tab_order(self) -> None:
        """rating → rating → rating → tags → note, however many chips the tags have."""
        chain: list[QWidget] = [c.scale for c in self.ratings.values()]
        chain += self.tags.focus_chain()
        chain.append(self.note)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
