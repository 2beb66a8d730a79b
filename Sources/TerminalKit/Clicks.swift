/// Turns a terminal's presses and releases into clicks, as a visitor means
/// them: a press and release of the left button (or a finger's tap, however
/// slow) is a click where it went down; a second one on the same cell soon
/// after is a double click.
public struct Clicks: Sendable {
  /// Two clicks closer than this (seconds) on one cell are a double click.
  public static let doubleClickInterval = 0.4

  /// The button last pressed and where; nil once released.
  private var press: (button: Int?, column: Int, row: Int)?
  private var lastClick: (column: Int, row: Int, time: Double)?

  public init() {}

  /// The mouse event `report` completes at time `now`, if any.
  public mutating func event(for report: PointerReport, at now: Double) -> MouseEvent? {
    switch report.action {
    case .wheelUp: return MouseEvent(.wheelUp, column: report.column, row: report.row)
    case .wheelDown: return MouseEvent(.wheelDown, column: report.column, row: report.row)
    case .press:
      press = (report.button, report.column, report.row)
      return nil
    case .release:
      let pressed = press ?? (report.button, report.column, report.row)
      press = nil
      // An X10 release does not name its button: the press did, and a lone
      // release is taken for the left one.
      guard (report.button ?? pressed.button ?? 0) == 0, (pressed.button ?? 0) == 0 else {
        return nil
      }
      let place = (column: pressed.column, row: pressed.row)
      var kind = MouseEvent.Kind.click
      if let last = lastClick, last.column == place.column, last.row == place.row,
        now - last.time < Self.doubleClickInterval
      {
        kind = .doubleClick
        lastClick = nil  // a third click starts a new pair
      } else {
        lastClick = (place.column, place.row, now)
      }
      return MouseEvent(kind, column: place.column, row: place.row)
    }
  }
}
