# Runtime hook: pick the Qt binding for pyqtgraph before anything imports it.
import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
