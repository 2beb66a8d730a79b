import HistoryContent
import KioskCore
import QRCode
import TerminalKit
import TextLayout

/// The attract loop: while nobody is at the kiosk, one slide at a time,
/// large and calm, with an invitation in every language the kiosk offers.
enum AttractView {
  static func draw(_ buffer: inout Buffer, _ view: Renderer, _ state: AppState, _ attract: Attract)
  {
    let kiosk = view.kiosk
    let size = state.size
    let language = state.textLanguage
    Chrome.header(&buffer, view, state, .exhibition)
    guard kiosk.attractSlides.indices.contains(attract.slide) else { return }
    let slide = kiosk.attractSlides[attract.slide]

    // Slides of the section on the time axis keep the axis at the bottom,
    // moving along.
    var bottom = size.height - 3
    // (The overview is no moment in time: its text takes the whole room.)
    if slide.section == kiosk.axisSection,
      let event = kiosk.sections[slide.section].event(ofItem: slide.index, kiosk.content),
      let axis = kiosk.layout(size: size, section: slide.section).axis
    {
      let rect = Rect(
        x: axis.x, y: size.height - 3 - axis.height, width: axis.width, height: axis.height)
      TimeAxisView.draw(&buffer, view, selected: event, in: rect, language: language)
      bottom = rect.y
    }

    // A slide with a web address shows it as a QR code on its right, where
    // the code and a comfortable column of text fit side by side.
    let section = kiosk.sections[slide.section]
    var code: (QRCode, Size)?
    if !state.asciiOnly, let address = section.webAddress(slide.index, kiosk.content),
      let made = view.code(address)
    {
      let codeSize = QRCodeView.size(made, asciiOnly: false)
      if size.width - codeSize.width - 8 >= 40, bottom - 3 >= codeSize.height {
        code = (made, codeSize)
      }
    }
    let room = size.width - 8 - (code.map { $0.1.width + 4 } ?? 0)
    let width = min(room, ScreenLayout.readingMeasure)
    let lines = section.slide(slide.index, kiosk.content, language, width: width)
    let top = max(3, 2 + (bottom - 2 - lines.count) / 2)
    let used = width + (code.map { $0.1.width + 4 } ?? 0)
    let area = Rect(x: (size.width - used) / 2, y: top, width: width, height: bottom - top - 1)
    buffer.document(lines, in: area)
    if let (made, codeSize) = code {
      let y = max(3, 2 + (bottom - 2 - codeSize.height) / 2)
      QRCodeView.draw(&buffer, made, x: area.maxX + 4, y: y, asciiOnly: false)
    }
    buffer.focus = Position(x: area.x, y: area.y)

    invitation(&buffer, kiosk, state)
  }

  /// "Press any key to explore", in the start language, then the others.
  static func invitation(_ buffer: inout Buffer, _ kiosk: Kiosk, _ state: AppState) {
    let size = state.size
    let others = kiosk.languages.filter { $0.code != state.language.code }
    let texts = ([state.language] + others).map {
      UIString.attractInvitation.text(Language($0.code, asciiOnly: state.asciiOnly))
    }
    let text = Wrap.truncate(" " + texts.joined(separator: " · ") + " ", width: size.width - 2)
    let x = (size.width - DisplayWidth.of(text)) / 2
    buffer.put(text, x: x, y: size.height - 2, style: Style(.accent, bold: true, reverse: true))
  }
}
