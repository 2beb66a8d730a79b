import CNcurses
import Glibc
import Testing

extension CursesScreenTests {
  /// The painter's fast way of handing a character to curses (a cell copied
  /// from a look made once, no move when the cursor is already there) must
  /// leave a window exactly as setcchar and mvwadd_wch leave it: the same
  /// characters, attributes and colour pairs in every cell, the cursor in the
  /// same place.
  @Suite struct ShimPutCharTests {
    @Test func leavesTheWindowAsSetccharAndMvwaddWchDo() throws {
      try CursesScreenTests.withScreen {
        start_color()
        init_pair(1, 1, 2)
        init_pair(2, 3, -1)
        let (rows, columns): (Int32, Int32) = (6, 24)
        let fast = try #require(newwin(rows, columns, 0, 0))
        let plain = try #require(newwin(rows, columns, 0, 0))
        defer {
          delwin(fast)
          delwin(plain)
        }
        // ASCII, box drawing, accented and wide characters (with their
        // columns), in plain, bold, reverse and underlined looks of three colour
        // pairs.
        let characters: [(scalar: UInt32, width: Int32)] = [
          (0x41, 1), (0x7A, 1), (0x20, 1), (0x2D, 1), (0x2500, 1), (0x2502, 1), (0x256D, 1),
          (0xE4, 1), (0x2019, 1), (0x2026, 1), (0x5B57, 2), (0xAC00, 2),
        ]
        let attributes: [attr_t] = [
          shim_a_normal(), shim_a_bold(), shim_a_reverse(), shim_a_underline() | shim_a_bold(),
        ]
        var random = SplitMix(seed: 7)
        var look = cchar_t()
        for frame in 0..<200 {
          // A frame: cells drawn left to right, top to bottom, with gaps (the
          // unchanged cells the painter passes over), as the painter draws them.
          var row: Int32 = 0
          var column: Int32 = 0
          var attribute = attributes[0]
          var pair: Int16 = 0
          _ = shim_make_look(&look, attribute, pair)
          while row < rows {
            column += Int32(random.next(below: frame % 3 == 0 ? 2 : 6))
            if column >= columns {
              row += 1
              column = 0
              continue
            }
            if random.next(below: 4) == 0 {
              attribute = attributes[random.next(below: attributes.count)]
              pair = Int16(random.next(below: 3))
              _ = shim_make_look(&look, attribute, pair)
            }
            let (character, width) = characters[random.next(below: characters.count)]
            if column + width > columns { continue }
            let fastResult = shim_put_char(fast, row, column, wchar_t(bitPattern: character), &look)
            var text: [wchar_t] = [wchar_t(bitPattern: character), 0]
            let plainResult = shim_put_cell(plain, row, column, &text, attribute, pair)
            #expect(fastResult == plainResult)
            column += width
          }
          #expect(getcury(fast) == getcury(plain))
          #expect(getcurx(fast) == getcurx(plain))
          for y in 0..<rows {
            for x in 0..<columns {
              #expect(
                CursesScreenTests.cell(fast, Int(y), Int(x))
                  == CursesScreenTests.cell(plain, Int(y), Int(x)),
                "frame \(frame), cell \(y),\(x)")
            }
          }
        }
      }
    }
  }
}

/// A small deterministic generator, so a failure can be replayed.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next(below bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }
}
