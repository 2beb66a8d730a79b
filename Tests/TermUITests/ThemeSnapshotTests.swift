import BuiltInContent
import HistoryContent
import KioskCore
import TermUI
import TerminalKit
import Testing

/// The same screens at every colour depth and in ASCII. Colours are written
/// as runs of cells with the colours and emphasis the backend will send, so
/// a change of theme shows up in review like any other change.
@Suite struct ThemeSnapshotTests {
  static let kiosk = Kiosk(content: BuiltInContent.content)
  static let size = Size(width: 80, height: 24)

  func screen(_ keys: [Key], asciiOnly: Bool = false) -> Buffer {
    var state = Self.kiosk.initialState(size: Self.size)
    state.asciiOnly = asciiOnly
    state = keys.reduce(state) { Self.kiosk.reduce($0, .key($1), at: 0) }
    return Renderer(Self.kiosk).render(state)
  }

  /// "row 3: 0-1 fg 245 bg -1 | 2-29 fg -1 bg -1 bold …": one line per row.
  func styleRuns(_ buffer: Buffer, _ theme: Theme, _ depth: ColorDepth) -> [String] {
    (0..<buffer.size.height).map { row in
      var runs: [String] = []
      var start = 0
      func describe(_ style: Style) -> String {
        let colors =
          theme.colors(style.role, depth: depth).map { "fg \($0.foreground) bg \($0.background)" }
          ?? "plain"
        let emphasis = [
          style.bold || theme.boldEverything ? "bold" : nil, style.reverse ? "reverse" : nil,
          style.underline ? "underline" : nil,
        ].compactMap { $0 }
        return ([colors] + emphasis).joined(separator: " ")
      }
      for column in 1...buffer.size.width {
        let ends =
          column == buffer.size.width
          || describe(buffer[column, row].style) != describe(buffer[start, row].style)
        if ends {
          runs.append("\(start)-\(column - 1) \(describe(buffer[start, row].style))")
          start = column
        }
      }
      return "row \(row): " + runs.joined(separator: " | ")
    }
  }

  @Test(arguments: ColorDepth.allCases)
  func timelineColors(depth: ColorDepth) {
    Snapshot.assert(
      styleRuns(screen([.down]), .standard, depth), named: "colors-\(depth.rawValue)-timeline-80x24"
    )
  }

  @Test(arguments: [ColorDepth.rich, .basic])
  func highContrastColors(depth: ColorDepth) {
    Snapshot.assert(
      styleRuns(screen([.character("2")]), .highContrast, depth),
      named: "colors-high-contrast-\(depth.rawValue)-work-80x24")
  }

  @Test func highContrastNeverUsesGrey() {
    for depth in ColorDepth.allCases {
      for role in Role.allCases {
        guard let colors = Theme.highContrast.colors(role, depth: depth) else { continue }
        #expect(![Int16(8), 245, 240, 250].contains(colors.foreground), "\(role) at \(depth)")
      }
    }
  }

  @Test(arguments: [
    ("timeline", [Key]()), ("german-work", [.character("L"), .character("2")]),
    ("exhibition", [.character("3")]),
    ("reading", [.down, .enter]),
  ])
  func ascii(name: String, keys: [Key]) {
    let lines = screen(keys, asciiOnly: true).lines
    Snapshot.assert(lines, named: "ascii-\(name)-80x24")
    for line in lines {
      let isASCII = line.unicodeScalars.allSatisfy { $0.isASCII }
      #expect(isASCII, "\(line)")
    }
  }
}
