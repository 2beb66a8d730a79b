import CTerminfo

/// The terminal's terminfo entry, read through ncurses' documented terminfo
/// level (`setupterm`); the capabilities are then read by `TerminalCodes`,
/// `ScreenModes` and `TerminalKeys`.
enum Terminfo {
  /// Reads the entry of `name` (nil: the TERM variable) for the terminal on
  /// `descriptor`. False when there is none: TERM unset or unknown. With an
  /// error out-parameter, setupterm reports that instead of ending the process.
  static func load(_ name: String? = nil, descriptor: Int32) -> Bool {
    var error: Int32 = 0
    let result =
      name.map { $0.withCString { setupterm($0, descriptor, &error) } }
      ?? setupterm(nil, descriptor, &error)
    return result == OK && error == 1
  }

  /// Whether the loaded terminal can address the cursor (`cup`): `dumb`
  /// and printing terminals cannot, and get plain text instead.
  static var addressesCursor: Bool { TerminalCodes.string("cup") != nil }
}
