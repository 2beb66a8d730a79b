import HistoryContent
import TextLayout

/// Where the tabs and the footer's key hints stand on the screen. Drawn by
/// the renderer and hit by clicks, from this one calculation.
public enum ChromeLayout {
  /// One tab: " 1 Timeline " from column `x`.
  public struct Tab: Hashable, Sendable {
    public var section: Int
    public var label: String
    public var x: Int
    public var width: Int
  }

  /// One footer hint: the keys' label, what they do, and where it stands.
  public struct Hint: Sendable {
    public var binding: Binding
    public var label: String
    public var text: String
    public var x: Int
    public var width: Int
  }

  /// The tabs on row 1, from column 1, one column apart: each section's
  /// number (its key) and name.
  public static func tabs(_ kiosk: Kiosk, _ language: Language) -> [Tab] {
    var x = 1
    return kiosk.sections.indices.map { section in
      let label = " \(section + 1) \(kiosk.sections[section].name(language)) "
      let tab = Tab(section: section, label: label, x: x, width: DisplayWidth.of(label))
      x += tab.width + 1
      return tab
    }
  }

  /// The footer's hints for the state. When they do not all fit, the ones
  /// that give way first go, then the first ones: the last are the ways out
  /// (help, back, quit), which must always show.
  public static func hints(_ kiosk: Kiosk, _ state: AppState) -> [Hint] {
    var bindings = kiosk.keymap.footer(for: state.mode, lockedDown: kiosk.settings.isLockedDown)
      .filter { kiosk.isAvailable($0.command, state) }
    func layout(_ bindings: [Binding]) -> [Hint] {
      var x = 1
      return bindings.compactMap { binding in
        guard let text = hintText(binding, kiosk, state) else { return nil }
        let label = binding.label(state.textLanguage)
        let width = DisplayWidth.of(label) + 1 + DisplayWidth.of(text)
        defer { x += width + 2 }
        return Hint(binding: binding, label: label, text: text, x: x, width: width)
      }
    }
    var hints = layout(bindings)
    while bindings.count > 1, let last = hints.last, last.x + last.width > state.size.width - 1 {
      bindings.remove(at: bindings.firstIndex { $0.givesWayFirst } ?? 0)
      hints = layout(bindings)
    }
    return hints
  }

  /// What a hint says: its words, or for the language key the name of the
  /// language it switches to, in that language.
  public static func hintText(_ binding: Binding, _ kiosk: Kiosk, _ state: AppState) -> String? {
    guard let hint = binding.hint else { return nil }
    guard binding.command == .nextLanguage else { return hint.text(state.textLanguage) }
    let next = kiosk.language(after: state.language)
    return UIString.languageName.text(Language(next.code, asciiOnly: state.asciiOnly))
  }
}
