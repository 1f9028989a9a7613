"""Start crm-desktop from a source checkout: ``python main.py --help``."""

import multiprocessing
import sys

from crm_desktop.app import main

if __name__ == "__main__":
    # A frozen build started as an import's child process runs the child here, then exits.
    multiprocessing.freeze_support()
    sys.exit(main())
