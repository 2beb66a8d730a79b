/// What the command line asked for: the command, its values and flags, and
/// readers that check a value and name the option when it is wrong.
public struct ParsedArguments: Sendable {
  public var command: CommandSpec
  public var values: [String: String] = [:]
  public var flags: Set<String> = []
  /// The positional argument; the first, where it repeats.
  public var argument: String? { arguments.first }
  /// Every positional argument, in order.
  public var arguments: [String] = []
  public var wantsHelp = false
  public var wantsVersion = false

  public init(command: CommandSpec, wantsHelp: Bool = false) {
    self.command = command
    self.wantsHelp = wantsHelp
  }

  public func flag(_ name: String) -> Bool { flags.contains(name) }

  public func string(_ name: String) -> String? { values[name] }

  /// A number of seconds within `bounds`, when the option was given.
  public func seconds(_ name: String, within bounds: ClosedRange<Double>) throws(UsageError)
    -> Double?
  {
    guard let text = values[name] else { return nil }
    guard let value = Double(text), value.isFinite else {
      throw UsageError(
        message: "--\(name) takes a number of seconds, not \(Argument.quoted(text)).")
    }
    guard bounds.contains(value) else {
      throw UsageError(
        message:
          "--\(name) takes \(Self.number(bounds.lowerBound)) to \(Self.number(bounds.upperBound)) seconds, not \(Argument.quoted(text))."
      )
    }
    return value
  }

  /// A size in bytes within `bounds`: digits, optionally followed by K, M
  /// or G (powers of 1024), as `--log-max 10M`.
  public func bytes(_ name: String, within bounds: ClosedRange<Int>) throws(UsageError) -> Int? {
    guard let text = values[name] else { return nil }
    let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
    let unit = text.last.flatMap { units[Character($0.uppercased())] }
    let digits = unit == nil ? Substring(text) : text.dropLast()
    guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let count = Int(digits),
      case (let value, let overflow) = count.multipliedReportingOverflow(by: unit ?? 1), !overflow
    else {
      throw UsageError(
        message: "--\(name) takes a size such as 500K or 10M, not \(Argument.quoted(text)).")
    }
    guard bounds.contains(value) else {
      throw UsageError(
        message:
          "--\(name) takes \(Self.size(bounds.lowerBound)) to \(Self.size(bounds.upperBound)), not \(Argument.quoted(text))."
      )
    }
    return value
  }

  /// The option's value when it is one of `allowed`.
  public func choice(_ name: String, among allowed: [String], default fallback: String)
    throws(UsageError) -> String
  {
    guard let value = values[name] else { return fallback }
    guard allowed.contains(value) else {
      let list = allowed.dropLast().joined(separator: ", ") + " or " + (allowed.last ?? "")
      throw UsageError(message: "--\(name) takes \(list), not \(Argument.quoted(value)).")
    }
    return value
  }

  /// "0.05" or "86400": no ".0" on whole numbers.
  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }

  /// "64K", "10M", "1G" when whole, else bytes.
  static func size(_ bytes: Int) -> String {
    for (unit, scale) in [("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)]
    where bytes >= scale && bytes % scale == 0 {
      return "\(bytes / scale)\(unit)"
    }
    return "\(bytes) bytes"
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
