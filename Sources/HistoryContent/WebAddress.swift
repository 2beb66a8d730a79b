/// Checks that a web address is written in full, as a visitor can type it
/// into a browser: `http://` or `https://`, a host name with a top-level
/// domain, then an optional path.
enum WebAddress {
  static func isValid(_ text: String) -> Bool {
    guard let afterScheme = text.removingPrefix("https://") ?? text.removingPrefix("http://"),
      !text.contains(where: { $0.isWhitespace })
    else { return false }
    let authority = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    let host = authority.split(separator: ":", omittingEmptySubsequences: false)
    guard (1...2).contains(host.count), let name = host.first else { return false }
    if host.count == 2, host[1].isEmpty || !host[1].allSatisfy(\.isASCIIDigit) { return false }
    return isHostName(name)
  }

  /// The message for an address longer than `DisplayLimits.webAddressCharacters`.
  static func tooLong(_ address: String) -> String {
    let limit = DisplayLimits.webAddressCharacters
    return
      "the web address \(Quoted.value(address, columns: 60)) has \(address.unicodeScalars.count) characters, more than the \(limit) a visitor can copy from the screen — link a shorter address"
  }

  /// `germany.iom.int`: two or more labels of letters, digits and hyphens,
  /// the last one (the top-level domain) of letters only.
  private static func isHostName(_ name: Substring) -> Bool {
    let labels = name.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, let topLevel = labels.last, topLevel.count >= 2,
      topLevel.allSatisfy({ $0.isASCII && $0.isLetter })
    else { return false }
    return labels.allSatisfy { label in
      !label.isEmpty && label.first != "-" && label.last != "-"
        && label.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }
    }
  }
}

extension String {
  fileprivate func removingPrefix(_ prefix: String) -> Substring? {
    hasPrefix(prefix) ? dropFirst(prefix.count) : nil
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
