import KioskCore
import TerminalKit
import Testing

/// The keymap drives input, footer and help: they must agree.
@Suite struct KeymapTests {
  let keymap = Keymap.standard(sectionCount: 3)

  @Test func everyFooterEntryIsAvailableInItsMode() {
    for mode in Mode.allCases {
      for binding in keymap.footer(for: mode) where binding.command != nil {
        for key in binding.keys {
          #expect(
            keymap.command(for: key, in: mode) == binding.command, "\(binding.label) in \(mode)")
        }
      }
    }
  }

  @Test func noKeyMeansTwoThingsInOneMode() {
    for mode in Mode.allCases {
      var seen: [Key: Command] = [:]
      for binding in keymap.bindings where binding.modes.contains(mode) {
        for key in binding.keys {
          if let earlier = seen[key] {
            #expect(earlier == binding.command, "\(key) in \(mode)")
          }
          seen[key] = binding.command
        }
      }
    }
  }

  @Test func theFooterAlwaysOffersAWayOnOrOut() {
    // The too-small notice and the attract screen say what to do themselves.
    for mode in Mode.allCases where mode != .tooSmall && mode != .attract {
      #expect(!keymap.footer(for: mode).isEmpty, "\(mode)")
    }
    #expect(keymap.command(for: .character("q"), in: .tooSmall) == .askToQuit)
  }
}
