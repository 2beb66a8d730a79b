import Glibc
import KioskCommandLine
import UsageStats

/// `iom-history stats LOG…`: what visitors looked at, from kiosk logs.
struct Stats {
  let logs: [String]
  let since: CivilDate?
  let json: Bool
  let ascii: Bool

  init(_ arguments: ParsedArguments) throws(UsageError) {
    logs = arguments.arguments
    guard !logs.isEmpty else { throw UsageError(message: "stats needs at least one log file.") }
    if let text = arguments.string("since") {
      guard let date = CivilDate(text) else {
        throw UsageError(
          message: "--since takes a day as YYYY-MM-DD, not \(Argument.quoted(text)).")
      }
      since = date
    } else {
      since = nil
    }
    json = arguments.flag("json")
    ascii = arguments.flag("ascii")
  }

  func run() throws(ExitStatus) {
    var texts: [String] = []
    for path in logs {
      guard let text = Self.read(path) else {
        Output.standardError(
          "iom-history: cannot read the log \(Argument.quoted(path)): \(String(cString: strerror(errno)))\n"
        )
        throw ExitStatus(code: 66)  // EX_NOINPUT
      }
      texts.append(text)
    }
    let report = UsageReport(logs: texts, since: since)
    Output.result(json ? report.json() : report.text(asciiOnly: ascii))
  }

  /// The whole file as text (a damaged byte reads as U+FFFD), or nil.
  static func read(_ path: String) -> String? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = fread(&chunk, 1, chunk.count, file)
      bytes += chunk[..<count]
      if count < chunk.count { break }
    }
    guard ferror(file) == 0 else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }
}
