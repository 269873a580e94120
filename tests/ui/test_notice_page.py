"""The full-window notice (“The diary file looks damaged”) shows all of its wrapped text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from connectly.ui.pages.notice import NoticePage
from tests.ui.conftest import QUIET

pytestmark = pytest.mark.qt_log_ignore(*QUIET)

LONG = (
    "Connectly checked the diary and found damage, so it stopped before writing anything: "
    "nothing was changed. Your automatic backups are in the “backups” folder of the data folder; "
    "restoring one brings the diary back to that day. "
) * 2


def _shown(qtbot: QtBot, text: str, width: int, height: int) -> NoticePage:
    page = NoticePage()
    qtbot.addWidget(page)
    page.present("The diary file looks damaged", text, buttons=[("&Quit", lambda: None, "Close Connectly")])
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    return page


def test_a_long_sentence_wraps_onto_more_lines_than_a_short_one(qtbot: QtBot) -> None:
    short_page, long_page = _shown(qtbot, "Nothing was changed.", 900, 700), _shown(qtbot, LONG, 900, 700)
    short, long = short_page.text, long_page.text
    assert long.width() == short.width()  # the same readable column
    assert long.heightForWidth(long.width()) >= 4 * short.heightForWidth(short.width())
    assert long.height() >= long.heightForWidth(long.width())


def test_a_window_too_short_for_the_text_scrolls_instead_of_clipping_it(qtbot: QtBot) -> None:
    page = _shown(qtbot, LONG, 700, 160)
    text, title = page.text, page.title
    assert text.height() >= text.heightForWidth(text.width())  # every wrapped line has room
    assert title.height() >= title.heightForWidth(title.width())
    button = page.button("Quit")
    assert button is not None and button.height() >= button.minimumSizeHint().height()
