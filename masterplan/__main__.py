"""``python -m masterplan``: the command line for administrators and scheduled imports."""

import sys

from masterplan.cli import main

sys.exit(main())
