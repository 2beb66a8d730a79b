import CTerminfo

/// What the terminal's keys send, as its terminfo entry says. The input
/// decoder knows the common forms already; these add the terminal's own
/// (the Linux console's F-keys, an old terminal's arrows).
enum TerminalKeys {
  static func sequences() -> [([UInt8], Key)] {
    var named: [(String, Key)] = [
      ("kcuu1", .up), ("kcud1", .down), ("kcub1", .left), ("kcuf1", .right),
      ("kpp", .pageUp), ("knp", .pageDown), ("khome", .home), ("kend", .end),
      ("kent", .enter), ("kbs", .backspace), ("kcbt", .backTab),
    ]
    named += (1...24).map { ("kf\($0)", .function($0)) }
    return named.compactMap { name, key in
      name.withCString { shim_tigetstr($0) }.map { (Array(String(cString: $0).utf8), key) }
    }
  }
}
