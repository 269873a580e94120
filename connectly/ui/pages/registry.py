"""The main window's pages by name: where each lives and how it is built.

Pages plug in here, not in the main window: each :class:`PageSpec` names a module and a
class, imported only when the page is first shown (so numpy and pyqtgraph load when
Insights opens, not at start-up). A page whose module is not there yet shows a short
placeholder; one that fails to build shows a kind sentence (details to stderr only).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from connectly.ui.messages import sentence_for
from connectly.ui.session import DiarySession
from connectly.ui.settings_store import UiSettings

if TYPE_CHECKING:
    from connectly.services.access import KeyringAccess


CONTEXT = "Pages"
"""Translation context of the page titles and descriptions (marked below, translated on use)."""

KeyringProvider = Callable[[], "KeyringAccess"]
"""Builds the keyring access when first needed (discovering the backend costs ~140 ms)."""


PageClass = Callable[..., QWidget]
"""A page class (its constructor)."""


@dataclass(frozen=True, slots=True)
class PageContext:
    """What a page may be given: the session always; settings and the keyring for Settings."""

    session: DiarySession
    settings: UiSettings
    keyring: KeyringProvider


def _with_session(cls: PageClass, ctx: PageContext) -> QWidget:
    return cls(ctx.session)


def _with_context(cls: PageClass, ctx: PageContext) -> QWidget:
    return cls(ctx.session, ctx.settings, ctx.keyring)


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One page: its key (stored as the last page), title, shortcut and where its class lives.

    ``title`` and ``description`` are the English source texts; :attr:`label` and
    :attr:`explained` are what people see, in their language.
    """

    key: str
    title: str
    shortcut: str
    module: str
    class_name: str
    description: str
    build: Callable[[PageClass, PageContext], QWidget] = _with_session
    builds_while_locked: bool = False
    """The page copes with a locked session at construction (it loads on ``sig_unlocked``),
    so it may be built while the diary is still being opened."""

    @property
    def label(self) -> str:
        """The title in the user's language."""
        return QCoreApplication.translate(CONTEXT, self.title)

    @property
    def explained(self) -> str:
        """The description in the user's language."""
        return QCoreApplication.translate(CONTEXT, self.description)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "today",
        str(QT_TRANSLATE_NOOP("Pages", "Today")),
        "Ctrl+1",
        "connectly.ui.pages.today",
        "TodayPage",
        str(QT_TRANSLATE_NOOP("Pages", "Check in for today or a past day")),
        builds_while_locked=True,
    ),
    PageSpec(
        "history",
        str(QT_TRANSLATE_NOOP("Pages", "History")),
        "Ctrl+2",
        "connectly.ui.pages.history",
        "HistoryPage",
        str(QT_TRANSLATE_NOOP("Pages", "Every check-in, to find and edit")),
    ),
    PageSpec(
        "events",
        str(QT_TRANSLATE_NOOP("Pages", "Life events")),
        "Ctrl+3",
        "connectly.ui.pages.events",
        "EventsPage",
        str(QT_TRANSLATE_NOOP("Pages", "Moves, new jobs, births, losses: what you were living through")),
    ),
    PageSpec(
        "insights",
        str(QT_TRANSLATE_NOOP("Pages", "Insights")),
        "Ctrl+4",
        "connectly.ui.pages.insights",
        "InsightsPage",
        str(QT_TRANSLATE_NOOP("Pages", "How stress and closeness moved together")),
    ),
    PageSpec(
        "settings",
        str(QT_TRANSLATE_NOOP("Pages", "Settings")),
        "Ctrl+5",
        "connectly.ui.pages.settings",
        "SettingsPage",
        str(QT_TRANSLATE_NOOP("Pages", "Names, tags, reminder, locking, language, theme and passphrase")),
        _with_context,
    ),
)


def page_spec(key: str, specs: tuple[PageSpec, ...] = PAGES) -> PageSpec | None:
    """The spec for ``key``, or None for an unknown key (e.g. a stale stored last page)."""
    return next((spec for spec in specs if spec.key == key), None)


def build_page(spec: PageSpec, ctx: PageContext) -> QWidget:
    """Import the page's module and build it; a missing module or a failure gives a placeholder."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name != spec.module:  # a dependency of the page is missing: that is a real problem
            return PlaceholderPage(spec, sentence_for(exc))
        return PlaceholderPage(spec, _not_here(spec))
    except Exception as exc:
        return PlaceholderPage(spec, sentence_for(exc))
    cls = getattr(module, spec.class_name, None)
    if cls is None:
        return PlaceholderPage(spec, _not_here(spec))
    try:
        page: QWidget = spec.build(cls, ctx)
    except Exception as exc:
        return PlaceholderPage(spec, sentence_for(exc))
    return page


def _not_here(spec: PageSpec) -> str:
    return QCoreApplication.translate("Pages", "{page} is not part of this version of Connectly yet.").format(
        page=spec.label
    )


class PlaceholderPage(QWidget):
    """Stands in for a page that is not available, with a short calm sentence."""

    def __init__(self, spec: PageSpec, sentence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.label = QLabel(sentence, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.label.setAccessibleName(self.tr("{page} unavailable").format(page=spec.label))
        self.label.setAccessibleDescription(sentence)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addStretch(1)
