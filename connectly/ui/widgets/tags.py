"""Context tags as toggle chips, with “+ tag” to add a new one.

Keyboard: the chips are one stop in the Tab order (so a check-in stays quick to tab
through); inside it the arrow keys (and Home/End) move between chips, Space toggles the
chip, and the last stop is “+ tag”, which opens a small field: Enter adds, Esc cancels.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from connectly.domain.errors import ConnectlyError
from connectly.ui.widgets.flow_layout import FlowLayout
from connectly.ui.widgets.rating import text_colour_on

TagAdder = Callable[[str], str]
"""Adds a tag to the diary and returns its stored (clean) name; raises a ConnectlyError."""

_CHECK = "✓ "


class TagChip(QToolButton):
    """One checkable tag; shows a tick when chosen (not colour alone)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = name
        self.setObjectName("tagChip")
        self.setCheckable(True)
        self.setText(name)
        self.setAccessibleName(self.tr("Tag {name}").format(name=name))
        self.setAccessibleDescription(self.tr("Space chooses or unchooses it; arrow keys move between tags"))
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.toggled.connect(self.show_state)

    def show_state(self, checked: bool) -> None:
        """Tick or untick the label."""
        self.setText((_CHECK if checked else "") + self.tag)


class TagPicker(QWidget):
    """Toggle chips for the diary's tags; one Tab stop, arrows inside."""

    sig_selection_changed = Signal()
    """A chip was toggled."""
    sig_tag_added = Signal(str)
    """A new tag was stored in the diary (other pickers on screen may want to show it)."""

    def __init__(self, add_tag: TagAdder | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._add_tag = add_tag
        self._chips: list[TagChip] = []
        self._current = 0
        self._read_only = False
        self._flow = FlowLayout(spacing=6)
        self._add_button = QToolButton(self)
        self._add_button.setObjectName("addTag")
        self._add_button.setText(self.tr("+ tag"))
        self._add_button.setAccessibleName(self.tr("Add a new tag"))
        self._add_button.setAccessibleDescription(
            self.tr("Opens a field for a tag that is not in the list yet")
        )
        self._add_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._add_button.setVisible(add_tag is not None)
        self._entry = QLineEdit(self)
        self._entry.setPlaceholderText(self.tr("new tag, then Enter"))
        self._entry.setAccessibleName(self.tr("New tag"))
        self._entry.setAccessibleDescription(self.tr("Type the tag and press Enter to add it; Esc cancels"))
        self._entry.setMaxLength(32)
        self._entry.setMinimumWidth(150)
        self._entry.hide()
        self._error = QLabel(self)
        self._error.setObjectName("tagError")
        self._error.setWordWrap(True)
        self._error.hide()
        self._flow.addWidget(self._add_button)
        self._flow.addWidget(self._entry)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addLayout(self._flow)
        box.addWidget(self._error)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Tags"))
        self._add_button.installEventFilter(self)
        self._entry.installEventFilter(self)
        self.set_accent(QColor())
        self._connect_signals()
        self._update_roving_focus()

    def _connect_signals(self) -> None:
        self._add_button.clicked.connect(self._open_entry)
        self._entry.returnPressed.connect(self._commit_entry)

    # -- public API ---------------------------------------------------------------------------

    def set_tags(self, names: Iterable[str]) -> None:
        """Show a chip per tag (order kept), keeping the choice for tags still shown."""
        chosen = set(self.selected())
        for chip in self._chips:
            self._flow.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for name in dict.fromkeys(names):
            self._append_chip(name, checked=name in chosen)
        self._current = min(self._current, len(self._chips))
        self._update_roving_focus()

    def tags(self) -> tuple[str, ...]:
        return tuple(c.tag for c in self._chips)

    def selected(self) -> tuple[str, ...]:
        """The chosen tags, in display order."""
        return tuple(c.tag for c in self._chips if c.isChecked())

    def set_selected(self, names: Iterable[str]) -> None:
        """Choose exactly ``names``; a tag not shown yet (e.g. archived) gets a chip."""
        wanted = list(dict.fromkeys(names))
        for name in wanted:
            if name not in self.tags():
                self._append_chip(name, checked=False)
        for chip in self._chips:
            chip.blockSignals(True)
            chip.setChecked(chip.tag in wanted)
            chip.show_state(chip.isChecked())
            chip.blockSignals(False)
        self._show_read_only_state()
        self.sig_selection_changed.emit()

    def add_known_tag(self, name: str) -> None:
        """Show a tag another picker just added (unchosen)."""
        if name not in self.tags():
            self._append_chip(name, checked=False)
            self._update_roving_focus()

    def set_read_only(self, read_only: bool) -> None:
        """Show only the chosen tags, not clickable (a saved check-in); or the full picker again."""
        self._read_only = read_only
        if read_only and self._entry.isVisible():
            self._close_entry(focus_button=False)
        self._show_read_only_state()

    def _show_read_only_state(self) -> None:
        ro = self._read_only
        for chip in self._chips:
            chip.setVisible(not ro or chip.isChecked())
            chip.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, ro)
        self._add_button.setVisible(self._add_tag is not None and not ro and not self._entry.isVisible())
        self._update_roving_focus()

    def focus_chain(self) -> list[QWidget]:
        """The widgets of this picker in Tab order (the form stitches them into its chain)."""
        return [*self._chips, self._add_button, self._entry]

    def set_accent(self, colour: QColor | str) -> None:
        """Chosen chips take the partner's colour."""
        accent = QColor(colour)
        if not accent.isValid():
            accent = self.palette().highlight().color()
        on = text_colour_on(accent).name()
        self.setStyleSheet(
            "QToolButton#tagChip, QToolButton#addTag {"
            " border: 1px solid palette(mid); border-radius: 13px; padding: 3px 11px;"
            " background: palette(base); color: palette(text); min-height: 20px; }"
            f"QToolButton#tagChip:checked {{ background: {accent.name()}; color: {on};"
            f" border-color: {accent.name()}; }}"
            "QToolButton#addTag { border-style: dashed; color: palette(link); }"
            "QToolButton#tagChip:focus, QToolButton#addTag:focus { border: 2px solid palette(highlight); }"
            "QToolButton:disabled { color: palette(mid); }"
            "QLabel#tagError { color: #b3261e; }"
        )

    # -- chips --------------------------------------------------------------------------------

    def _append_chip(self, name: str, *, checked: bool) -> TagChip:
        chip = TagChip(name, self)
        chip.setChecked(checked)
        chip.toggled.connect(lambda _on: self.sig_selection_changed.emit())
        chip.installEventFilter(self)
        self._flow.insertWidget(len(self._chips), chip)
        self._chips.append(chip)
        chip.setVisible(not self._read_only or checked)
        chip.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, self._read_only)
        return chip

    def _stops(self) -> list[QWidget]:
        stops: list[QWidget] = list(self._chips)
        if self._add_tag is not None:
            stops.append(self._entry if self._entry.isVisible() else self._add_button)
        return stops

    def _update_roving_focus(self) -> None:
        stops = self._stops()
        self._current = max(0, min(self._current, len(stops) - 1))
        for i, widget in enumerate(stops):
            policy = Qt.FocusPolicy.StrongFocus if i == self._current else Qt.FocusPolicy.ClickFocus
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus if self._read_only else policy)
        self._stitch_tab_order()

    def _stitch_tab_order(self) -> None:
        chain = self.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        stops = self._stops()
        if watched in stops and event.type() == QEvent.Type.FocusIn:
            self._current = stops.index(watched)  # type: ignore[arg-type]
            self._update_roving_focus()
        elif watched is self._entry and event.type() == QEvent.Type.KeyPress:
            if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
                self._close_entry(focus_button=True)
                return True
        elif watched in stops and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            return self._move(stops, event.key())
        return super().eventFilter(watched, event)

    def _move(self, stops: list[QWidget], key: int) -> bool:
        moves = {
            Qt.Key.Key_Left: self._current - 1,
            Qt.Key.Key_Up: self._current - 1,
            Qt.Key.Key_Right: self._current + 1,
            Qt.Key.Key_Down: self._current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(stops) - 1,
        }
        if key not in moves:
            return False
        self._current = max(0, min(moves[key], len(stops) - 1))  # type: ignore[index]
        self._update_roving_focus()
        stops[self._current].setFocus(Qt.FocusReason.TabFocusReason)
        return True

    # -- "+ tag" ------------------------------------------------------------------------------

    def _open_entry(self) -> None:
        self._add_button.hide()
        self._entry.show()
        self._current = len(self._chips)
        self._update_roving_focus()
        self._entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_entry(self, *, focus_button: bool) -> None:
        self._entry.clear()
        self._entry.hide()
        self._error.hide()
        self._add_button.setVisible(self._add_tag is not None and not self._read_only)
        self._update_roving_focus()
        if focus_button:
            self._add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _commit_entry(self) -> None:
        text = self._entry.text()
        if not text.strip() or self._add_tag is None:
            self._close_entry(focus_button=True)
            return
        try:
            name = self._add_tag(text)
        except ConnectlyError as exc:
            self._error.setText(exc.user_message)
            self._error.show()
            return
        chip = next((c for c in self._chips if c.tag == name), None) or self._append_chip(name, checked=False)
        chip.setChecked(True)
        self._close_entry(focus_button=False)
        self._current = self._chips.index(chip)
        self._update_roving_focus()
        chip.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_tag_added.emit(name)

    def clear(self) -> None:
        """Forget every chip and any half-typed tag (used when the diary locks)."""
        self._close_entry(focus_button=False)
        self.set_tags(())
