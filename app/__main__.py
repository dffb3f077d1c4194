"""`python -m app` is the same program as the `sitrep` console script."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
