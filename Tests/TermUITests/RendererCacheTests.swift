import BuiltInContent
import HistoryContent
import KioskCore
import TerminalKit
import Testing

@testable import TermUI

/// The renderer keeps the footer's hints and the tabs laid out for the next
/// frame. Asked in an order that would expose a key that leaves something
/// out (a width, ASCII or not, a language, a mode), one long-lived renderer
/// must give what laying them out afresh gives.
@Suite struct RendererCacheTests {
  @Test func keptHintsAndTabsEqualFreshOnes() {
    let kiosk = Kiosk(content: BuiltInContent.content)
    let renderer = Renderer(kiosk)
    for width in [120, 40, 80, 30, 16, 10] {
      for asciiOnly in [false, true] {
        for language in [Language.english, Language.german] {
          var browsing = kiosk.initialState(size: Size(width: width, height: 30))
          browsing.language = language
          browsing.asciiOnly = asciiOnly
          var help = browsing
          help.overlay = .help
          var quit = browsing
          quit.overlay = .quitQuestion(over: nil)
          let reading = kiosk.reduce(browsing, .key(.enter), at: 1)
          for state in [browsing, help, quit, reading] {
            let described = "\(state.mode) \(language) ascii \(asciiOnly) width \(width)"
            #expect(
              renderer.hints(state).map(Self.describe)
                == ChromeLayout.hints(kiosk, state).map(Self.describe),
              "\(described)")
            #expect(
              renderer.tabs(state.textLanguage) == ChromeLayout.tabs(kiosk, state.textLanguage),
              "\(described)")
          }
        }
      }
    }
  }

  private static func describe(_ hint: ChromeLayout.Hint) -> String {
    "\(hint.label) \(hint.text) at \(hint.x), \(hint.width) wide"
  }
}
