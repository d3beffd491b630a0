"""A real window in a child process, for tests that kill it: python session_child.py MODE [FILE].

MODE 'change': open FILE, make a set of changes, print CHANGED, then keep running until killed.
MODE 'churn': open FILE, then keep changing the theme and zoom every few milliseconds until killed.
MODE 'dialog': open FILE, open the cleaning report (a second window), print SHOWN, then close the main window.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QTimer

    from reader.app import create_app

    mode, files = sys.argv[1], sys.argv[2:]
    app, window = create_app(files)
    window.resize(1000, 700)
    window.show()

    def say(word: str) -> None:
        sys.stdout.write(word + "\n")
        sys.stdout.flush()

    def change() -> None:
        window.script_selector.choose("s2t")
        window.view.set_theme("dark")
        window.view.zoom(+2)
        window.keyword_panel.add_keyword("监督")
        say("CHANGED")

    themes = ["light", "sepia", "dark"]

    def churn() -> None:
        window.view.set_theme(themes[churn.n % 3])
        window.view.zoom(+1 if churn.n % 2 else -1)
        window.session.save_now()
        churn.n += 1
        if churn.n == 1:
            say("CHURNING")
    churn.n = 0

    def dialog() -> None:
        window.show_cleaned_report()
        say("SHOWN")
        QTimer.singleShot(200, window.close)

    def when_shown(_path: str) -> None:
        if mode == "change":
            QTimer.singleShot(100, change)
        elif mode == "churn":
            timer = QTimer(window)
            timer.timeout.connect(churn)
            timer.start(5)
        elif mode == "dialog":
            QTimer.singleShot(100, dialog)

    window.document_shown.connect(when_shown)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
