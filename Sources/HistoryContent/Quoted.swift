import TextLayout

/// Curator input echoed in a message, made safe to print.
///
/// Messages go to a terminal, and the value being complained about may be
/// the very escape sequence the check refuses: it is cleaned first, kept on
/// one line, and cut short so that one message stays one line.
enum Quoted {
  /// `` `value` ``, cleaned and cut to `columns`.
  static func value(_ text: String, columns: Int = 30) -> String {
    let oneLine = text.replacingNewlines(with: " ")
    let clean = Sanitizer.clean(oneLine)
    return "`" + Wrap.truncate(clean, width: columns) + "`"
  }
}

extension String {
  fileprivate func replacingNewlines(with replacement: String) -> String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
