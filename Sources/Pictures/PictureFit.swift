import TerminalKit

/// The cells a photo takes: as many as fit in the area, keeping its shape.
public enum PictureFit {
  /// The columns and rows of a photo `width` x `height` pixels drawn as
  /// large as fits in `area` cells of `cell` pixels each; zero when nothing
  /// fits.
  public static func cells(width: Int, height: Int, in area: Size, cell: Size) -> Size {
    guard width > 0, height > 0, area.width > 0, area.height > 0, cell.width > 0, cell.height > 0
    else { return Size(width: 0, height: 0) }
    // The photo's height in rows if it took the whole width, and the other way round.
    let rowsAtFullWidth = area.width * cell.width * height / (width * cell.height)
    if rowsAtFullWidth <= area.height {
      return Size(width: area.width, height: max(1, rowsAtFullWidth))
    }
    let columnsAtFullHeight = area.height * cell.height * width / (height * cell.width)
    return Size(width: max(1, min(area.width, columnsAtFullHeight)), height: area.height)
  }
}
