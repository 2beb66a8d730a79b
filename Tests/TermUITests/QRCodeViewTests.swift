import BuiltInContent
import HistoryContent
import KioskCore
import QRCode
import TerminalKit
import Testing

@testable import TermUI

/// Which terminals get which QR code: Unicode terminals two modules a cell
/// in half blocks, ASCII terminals "##" for a dark module; always in the
/// paper role (dark on light; reversed where there is no colour, which the
/// backend's tests check). Read back from the cells, each draws the code the
/// library made.
@Suite struct QRCodeViewTests {
  static let gallery = BuiltInContent.content.exhibition.gallery
  let code = QRCode(Self.gallery)!

  /// The modules the cells show, quiet zone included, row by row.
  func modules(_ buffer: Buffer, asciiOnly: Bool) -> [[Bool]] {
    let lines = buffer.lines
    if asciiOnly {
      return lines.map { line in
        stride(from: 0, to: line.count, by: 2).map { offset in
          line[line.index(line.startIndex, offsetBy: offset)] == "#"
        }
      }
    }
    return lines.flatMap { line in
      [line.map { $0 == "█" || $0 == "▀" }, line.map { $0 == "█" || $0 == "▄" }]
    }
  }

  func expected(height: Int) -> [[Bool]] {
    let side = code.size + 2 * QRCode.quietZone
    return (0..<height).map { y in
      (0..<side).map { x in code.isDark(x: x - QRCode.quietZone, y: y - QRCode.quietZone) }
    }
  }

  @Test(arguments: [false, true])
  func theCellsHoldTheCodeWithItsQuietZone(asciiOnly: Bool) {
    let size = QRCodeView.size(code, asciiOnly: asciiOnly)
    var buffer = Buffer(size: size, asciiOnly: asciiOnly)
    QRCodeView.draw(&buffer, code, x: 0, y: 0, asciiOnly: asciiOnly)
    let shown = modules(buffer, asciiOnly: asciiOnly)
    #expect(Array(shown.prefix(code.size + 8)) == expected(height: code.size + 8))
    #expect(buffer.cells.allSatisfy { $0.style == Style(.paper) })
    let allowed: Set<String> = asciiOnly ? ["#", " "] : ["█", "▀", "▄", " "]
    #expect(buffer.cells.allSatisfy { allowed.contains($0.text) })
  }

  @Test func paperIsDarkOnLightInEveryThemeAndLeftToTheBackendWithoutColour() {
    for theme in Theme.allCases {
      #expect(theme.colors(.paper, depth: .rich) == Theme.Colors(foreground: 16, background: 231))
      #expect(theme.colors(.paper, depth: .basic) == Theme.Colors(foreground: 0, background: 7))
      #expect(theme.colors(.paper, depth: .none) == nil)
    }
  }

  @Test func theOverlayShowsTheCodeTheAddressAndWhatToDo() {
    let kiosk = Kiosk(content: BuiltInContent.content)
    var state = kiosk.initialState(size: Size(width: 80, height: 24))
    for key in [Key.character("3"), .character("Q")] {
      state = kiosk.reduce(state, .key(key), at: 0)
    }
    #expect(state.overlay == .qrCode(Self.gallery))
    let lines = Renderer(kiosk).render(state).lines
    Snapshot.assert(lines, named: "qr-overlay-80x24")
    #expect(lines.joined().contains("Scan with your phone"))
    #expect(lines.last?.contains("Esc Back") == true)
    #expect(kiosk.reduce(state, .key(.escape), at: 0).overlay == nil)
  }

  @Test func theFooterOffersTheCodeOnlyWhereThereIsAnAddress() {
    let kiosk = Kiosk(content: BuiltInContent.content)
    let timeline = kiosk.initialState(size: Size(width: 80, height: 24))
    #expect(!Renderer(kiosk).render(timeline).lines.last!.contains("QR code"))
    #expect(kiosk.reduce(timeline, .key(.character("Q")), at: 0) == timeline)
    let exhibition = kiosk.reduce(timeline, .key(.character("3")), at: 0)
    #expect(Renderer(kiosk).render(exhibition).lines.last!.contains("Q QR code"))
  }

  @Test func from120x40TheExhibitionShowsTheCodeWithoutAKey() {
    let kiosk = Kiosk(content: BuiltInContent.content)
    for language in ["en", "de"] {
      var state = kiosk.initialState(size: Size(width: 120, height: 40))
      state.language = Language(language)
      state = kiosk.reduce(state, .key(.character("3")), at: 0)
      let lines = Renderer(kiosk).render(state).lines
      #expect(lines.contains { $0.contains("█▀▀▀▀▀█") }, "\(language)")
    }
  }

  @Test func theAttractLoopShowsTheCodeOnTheExhibitionsSlidesWhereItFits() {
    let kiosk = Kiosk(
      content: BuiltInContent.content, settings: KioskSettings(isLockedDown: true, idleTimeout: 90))
    let slide = kiosk.attractSlides.firstIndex { kiosk.sections[$0.section] is ExhibitionSection }!
    var state = kiosk.initialState(size: Size(width: 140, height: 45))
    state.screen = .attract(Attract(slide: slide, nextStepAt: 1000))
    #expect(Renderer(kiosk).render(state).lines.contains { $0.contains("█▀▀▀▀▀█") })
    state.size = Size(width: 80, height: 24)
    #expect(!Renderer(kiosk).render(state).lines.contains { $0.contains("█▀▀▀▀▀█") })
  }
}
