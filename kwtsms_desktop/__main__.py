"""Entry point for `python -m kwtsms_desktop`."""

import sys

from kwtsms_desktop.app import main

sys.exit(main())
