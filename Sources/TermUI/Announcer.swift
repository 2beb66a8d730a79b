import HistoryContent
import KioskCore
import TextLayout

/// The plain mode's output: for screen readers and braille displays (Speakup
/// and BRLTTY read the console line by line), no frames and no layout, just
/// what changed, as lines, the focused item first.
public enum Announcer {
  /// The lines that say what changed from `old` to `new` (everything, when
  /// there is no `old`).
  public static func lines(_ kiosk: Kiosk, from old: AppState?, to new: AppState) -> [String] {
    let language = new.textLanguage
    if !new.isRunning { return [] }
    if new.asksToQuit {
      guard old?.asksToQuit != true else { return [] }
      let question: UIString = kiosk.settings.isLockedDown ? .operatorQuestion : .quitQuestion
      return [question.text(language)]
    }
    if let attract = new.attract {
      guard old?.attract?.slide != attract.slide else { return [] }
      return attractSlide(kiosk, attract, language)
    }
    if new.showsHelp {
      guard old?.showsHelp != true else { return [] }
      return help(kiosk, new)
    }
    if let reading = new.reading {
      let changed = old?.reading?.index != reading.index || old?.reading?.pane != reading.pane
      guard changed || old?.language != new.language || old?.showsHelp == true else { return [] }
      // The whole text at once, a paragraph a line: the reader scrolls it.
      return ItemDocument.lines(
        kiosk.content, pane: reading.pane, index: reading.index, language: language, width: 100_000
      ).map(\.text)
    }
    let selected = new.selected(in: new.pane)
    let moved =
      old == nil || old?.pane != new.pane || old?.selected(in: new.pane) != selected
      || old?.language != new.language || old?.reading != nil || old?.showsHelp == true
      || old?.asksToQuit == true || old?.attract != nil || old?.tour != new.tour
    guard moved else { return [] }
    var lines: [String] = []
    if let tour = new.tour, old?.tour?.stop != tour.stop || old == nil {
      lines.append(
        Sanitizer.clean(TourView.narration(kiosk.content, kiosk.tourStops[tour.stop], language)))
    }
    if old == nil || old?.pane != new.pane || old?.attract != nil {
      lines.append(new.pane.name(language))
    }
    lines.append(item(kiosk, new.pane, selected, language))
    if old == nil || old?.attract != nil { lines.append(keys(kiosk, new)) }
    return lines
  }

  /// "Event 2 of 21: 5 December 1951. PICMME is founded – and Germany is there from the start"
  static func item(_ kiosk: Kiosk, _ pane: Pane, _ index: Int, _ language: Language) -> String {
    let counter = kiosk.counter(ItemRef(pane: pane, index: index), language)
    let content = kiosk.content
    let summary: String
    switch pane {
    case .timeline:
      guard content.events.indices.contains(index) else { return counter }
      let event = content.events[index]
      summary =
        "\(Formatting.span(event.date, until: event.until, language)). \(event.title.text(language))"
    case .work:
      guard content.areas.indices.contains(index) else { return counter }
      let area = content.areas[index]
      let figures = area.figures.map {
        "\(Formatting.figure($0, language)) \(ItemDocument.figureLabel($0, language))"
      }
      summary = ([area.title.text(language)] + figures).joined(separator: ". ")
    case .exhibition:
      guard content.captions.indices.contains(index) else { return counter }
      let caption = content.captions[index]
      let credit = caption.credit.map { "\(UIString.credit.text(language)): \(language.shown($0))" }
      summary = [caption.title.text(language), credit].compactMap { $0 }.joined(separator: ". ")
    }
    return Sanitizer.clean("\(counter): \(summary)")
  }

  /// The keys that work now, as one line: "Keys: ↑↓ Select, Enter Open, …".
  static func keys(_ kiosk: Kiosk, _ state: AppState) -> String {
    let hints = kiosk.keymap.footer(for: state.mode, lockedDown: kiosk.settings.isLockedDown)
      .compactMap { binding in
        binding.hint.map { "\(binding.label) \($0.text(state.textLanguage))" }
      }
    return "\(UIString.helpTitle.text(state.textLanguage)): " + hints.joined(separator: ", ")
  }

  static func help(_ kiosk: Kiosk, _ state: AppState) -> [String] {
    let language = state.textLanguage
    var lines = [UIString.helpTitle.text(language)]
    for (mode, title) in [(Mode.browsing, UIString.helpInLists), (.reading, .helpWhileReading)] {
      lines.append(title.text(language))
      lines += HelpView.entries(kiosk, mode, language).map { "\($0.label): \($0.text)" }
    }
    lines.append(UIString.helpClose.text(language))
    return lines
  }

  static func attractSlide(_ kiosk: Kiosk, _ attract: Attract, _ language: Language) -> [String] {
    guard kiosk.attractSlides.indices.contains(attract.slide) else { return [] }
    let slide = kiosk.attractSlides[attract.slide]
    return [
      item(kiosk, slide.pane, slide.index, language), UIString.attractInvitation.text(language),
    ]
  }
}
