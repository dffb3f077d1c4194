"""Entry point of the frozen Sitrep bundle: the same `main()` as the `sitrep` console script."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
