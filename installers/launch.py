"""The frozen application's entry point: the same ``main`` as the ``workbench`` command of a venv."""

import sys

from workbench.cli import main

if __name__ == "__main__":
    sys.exit(main())
