"""Start crm-desktop from a source checkout: ``python main.py --help``."""

import sys

from crm_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
