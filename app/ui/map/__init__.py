"""The map dock (pyqtgraph): Natural Earth outlines, figures as circles, a date slider."""

from app.ui.map.boundaries import Boundaries
from app.ui.map.figures import MapFigures, MapSnapshot, circle_sizes
from app.ui.map.map_dock import MapDock
from app.ui.map.map_view import MapView

__all__ = ["Boundaries", "MapDock", "MapFigures", "MapSnapshot", "MapView", "circle_sizes"]
