/// A command line that cannot be run, with the reason in the user's terms.
struct UsageError: Error {
  var message: String
}

/// A process exit status decided on the way, such as 65 for refused content.
struct ExitStatus: Error {
  var code: Int32
}

/// What the command line asked for: the command, its values and flags.
struct ParsedArguments {
  var command: CommandSpec
  var values: [String: String] = [:]
  var flags: Set<String> = []
  var argument: String?
  var wantsHelp = false
  var wantsVersion = false

  func flag(_ name: String) -> Bool { flags.contains(name) }

  func string(_ name: String) -> String? { values[name] }

  /// A number of seconds, more than zero, when the option was given.
  func seconds(_ name: String) throws(UsageError) -> Double? {
    guard let text = values[name] else { return nil }
    guard let value = Double(text), value.isFinite else {
      throw UsageError(message: "--\(name) takes a number of seconds, not '\(text)'.")
    }
    guard value > 0 else { throw UsageError(message: "--\(name) must be more than 0 seconds.") }
    return value
  }

  /// The option's value when it is one of `allowed`.
  func choice(_ name: String, among allowed: [String], default fallback: String) throws(UsageError)
    -> String
  {
    guard let value = values[name] else { return fallback }
    guard allowed.contains(value) else {
      let list = allowed.dropLast().joined(separator: ", ") + " or " + (allowed.last ?? "")
      throw UsageError(message: "--\(name) takes \(list), not '\(value)'.")
    }
    return value
  }
}

/// Reads `--name value`, `--name=value`, flags, one subcommand first and
/// one positional argument where the command takes it. The last of a
/// repeated option counts. `--` ends the options.
enum CommandLineParser {
  static func parse(_ arguments: [String], root: CommandSpec) throws(UsageError) -> ParsedArguments
  {
    var rest = arguments[...]
    var command = root
    if let first = rest.first, let sub = root.subcommands.first(where: { $0.name == first }) {
      command = sub
      rest = rest.dropFirst()
    } else if rest.first == "help" {
      // `iom-history help [SUBCOMMAND]`, as many command-line tools offer.
      rest = rest.dropFirst()
      var parsed = ParsedArguments(command: root, wantsHelp: true)
      if let name = rest.first {
        guard let sub = root.subcommands.first(where: { $0.name == name }) else {
          throw UsageError(message: "there is no subcommand '\(name)'.")
        }
        parsed.command = sub
      }
      return parsed
    }
    var parsed = ParsedArguments(command: command)
    var optionsEnded = false
    while let word = rest.popFirst() {
      if optionsEnded || !word.hasPrefix("-") || word == "-" {
        try take(argument: word, into: &parsed)
        continue
      }
      switch word {
      case "--": optionsEnded = true
      case "-h", "--help": parsed.wantsHelp = true
      case "--version" where command.name == root.name: parsed.wantsVersion = true
      default:
        guard word.hasPrefix("--") else {
          throw UsageError(message: "unknown option '\(word)'; options are written as --name.")
        }
        let body = word.dropFirst(2)
        let name = String(body.prefix { $0 != "=" })
        let inline = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
        guard let option = command.option(named: name) else {
          throw UsageError(message: "unknown option '--\(name)'.")
        }
        if option.isFlag {
          guard inline == nil else {
            throw UsageError(message: "--\(name) is a switch and takes no value.")
          }
          parsed.flags.insert(name)
        } else {
          guard let value = inline ?? rest.popFirst() else {
            throw UsageError(message: "\(option.synopsis) needs a value.")
          }
          parsed.values[name] = value
        }
      }
    }
    return parsed
  }

  private static func take(argument word: String, into parsed: inout ParsedArguments)
    throws(UsageError)
  {
    guard parsed.command.argument != nil, parsed.argument == nil else {
      let hint =
        parsed.command.subcommands.isEmpty
        ? "" : " Subcommands: \(parsed.command.subcommands.map(\.name).joined(separator: ", "))."
      throw UsageError(message: "unexpected argument '\(word)'.\(hint)")
    }
    parsed.argument = word
  }
}
