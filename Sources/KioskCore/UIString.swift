import HistoryContent

/// Every piece of interface text, in every language the interface speaks.
/// (No raw value: the tables are looked up on every frame, and a case
/// hashes as a small integer where a `String` raw value hashed its text.)
public enum UIString: Sendable, CaseIterable {
  case appTitle, paneTimeline, paneWork, paneExhibition
  case footerSelect, footerScroll, footerOtherItem
  case helpPrevious, helpNext, helpScrollUp, helpScrollDown, helpPageUp, helpPageDown
  case helpFirst, helpLast, helpOpen, helpPreviousItem, helpNextItem, helpBack
  case helpNextPane, helpPreviousPane, helpSections
  case helpHelp, helpQuit, helpConfirm, helpCancel, helpQuitNow, helpRedraw
  case hintOpen, hintBack, hintNextPane, hintHelp, hintQuit, hintYes, hintNo
  case counterEvent, counterArea, counterPhoto
  case helpContrast
  case helpLanguage, languageName, helpPauseTour, hintPauseTour, helpPreviousStop, helpNextStop
  case footerStep, helpLeaveTour, hintLeaveTour, attractInvitation, tourStop, tourPaused
  case operatorQuestion
  case helpTitle, helpClose, helpInLists, helpWhileReading
  case quitQuestion
  case tooSmall, tooSmallNow
  case sources, sourceLegend, credit, creditUnknown, gallery, readMore, timeAxis, photo
  case moreThan, over, accordingTo, reading
  case monthNames, dayMonthYear, monthYear, thousandsSeparator, eraSince
  case hintSearch, helpSearch, hintResults, helpDeleteBackward, hintMatch, helpNextMatch
  case helpPreviousMatch, searchTitle, searchPrompt, searchCount, searchNothing, searchTry
  case axisFound
  case hintCode, helpCode, scanWithPhone, codeDoesNotFit, helpEverywhere

  /// The text with each "%@" replaced by the next of `values`, in order:
  /// "Event %@ of %@" → "Event 3 of 21".
  public func text(_ language: Language, _ values: CustomStringConvertible...) -> String {
    // A plain scan for "%@": the generic substring search costs more than
    // the rest of drawing a counter.
    let template = self.text(language)
    let utf8 = template.utf8
    var values = values.makeIterator()
    var text = ""
    var copied = utf8.startIndex
    var index = utf8.startIndex
    while index != utf8.endIndex {
      let next = utf8.index(after: index)
      if utf8[index] == UInt8(ascii: "%"), next != utf8.endIndex, utf8[next] == UInt8(ascii: "@"),
        let value = values.next()
      {
        text += template[copied..<index]
        text += value.description
        copied = utf8.index(after: next)
        index = copied
      } else {
        index = next
      }
    }
    text += template[copied...]
    return text
  }

  /// The text in `language`; English where a translation is missing.
  public func text(_ language: Language) -> String {
    let table = Self.tables[language.code] ?? Self.english
    return language.shown(table[self] ?? Self.english[self] ?? "\(self)")
  }

  /// The interface's string tables, by language code. A language the
  /// kiosk offers needs one of these and a column in the content; English
  /// stands in for any string a table lacks.
  public static let tables: [String: [UIString: String]] = ["en": english, "de": german]

  /// Key names as a language's keyboards and readers call them, where they
  /// differ from the English ones in the keymap. "y" becomes "j" where the
  /// quit question asks "(j/n)": the keymap takes both.
  public static let keyNames: [String: [String: String]] = [
    "de": [
      "PgUp": "Bild↑", "PgDn": "Bild↓", "Home": "Pos1", "End": "Ende", "Space": "Leertaste",
      "Shift-Tab": "Umschalt+Tab", "Ctrl-C": "Strg+C", "Ctrl-L": "Strg+L", "y": "j",
    ]
  ]

  static let english: [UIString: String] = [
    .appTitle: "IOM and Germany: 70 years of partnership",
    .paneTimeline: "Timeline", .paneWork: "Work areas", .paneExhibition: "Photo exhibition",
    .footerSelect: "Select", .footerScroll: "Scroll", .footerOtherItem: "Previous/next",
    .hintOpen: "Open", .hintBack: "Back", .hintNextPane: "Section",
    .hintHelp: "Help", .hintQuit: "Quit", .hintYes: "Yes, quit", .hintNo: "No, stay",
    .counterEvent: "Event %@ of %@", .counterArea: "Area %@ of %@", .counterPhoto: "Photo %@ of %@",
    .helpPrevious: "Select the previous item", .helpNext: "Select the next item",
    .helpScrollUp: "Scroll up a line", .helpScrollDown: "Scroll down a line",
    .helpPageUp: "Up a page", .helpPageDown: "Down a page",
    .helpFirst: "Go to the start", .helpLast: "Go to the end",
    .helpOpen: "Open the selected item to read it", .helpPreviousItem: "Read the previous item",
    .helpNextItem: "Read the next item", .helpBack: "Go back",
    .helpNextPane: "Next section", .helpPreviousPane: "Previous section",
    .helpSections: "Show a section by its number",
    .helpHelp: "Show or hide this help", .helpQuit: "Quit (asks first)",
    .helpConfirm: "Yes, quit", .helpCancel: "No, stay", .helpQuitNow: "Quit at once",
    .helpRedraw: "Redraw the screen",
    .helpTitle: "Keys", .helpInLists: "In the lists", .helpWhileReading: "While reading",
    .helpClose: "Esc or ? closes this help",
    .quitQuestion: "Quit? (y/n)",
    .operatorQuestion: "Operator: quit the kiosk? (y/n)",
    .helpContrast: "High contrast on or off",
    .helpLanguage: "Switch language", .languageName: "English",
    .helpPauseTour: "Pause or resume the tour", .hintPauseTour: "Pause",
    .helpPreviousStop: "Previous stop", .helpNextStop: "Next stop", .footerStep: "Step",
    .helpLeaveTour: "Leave the tour", .hintLeaveTour: "Leave",
    .attractInvitation: "Press any key to explore",
    .tourStop: "Stop %@ of %@", .tourPaused: "paused",
    .tooSmall: "Please enlarge the window to at least 80x24.",
    .tooSmallNow: "It is now %@.",
    .sources: "Sources",
    .sourceLegend: "C confirmed outside IOM · I from IOM · S only IOM Germany’s page",
    .credit: "Photo",
    .photo: "Photo",
    .creditUnknown: "Credit line not recorded; source: IOM Germany’s online gallery",
    .gallery: "Online gallery", .readMore: "Enter: read more", .timeAxis: "Time axis",
    .moreThan: "more than", .over: "over", .accordingTo: "according to",
    .reading: "Reading",
    .monthNames:
      "January February March April May June July August September October November December",
    .dayMonthYear: "%@ %@ %@", .monthYear: "%@ %@", .thousandsSeparator: ",",
    .eraSince: "%@ since %@",
    .hintSearch: "Search", .helpSearch: "Search everything",
    .hintResults: "Results", .helpDeleteBackward: "Delete the last character",
    .hintMatch: "Next match", .helpNextMatch: "Next match in the text",
    .helpPreviousMatch: "Previous match in the text", .searchTitle: "Search",
    .searchPrompt: "Type a word, a name or a year (1989, 1951-1954).",
    .searchCount: "%@ found", .axisFound: "▲ found", .searchNothing: "Nothing found for “%@”.",
    .searchTry: "Try fewer words, another spelling, or a year such as 1989.",
    .hintCode: "QR code", .helpCode: "Web address as QR code",
    .scanWithPhone: "Scan with your phone",
    .codeDoesNotFit: "The window is too small for the code. The address:",
    .helpEverywhere: "In both",
  ]

  static let german: [UIString: String] = [
    .appTitle: "IOM und Deutschland: 70 Jahre Partnerschaft",
    .paneTimeline: "Zeitleiste", .paneWork: "Arbeitsbereiche", .paneExhibition: "Fotoausstellung",
    .footerSelect: "Auswählen", .footerScroll: "Blättern", .footerOtherItem: "Voriger/Nächster",
    .hintOpen: "Öffnen", .hintBack: "Zurück",
    .hintNextPane: "Ansicht",
    .hintHelp: "Hilfe", .hintQuit: "Beenden", .hintYes: "Ja, beenden", .hintNo: "Nein, bleiben",
    .counterEvent: "Ereignis %@ von %@", .counterArea: "Arbeitsbereich %@ von %@",
    .counterPhoto: "Foto %@ von %@",
    .helpPrevious: "Vorigen Eintrag wählen", .helpNext: "Nächsten Eintrag wählen",
    .helpScrollUp: "Eine Zeile nach oben", .helpScrollDown: "Eine Zeile nach unten",
    .helpPageUp: "Eine Seite nach oben", .helpPageDown: "Eine Seite nach unten",
    .helpFirst: "Zum Anfang", .helpLast: "Zum Ende",
    .helpOpen: "Gewählten Eintrag zum Lesen öffnen", .helpPreviousItem: "Vorigen Eintrag lesen",
    .helpNextItem: "Nächsten Eintrag lesen", .helpBack: "Zurück",
    .helpNextPane: "Nächste Ansicht", .helpPreviousPane: "Vorige Ansicht",
    .helpSections: "Ansicht nach Nummer zeigen",
    .helpHelp: "Diese Hilfe zeigen oder schließen", .helpQuit: "Beenden (mit Rückfrage)",
    .helpConfirm: "Ja, beenden", .helpCancel: "Nein, bleiben", .helpQuitNow: "Sofort beenden",
    .helpRedraw: "Bildschirm neu zeichnen",
    .helpTitle: "Tasten", .helpInLists: "In den Listen", .helpWhileReading: "Beim Lesen",
    .helpClose: "Esc oder ? schließt diese Hilfe",
    .quitQuestion: "Beenden? (j/n)",
    .operatorQuestion: "Personal: Kiosk beenden? (j/n)",
    .helpContrast: "Hoher Kontrast an oder aus",
    .helpLanguage: "Sprache wechseln", .languageName: "Deutsch",
    .helpPauseTour: "Rundgang anhalten oder fortsetzen", .hintPauseTour: "Pause",
    .helpPreviousStop: "Vorige Station", .helpNextStop: "Nächste Station", .footerStep: "Station",
    .helpLeaveTour: "Rundgang verlassen", .hintLeaveTour: "Verlassen",
    .attractInvitation: "Zum Entdecken bitte eine Taste drücken",
    .tourStop: "Station %@ von %@", .tourPaused: "angehalten",
    .tooSmall: "Bitte vergrößern Sie das Fenster auf mindestens 80 × 24.",
    .tooSmallNow: "Aktuell: %@.",
    .sources: "Quellen",
    .sourceLegend: "C extern bestätigt · I von der IOM · S nur bei IOM Deutschland",
    .credit: "Foto",
    .photo: "Foto",
    .creditUnknown: "Bildnachweis nicht erfasst; Quelle: Online-Galerie von IOM Deutschland",
    .gallery: "Online-Galerie", .readMore: "Enter: weiterlesen", .timeAxis: "Zeitachse",
    .moreThan: "mehr als", .over: "über", .accordingTo: "laut",
    .reading: "Lesen",
    .monthNames:
      "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    .dayMonthYear: "%@. %@ %@", .monthYear: "%@ %@", .thousandsSeparator: ".",
    .eraSince: "%@ seit %@",
    .hintSearch: "Suchen", .helpSearch: "Alles durchsuchen",
    .hintResults: "Treffer", .helpDeleteBackward: "Letztes Zeichen löschen",
    .hintMatch: "Nächster Treffer", .helpNextMatch: "Nächster Treffer im Text",
    .helpPreviousMatch: "Voriger Treffer im Text", .searchTitle: "Suche",
    .searchPrompt: "Geben Sie ein Wort, einen Namen oder ein Jahr ein (1989, 1951-1954).",
    .searchCount: "%@ gefunden", .axisFound: "▲ gefunden",
    .searchNothing: "Nichts gefunden für „%@“.",
    .searchTry: "Versuchen Sie weniger Wörter, eine andere Schreibweise oder ein Jahr wie 1989.",
    .hintCode: "QR-Code", .helpCode: "Webadresse als QR-Code",
    .scanWithPhone: "Mit dem Handy scannen",
    .codeDoesNotFit: "Das Fenster ist zu klein für den Code. Die Adresse:",
    .helpEverywhere: "In beiden",
  ]
}
