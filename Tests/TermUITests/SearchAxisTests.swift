import BuiltInContent
import HistoryContent
import KioskCore
import TermUI
import TerminalKit
import Testing

/// While searching, the time axis stays in view below the results and marks
/// when what was found happened: ▲ (^ on an ASCII terminal) under the track,
/// at the columns of the items found and nowhere else.
@Suite struct SearchAxisTests {
  static let kiosk = Kiosk(content: BuiltInContent.content)

  struct Look: CustomStringConvertible, Sendable {
    var size: Size
    var german = false
    var asciiOnly = false
    var description: String {
      "\(size)" + (german ? "-de" : "") + (asciiOnly ? "-ascii" : "")
    }
  }

  static let looks = [
    Look(size: Size(width: 80, height: 24)), Look(size: Size(width: 120, height: 40)),
    Look(size: Size(width: 80, height: 24), german: true),
    Look(size: Size(width: 80, height: 24), asciiOnly: true),
  ]

  func searching(_ text: String, _ look: Look) -> AppState {
    let kiosk = Self.kiosk
    var state = kiosk.initialState(size: look.size)
    state.asciiOnly = look.asciiOnly
    let keys =
      (look.german ? [Key.character("L")] : []) + [.character("/")] + text.map(Key.character)
    return keys.reduce(state) { kiosk.reduce($0, .key($1), at: 0) }
  }

  /// The columns of the axis's events dated within `years`, worked out from
  /// the content and the axis's frame.
  func expectedColumns(_ years: ClosedRange<Int>, axis: Rect) -> Set<Int> {
    let content = Self.kiosk.content
    let scale = TimeScale(content, width: axis.width - 4, x: axis.x + 2)!
    return Set(
      content.events.filter { years.contains($0.date.year) }.map {
        scale.column($0.date.fractionalYear)
      })
  }

  func columns(of glyph: Character, in line: String) -> Set<Int> {
    Set(Array(line).enumerated().filter { $0.element == glyph }.map(\.offset))
  }

  @Test(arguments: looks, [("1989", 1989...1989), ("1951-1954", 1951...1954)])
  func marksWhatTheYearsFind(look: Look, query: (text: String, years: ClosedRange<Int>)) throws {
    let state = searching(query.text, look)
    let buffer = Renderer(Self.kiosk).render(state)
    let lines = buffer.lines
    Snapshot.assert(lines, named: "search-axis-\(query.text)-\(look)")
    let axis = try #require(Self.kiosk.layout(state).searchAxis)
    // Below the results, above the search line.
    #expect(axis.y > 2 && axis.maxY == look.size.height - 2)
    #expect(lines[axis.y].contains(look.german ? "Zeitachse" : "Time axis"))
    let track = lines[axis.y + 2]
    let marks = lines[axis.y + 3]
    let mark: Character = look.asciiOnly ? "^" : "▲"
    let event: Character = look.asciiOnly ? "o" : "●"
    let expected = expectedColumns(query.years, axis: axis)
    #expect(!expected.isEmpty)
    #expect(columns(of: mark, in: marks) == expected)
    // Every mark stands under an event of the track.
    #expect(expected.allSatisfy { Array(track)[$0] == event })
    // Events of other years whose columns differ are not marked.
    let others = expectedColumns(1900...2100, axis: axis).subtracting(expected)
    #expect(!others.isEmpty)
    #expect(columns(of: mark, in: marks).isDisjoint(with: others))
    // The marks read without colour, and in bold where there is colour.
    for column in expected {
      #expect(buffer.cells[(axis.y + 3) * look.size.width + column].style.bold)
    }
    if look.asciiOnly { #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }) }
  }

  @Test func nothingIsMarkedBeforeAnythingIsTyped() throws {
    let state = searching("", Look(size: Size(width: 80, height: 24)))
    let lines = Renderer(Self.kiosk).render(state).lines
    let axis = try #require(Self.kiosk.layout(state).searchAxis)
    #expect(!lines[axis.y + 3].contains("▲"))
    #expect(lines[axis.y + 2].contains("●"))
  }

  /// Words find items of every section; those with a time are marked: the
  /// caption of 1957 as well as the flight of that year.
  @Test func wordsMarkEveryResultWithATime() throws {
    let kiosk = Self.kiosk
    let state = searching("germany", Look(size: Size(width: 80, height: 24)))
    let results = kiosk.results(try #require(state.search))
    let moments = kiosk.moments(of: results, try #require(state.search).query)
    let dated = results.filter { result in
      let section = kiosk.sections[result.item.section]
      return section.hasTimeAxis
        ? section.event(ofItem: result.item.index, kiosk.content) != nil
        : section.years(result.item.index, kiosk.content) != nil
    }
    #expect(moments.count == dated.count)
    #expect(moments.count < results.count)
    let axis = try #require(kiosk.layout(state).searchAxis)
    let scale = TimeScale(kiosk.content, width: axis.width - 4, x: axis.x + 2)!
    let lines = Renderer(kiosk).render(state).lines
    #expect(columns(of: "▲", in: lines[axis.y + 3]) == Set(moments.map(scale.column)))
  }

  /// Esc from the search, with the axis and its marks on screen, returns to
  /// exactly the state and screen the visitor left.
  @Test(arguments: [0, 1, 2])
  func escapeReturnsToThePlace(section: Int) {
    let kiosk = Self.kiosk
    var before = kiosk.initialState(size: Size(width: 80, height: 24))
    for key in [Key.character(Character(String(section + 1))), .down, .down] {
      before = kiosk.reduce(before, .key(key), at: 0)
    }
    var state = before
    for key in [Key.character("/")] + "1951-1954".map(Key.character) + [.down, .down, .escape] {
      state = kiosk.reduce(state, .key(key), at: 0)
    }
    #expect(state == before)
    #expect(Renderer(kiosk).render(state).lines == Renderer(kiosk).render(before).lines)
  }
}
