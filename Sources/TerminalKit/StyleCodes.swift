/// Every style's look on this terminal, and the bytes that switch the
/// terminal from one look to another. Made once per palette.
struct StyleCodes {
  let palette: Palette
  let depth: ColorDepth
  private let terminal: TerminalCodes
  /// By style number (`Cell.styleNumber`).
  private let looks: [Look]
  /// Every attribute off and the terminal's own colours: a cleared screen's.
  let plain: [UInt8]

  /// What the terminal shows of a style: the attributes it has and allows
  /// with the style's colours, and the colours (-1: the terminal's own).
  private struct Look {
    var attributes: TerminalCodes.Attributes
    var foreground = -1
    var background = -1
  }

  init(palette: Palette, depth: ColorDepth, terminal: TerminalCodes) {
    self.palette = palette
    self.depth = depth
    self.terminal = terminal
    plain =
      terminal.reset
      + (depth == .none || terminal.resetRestoresColors ? [] : terminal.defaultColors ?? [])
    let looks = (0..<Style.count).map { number in
      let style = Style(number: number)
      let colors = depth == .none ? nil : palette.colors(style.role)
      let forbidden: TerminalCodes.Attributes = colors == nil ? [] : terminal.attributesWithoutColor
      var attributes: TerminalCodes.Attributes = []
      if style.bold || palette.boldEverything, terminal.bold != nil { attributes.insert(.bold) }
      // Paper without colours is the terminal's own colours reversed: a QR
      // code's light modules must be light on a dark terminal too.
      let reversed = style.reverse != (style.role == .paper && colors == nil)
      if reversed, terminal.reverse != nil { attributes.insert(.reverse) }
      if style.underline, terminal.underline != nil { attributes.insert(.underline) }
      return Look(
        attributes: attributes.subtracting(forbidden),
        foreground: Int(colors?.foreground ?? -1), background: Int(colors?.background ?? -1))
    }
    self.looks = looks
    clearedBlankStyles = looks.indices.reduce(0) { mask, number in
      let look = looks[number]
      let cleared = look.attributes.isDisjoint(with: [.reverse, .underline]) && look.background < 0
      return cleared ? mask | 1 << UInt64(number) : mask
    }
  }

  /// Bit n: whether a blank in style n looks like a cleared cell (no
  /// reverse, no underline, the terminal's own background). Such a blank
  /// needs no writing on a cleared screen, and can be written in any other
  /// such style.
  private let clearedBlankStyles: UInt64

  @inline(__always)
  func blankLooksCleared(_ number: Int) -> Bool { clearedBlankStyles >> UInt64(number) & 1 != 0 }

  /// The bytes that switch the terminal from style `old` (-1: not known) to
  /// style `new`. Only what differs, where nothing has to be turned off;
  /// else everything off (`sgr0`, which may or may not reset the colours)
  /// and the new look from scratch.
  func change(from old: Int, to new: Int) -> [UInt8] {
    let look = looks[new]
    guard old >= 0, looks[old].attributes.isSubset(of: look.attributes) else {
      let afterReset = terminal.resetRestoresColors ? Look(attributes: []) : nil
      return Self.joiningRenditions(
        terminal.reset + attributeCodes(look.attributes) + colorCodes(from: afterReset, to: look))
    }
    let was = looks[old]
    return Self.joiningRenditions(
      attributeCodes(look.attributes.subtracting(was.attributes)) + colorCodes(from: was, to: look))
  }

  /// `bytes` with neighbouring SGR sequences (`ESC [ 1 m`, `ESC [ 7 m`) made
  /// one (`ESC [ 1 ; 7 m`), as ECMA-48 allows: three bytes fewer for each.
  /// Anything else (a character set, padding) is kept as it is.
  static func joiningRenditions(_ bytes: [UInt8]) -> [UInt8] {
    var joined: [UInt8] = []
    var open: [[UInt8]] = []  // the parameters of the SGRs being joined
    func close() {
      guard !open.isEmpty else { return }
      // Alone, ESC [ m stays as it is; joined, its empty list is SGR 0.
      let parameters =
        open.count == 1
        ? open[0] : Array(open.map { $0.isEmpty ? [0x30] : $0 }.joined(separator: [0x3B]))
      joined += [0x1B, 0x5B] + parameters + [0x6D]
      open = []
    }
    var index = 0
    while index < bytes.count {
      if let parameters = Self.renditionParameters(in: bytes, at: index) {
        index += parameters.count + 3
        open.append(parameters)
        continue
      }
      close()
      joined.append(bytes[index])
      index += 1
    }
    close()
    return joined
  }

  /// The parameters of the SGR sequence at `index`, if one starts there:
  /// `ESC [`, digits and semicolons, `m`.
  private static func renditionParameters(in bytes: [UInt8], at index: Int) -> [UInt8]? {
    guard index + 2 < bytes.count, bytes[index] == 0x1B, bytes[index + 1] == 0x5B else {
      return nil
    }
    var end = index + 2
    while end < bytes.count, bytes[end] == 0x3B || (0x30...0x39).contains(bytes[end]) { end += 1 }
    guard end < bytes.count, bytes[end] == 0x6D else { return nil }
    return Array(bytes[(index + 2)..<end])
  }

  private func attributeCodes(_ attributes: TerminalCodes.Attributes) -> [UInt8] {
    var bytes: [UInt8] = []
    if attributes.contains(.bold) { bytes += terminal.bold ?? [] }
    if attributes.contains(.reverse) { bytes += terminal.reverse ?? [] }
    if attributes.contains(.underline) { bytes += terminal.underline ?? [] }
    return bytes
  }

  /// The colours of `new`, from those of `old` (nil: not known).
  private func colorCodes(from old: Look?, to new: Look) -> [UInt8] {
    guard depth != .none else { return [] }
    var bytes: [UInt8] = []
    // The only way back to the terminal's own colour resets both.
    let toDefault =
      old.map {
        (new.foreground < 0 && $0.foreground >= 0) || (new.background < 0 && $0.background >= 0)
      }
      ?? (new.foreground < 0 || new.background < 0)
    if toDefault { bytes += terminal.defaultColors ?? [] }
    if new.foreground >= 0, toDefault || old?.foreground != new.foreground {
      bytes += terminal.foreground(new.foreground) ?? []
    }
    if new.background >= 0, toDefault || old?.background != new.background {
      bytes += terminal.background(new.background) ?? []
    }
    return bytes
  }
}
