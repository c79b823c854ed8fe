from ethicsdesk.gui.main_window import MainWindow


def test_window_opens_on_the_sample(window: MainWindow) -> None:
    assert window.tabs.count() == 4
    assert window.roster.seats.rowCount() == 13
