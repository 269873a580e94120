"""PyInstaller entry point: the same ``connectly`` command that pip installs."""

import sys

from connectly.cli import main

if __name__ == "__main__":
    sys.exit(main())
