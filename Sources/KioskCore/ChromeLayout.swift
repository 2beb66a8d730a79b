import HistoryContent
import TextLayout

extension Pane {
  /// The pane's name as the tabs and the header show it.
  public func name(_ language: Language) -> String {
    switch self {
    case .timeline: UIString.paneTimeline.text(language)
    case .work: UIString.paneWork.text(language)
    case .exhibition: UIString.paneExhibition.text(language)
    }
  }
}

/// Where the tabs and the footer's key hints stand on the screen. Drawn by
/// the renderer and hit by clicks, from this one calculation.
public enum ChromeLayout {
  /// One tab: " 1 Timeline " from column `x`.
  public struct Tab: Hashable, Sendable {
    public var pane: Pane
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

  /// The tabs on row 1, from column 1, one column apart.
  public static func tabs(_ language: Language) -> [Tab] {
    var x = 1
    return Pane.allCases.map { pane in
      let label = " \(pane.rawValue + 1) \(pane.name(language)) "
      let tab = Tab(pane: pane, label: label, x: x, width: DisplayWidth.of(label))
      x += tab.width + 1
      return tab
    }
  }

  /// The footer's hints for the state. When they do not all fit, the first
  /// ones give way: the last are the ways out (help, back, quit), which must
  /// always show.
  public static func hints(_ kiosk: Kiosk, _ state: AppState) -> [Hint] {
    var bindings = kiosk.keymap.footer(for: state.mode, lockedDown: kiosk.settings.isLockedDown)
    func layout(_ bindings: [Binding]) -> [Hint] {
      var x = 1
      return bindings.compactMap { binding in
        guard let text = binding.hint?.text(state.textLanguage) else { return nil }
        let width = DisplayWidth.of(binding.label) + 1 + DisplayWidth.of(text)
        defer { x += width + 2 }
        return Hint(binding: binding, label: binding.label, text: text, x: x, width: width)
      }
    }
    var hints = layout(bindings)
    while bindings.count > 1, let last = hints.last, last.x + last.width > state.size.width - 1 {
      bindings.removeFirst()
      hints = layout(bindings)
    }
    return hints
  }
}
