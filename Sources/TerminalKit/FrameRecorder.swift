/// Frames as the bytes a terminal of a given terminfo entry would be sent,
/// with no terminal there: for recordings (`iom-history demo --record`).
public final class FrameRecorder {
  private let writer: FrameWriter
  /// The colours the entry has.
  public let depth: ColorDepth

  /// Nil when there is no terminfo entry `terminal` (or it cannot address
  /// the cursor). `palette` gives the colours for the entry's depth.
  public init?(terminal: String, palette: (ColorDepth) -> Palette) {
    guard Terminfo.load(terminal, descriptor: -1), Terminfo.addressesCursor else { return nil }
    let codes = TerminalCodes.current()
    depth = codes.depth(noColor: false)
    writer = FrameWriter(terminal: codes, palette: palette(depth), depth: depth)
  }

  /// The bytes that take the screen from the last frame to `buffer` (the
  /// first frame clears the screen and draws it whole).
  public func frame(_ buffer: Buffer) -> [UInt8] { Array(writer.frame(buffer, cursor: nil)) }
}
