"""`python -m app` is the same program as the `sitrep` console script."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen import worker runs its task here, not the app
    sys.exit(main())
