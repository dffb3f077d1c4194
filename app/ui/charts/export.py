"""Charts and maps to PNG and SVG files through pyqtgraph's exporters."""

from __future__ import annotations

from pathlib import Path

from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtCore import QCoreApplication, QEvent, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

DEFAULT_PNG_WIDTH = 1600


class ExportError(OSError):
    """The exporter ran but left no file (a full disk, a folder we cannot write to)."""


def _settle(item: QGraphicsItem) -> None:
    """Apply pending layout and auto-range changes, as painting on screen would, so a chart
    exported right after new data is not drawn with the old axes."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    scene = item.scene()
    if scene is not None and hasattr(scene, "prepareForPaint"):
        scene.prepareForPaint()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _check_written(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        raise ExportError(f"could not write {path}")


def export_png(item: QGraphicsItem, path, width: int | None = None) -> Path:
    """Render the item (a PlotItem or a whole layout) to a PNG `width` pixels wide."""
    path = Path(path)
    _settle(item)
    exporter = ImageExporter(item)
    params = exporter.parameters()
    params["width"] = int(width or max(DEFAULT_PNG_WIDTH, int(item.boundingRect().width())))
    params["antialias"] = True
    exporter.export(str(path))
    _check_written(path)
    return path


def export_svg(item: QGraphicsItem, path) -> Path:
    """Write the item as an SVG; lines are exported as drawn (downsampled to the view).

    pyqtgraph's exporter cannot parse the closing "Z" that Qt 6.8+ writes for closed paths
    (pyqtgraph issue #3495, unreleased fix); when it fails that way the scene is rendered
    straight through QSvgGenerator instead, which keeps everything vector.
    """
    path = Path(path)
    _settle(item)
    try:
        SVGExporter(item).export(str(path))
    except ValueError:
        _render_svg(item, path)
    _check_written(path)
    return path


def _render_svg(item: QGraphicsItem, path: Path) -> None:
    source = item.sceneBoundingRect()
    target = QRectF(0, 0, source.width(), source.height())
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(target.size().toSize())
    generator.setViewBox(target)
    generator.setTitle("Sitrep chart")
    painter = QPainter(generator)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        item.scene().render(painter, target, source)
    finally:
        painter.end()
