import Pictures
import TerminalKit
import Testing

/// Four vertical bars, red, green, blue and white, as a test photo.
func bars(width: Int = 64, height: Int = 32) -> RGBAPixels {
  let colors: [[UInt8]] = [[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 255]]
  var rgba: [UInt8] = []
  rgba.reserveCapacity(width * height * 4)
  for _ in 0..<height {
    for x in 0..<width { rgba += colors[x * 4 / width] + [255] }
  }
  return RGBAPixels(width: width, height: height, rgba: rgba)
}

@Suite struct PictureMakerTests {
  /// The colour a cell shows: its background for a blank, else its foreground
  /// for a full block; bars this wide give only those two.
  func shownColor(_ art: PictureArt, column: Int, row: Int) -> Int16? {
    guard case .symbols(let characters, let foregrounds, let backgrounds, _) = art.form else {
      return nil
    }
    let place = row * art.columns + column
    return characters[place] == "█" ? foregrounds[place] : backgrounds[place]
  }

  @Test func barsShowInTheirColoursIn256() throws {
    let art = try #require(
      PictureMaker.make(
        bars(), cells: Size(width: 16, height: 4), form: .symbols(colors: 256),
        cell: Size(width: 8, height: 16)))
    #expect(art.columns == 16 && art.rows == 4)
    // xterm's 256 colours: 196 red, 46 green, 21 blue, 231 white.
    for (bar, color) in [(0, 196), (1, 46), (2, 21), (3, 231)] {
      for row in 0..<4 {
        #expect(shownColor(art, column: bar * 4 + 1, row: row) == Int16(color))
      }
    }
  }

  @Test func barsShowInTheirColoursIn8() throws {
    let art = try #require(
      PictureMaker.make(
        bars(), cells: Size(width: 16, height: 4), form: .symbols(colors: 8),
        cell: Size(width: 8, height: 16)))
    for (bar, color) in [(0, 1), (1, 2), (2, 4), (3, 7)] {
      #expect(shownColor(art, column: bar * 4 + 1, row: 1) == Int16(color))
    }
  }

  @Test func sixelIsOneDeviceControlString() throws {
    let art = try #require(
      PictureMaker.make(
        bars(), cells: Size(width: 8, height: 2), form: .graphics(.sixel),
        cell: Size(width: 10, height: 20)))
    guard case .graphics(let bytes, .sixel) = art.form else {
      Issue.record("not a sixel picture")
      return
    }
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.hasPrefix("\u{1B}P"))
    #expect(text.contains("q"))
    #expect(text.hasSuffix("\u{1B}\\"))
    // Nothing but the image: no cursor movement or mode change around it.
    #expect(text.filter { $0 == "\u{1B}" }.count == 2)
  }

  @Test func noPictureFromNoPixels() {
    let empty = RGBAPixels(width: 0, height: 0, rgba: [])
    #expect(
      PictureMaker.make(
        empty, cells: Size(width: 8, height: 2), form: .symbols(colors: 256),
        cell: Size(width: 8, height: 16)) == nil)
  }
}
