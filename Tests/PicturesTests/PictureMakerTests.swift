import Foundation
import PhotoDecoding
import Pictures
import TerminalKit
import Testing

/// Four vertical bars, red, green, blue and white, as a test photo.
func bars(width: Int = 64, height: Int = 32) -> Pixels {
  let colors: [[UInt8]] = [[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 255]]
  var rgba: [UInt8] = []
  rgba.reserveCapacity(width * height * 4)
  for _ in 0..<height {
    for x in 0..<width { rgba += colors[x * 4 / width] + [255] }
  }
  return Pixels(width: width, height: height, rgba: rgba)
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
    let empty = Pixels(width: 0, height: 0, rgba: [])
    #expect(
      PictureMaker.make(
        empty, cells: Size(width: 8, height: 2), form: .symbols(colors: 256),
        cell: Size(width: 8, height: 16)) == nil)
  }
}

extension PictureMakerTests {
  /// What a kitty terminal receives: the image's keys (RGBA, its size in
  /// pixels and cells, the cursor left in place, no reply asked), then the
  /// pixels in base64 chunks; decoded, they are the bars.
  @Test func kittyImageCarriesTheBarsPixels() throws {
    let art = try #require(
      PictureMaker.make(
        bars(), cells: Size(width: 8, height: 2), form: .graphics(.kitty),
        cell: Size(width: 10, height: 20)))
    guard case .graphics(let bytes, .kitty) = art.form else {
      Issue.record("not a kitty picture")
      return
    }
    let strings = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\u{1B}\\")
      .filter { !$0.isEmpty }
    #expect(strings.allSatisfy { $0.hasPrefix("\u{1B}_G") })
    let first = try #require(strings.first)
    #expect(first.hasPrefix("\u{1B}_Ga=T,f=32,s=80,v=40,c=8,r=2,C=1,q=2,"))
    #expect(strings.last == "\u{1B}_Gm=0")
    // Each chunk is base64 on its own, as the terminal decodes it.
    var pixels = Data()
    for chunk in strings.dropFirst().dropLast() {
      #expect(chunk.hasPrefix("\u{1B}_Gm=1;"))
      pixels += try #require(Data(base64Encoded: String(chunk.drop { $0 != ";" }.dropFirst())))
    }
    #expect(pixels.count == 80 * 40 * 4)
    // The middle row, a pixel inside each bar.
    for (x, rgb) in [
      (5, [255, 0, 0]), (25, [0, 255, 0]), (45, [0, 0, 255]), (65, [255, 255, 255]),
    ] {
      let offset = (20 * 80 + x) * 4
      #expect(Array(pixels[offset..<offset + 3]) == rgb.map(UInt8.init))
    }
  }
}
