/// Reads `--name value`, `--name=value`, flags, one subcommand and one
/// positional argument where the command takes it. The last of a repeated
/// option counts. `--` ends the options.
///
/// Options may stand before or after the subcommand: `--content DIR dump`
/// and `dump --content DIR` are the same, since an option's name means the
/// same thing for every command that takes it. An option the chosen
/// command does not take is refused wherever it stands.
public enum CommandLineParser {
  public static func parse(_ arguments: [String], root: CommandSpec) throws(UsageError)
    -> ParsedArguments
  {
    var words = arguments
    var command = root
    if let place = subcommandPlace(in: words, root: root) {
      let name = words.remove(at: place)
      if name == "help" { return try help(for: words, root: root) }
      command = root.subcommand(named: name)!
    }
    var parsed = ParsedArguments(command: command)
    var rest = words[...]
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
          throw UsageError(
            message: "unknown option \(Argument.quoted(word)); options are written as --name.")
        }
        let (name, inline) = split(option: word)
        guard let option = command.option(named: name) else {
          throw unknown(option: name, for: command, root: root)
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

  /// The command `arguments` are for, found even when they cannot be
  /// parsed: the one a usage error's usage line shows.
  public static func command(of arguments: [String], root: CommandSpec) -> CommandSpec {
    subcommandPlace(in: arguments, root: root).flatMap { root.subcommand(named: arguments[$0]) }
      ?? root
  }

  /// Where the subcommand (or `help`) stands: the first word that is not an
  /// option or an option's value, when it names one. Options are looked up
  /// in every command, so that a subcommand's own option may come first.
  private static func subcommandPlace(in words: [String], root: CommandSpec) -> Int? {
    var index = 0
    while index < words.count {
      let word = words[index]
      if word == "--" { return nil }
      if !word.hasPrefix("-") || word == "-" {
        return root.subcommand(named: word) != nil || word == "help" ? index : nil
      }
      let (name, inline) = split(option: word)
      let takesValue = ([root] + root.subcommands).contains {
        $0.option(named: name).map { !$0.isFlag } ?? false
      }
      index += takesValue && inline == nil && word.hasPrefix("--") ? 2 : 1
    }
    return nil
  }

  /// `iom-history help [SUBCOMMAND]`, as many command-line tools offer.
  private static func help(for words: [String], root: CommandSpec) throws(UsageError)
    -> ParsedArguments
  {
    var parsed = ParsedArguments(command: root, wantsHelp: true)
    if let name = words.first(where: { !$0.hasPrefix("-") }) {
      guard let sub = root.subcommand(named: name) else {
        throw UsageError(message: "there is no subcommand \(Argument.quoted(name)).")
      }
      parsed.command = sub
    }
    return parsed
  }

  /// "--name=value" as ("name", "value"); "--name" as ("name", nil).
  private static func split(option word: String) -> (name: String, inline: String?) {
    let body = word.dropFirst(2)
    let name = String(body.prefix { $0 != "=" })
    let inline = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
    return (name, inline)
  }

  /// An option that `command` does not take: one that another command
  /// takes is named as such, so that `--kiosk dump` says why.
  private static func unknown(option name: String, for command: CommandSpec, root: CommandSpec)
    -> UsageError
  {
    let elsewhere = ([root] + root.subcommands).first { $0.option(named: name) != nil }
    guard let elsewhere else {
      return UsageError(message: "unknown option \(Argument.quoted("--" + name)).")
    }
    let taker = elsewhere.name == root.name ? "without a subcommand" : "with '\(elsewhere.name)'"
    return UsageError(
      message:
        "--\(name) does not apply to '\(Help.invocation(command, root: root))'; it is used \(taker)."
    )
  }

  private static func take(argument word: String, into parsed: inout ParsedArguments)
    throws(UsageError)
  {
    guard parsed.command.argument != nil, parsed.argument == nil || parsed.command.argumentRepeats
    else {
      let hint =
        parsed.command.subcommands.isEmpty
        ? "" : " Subcommands: \(parsed.command.subcommands.map(\.name).joined(separator: ", "))."
      throw UsageError(message: "unexpected argument \(Argument.quoted(word)).\(hint)")
    }
    parsed.arguments.append(word)
  }
}
