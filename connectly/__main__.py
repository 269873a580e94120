"""``python -m connectly``."""

import sys

from connectly.cli import main

sys.exit(main())
