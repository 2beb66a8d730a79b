import TermUI
import Testing

@testable import TerminalKit

/// Pictures on the screen: drawn over their cells in their own colours,
/// drawn again only when needed, and gone when the frame no longer has them.
@Suite struct PictureFrameTests {
  /// A 3x2 picture: red full blocks on the top row, blue upper halves on a
  /// white background below.
  let art = PictureArt(
    columns: 3, rows: 2,
    form: .symbols(
      characters: ["█", "█", "█", "▀", "▀", "▀"], foregrounds: [196, 196, 196, 21, 21, 21],
      backgrounds: [-1, -1, -1, 231, 231, 231], colors: 256))

  func writer() -> FrameWriter {
    FrameWriter(terminal: .xtermLike, palette: Theme.standard.palette(.rich), depth: .rich)
  }

  @Test func symbolsShowInTheirCellsAndColours() {
    let writer = writer()
    var model = TerminalModel(width: 20, height: 6)
    var buffer = Buffer(size: Size(width: 20, height: 6))
    buffer.put("Photo", x: 0, y: 0, style: .text)
    let placed = buffer.place(art, x: 4, y: 2)
    #expect(placed)
    model.feed(Array(writer.frame(buffer, cursor: nil)))
    #expect(model.problems.isEmpty)
    for column in 4..<7 {
      #expect(model.cells[2][column].text == "█")
      #expect(model.cells[2][column].look.foreground == 196)
      #expect(model.cells[3][column].text == "▀")
      #expect(model.cells[3][column].look.foreground == 21)
      #expect(model.cells[3][column].look.background == 231)
    }
    // Colour stops at the picture's edge.
    #expect(model.cells[3][7].look == TerminalModel.Look())
    #expect(model.cells[0][0].text == "P")
    // What a test reads off the buffer is what the screen shows.
    #expect(buffer.lines[2].hasPrefix("    ███ "))
  }

  @Test func anUnchangedPictureIsNotSentAgain() {
    let writer = writer()
    var buffer = Buffer(size: Size(width: 20, height: 6))
    buffer.place(art, x: 4, y: 2)
    _ = writer.frame(buffer, cursor: nil)
    buffer.put("x", x: 0, y: 5, style: .text)
    let next = String(decoding: writer.frame(buffer, cursor: nil), as: UTF8.self)
    #expect(!next.contains("█"))
  }

  @Test func aPictureNoLongerShownIsDrawnOver() {
    let writer = writer()
    var model = TerminalModel(width: 20, height: 6)
    var buffer = Buffer(size: Size(width: 20, height: 6))
    buffer.place(art, x: 4, y: 2)
    model.feed(Array(writer.frame(buffer, cursor: nil)))
    buffer.reset(size: buffer.size, asciiOnly: false)
    buffer.put("text", x: 4, y: 2, style: .text)
    model.feed(Array(writer.frame(buffer, cursor: nil)))
    #expect(model.problems.isEmpty)
    #expect((4..<8).map { model.cells[2][$0].text }.joined() == "text")
    for column in 4..<7 {
      #expect(model.cells[3][column].text == " ")
      #expect(model.cells[3][column].look.background == -1)
    }
  }

  @Test func aPictureCoveredInPartIsNotDrawn() {
    let writer = writer()
    var buffer = Buffer(size: Size(width: 20, height: 6))
    buffer.place(art, x: 4, y: 2)
    // An overlay drawn after it, over one of its cells.
    buffer.put("?", x: 5, y: 3, style: .text)
    #expect(!buffer.isWhole(buffer.pictures[0]))
    let bytes = String(decoding: writer.frame(buffer, cursor: nil), as: UTF8.self)
    #expect(!bytes.contains("█"))
    #expect(bytes.contains("?"))
  }

  @Test func aSixelIsSentAtItsPlaceAndClearedWithTheScreenWhenGone() {
    let writer = writer()
    let sixel = PictureArt(
      columns: 2, rows: 1,
      form: .graphics(bytes: Array("\u{1B}Pq#0~\u{1B}\\".utf8), protocol: .sixel))
    var buffer = Buffer(size: Size(width: 20, height: 6))
    buffer.place(sixel, x: 3, y: 1)
    let first = String(decoding: writer.frame(buffer, cursor: nil), as: UTF8.self)
    #expect(first.hasSuffix("\u{1B}[2;4H\u{1B}Pq#0~\u{1B}\\"))
    // The same frame again: nothing to send.
    #expect(writer.frame(buffer, cursor: nil).isEmpty)
    buffer.reset(size: buffer.size, asciiOnly: false)
    let gone = String(decoding: writer.frame(buffer, cursor: nil), as: UTF8.self)
    #expect(gone.contains("\u{1B}[H\u{1B}[2J") || gone.contains("\u{1B}[2J"))
  }

  @Test func kittyImagesAreDeletedWhenTheyChange() {
    let writer = writer()
    let kitty = PictureArt(
      columns: 2, rows: 1,
      form: .graphics(bytes: Array("\u{1B}_Ga=T;AAAA\u{1B}\\".utf8), protocol: .kitty))
    var buffer = Buffer(size: Size(width: 20, height: 6))
    buffer.place(kitty, x: 3, y: 1)
    _ = writer.frame(buffer, cursor: nil)
    buffer.reset(size: buffer.size, asciiOnly: false)
    let gone = String(decoding: writer.frame(buffer, cursor: nil), as: UTF8.self)
    #expect(gone.hasPrefix("\u{1B}_Ga=d,d=A\u{1B}\\"))
  }
}
