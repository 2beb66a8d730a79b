import TextLayout

/// The `--help` text and the usage line, laid out for an 80-column terminal.
public enum Help {
  public static let width = 80
  /// Where the explanations start, after the option names.
  public static let column = 26

  public static func text(for command: CommandSpec, root: CommandSpec) -> String {
    var lines = ["OVERVIEW: \(command.abstract)", ""]
    if !command.discussion.isEmpty {
      for paragraph in command.discussion.split(separator: "\n") {
        lines += Wrap.lines(String(paragraph), width: width)
      }
      lines.append("")
    }
    lines += ["USAGE: \(usage(command, root: root))", ""]
    if let argument = command.argument {
      lines += ["ARGUMENTS:"] + entry("<\(argument.name)>", argument.help) + [""]
    }
    lines.append("OPTIONS:")
    for option in command.options { lines += entry(option.synopsis, option.help) }
    if command.name == root.name { lines += entry("--version", "Show the version.") }
    lines += entry("-h, --help", "Show help information.")
    if !command.subcommands.isEmpty {
      lines += ["", "SUBCOMMANDS:"]
      for sub in command.subcommands { lines += entry(sub.name, sub.abstract) }
      lines += ["", "  See '\(root.name) help <subcommand>' for detailed help."]
    }
    return lines.joined(separator: "\n")
  }

  /// "iom-history" or "iom-history dump".
  public static func invocation(_ command: CommandSpec, root: CommandSpec) -> String {
    command.name == root.name ? root.name : "\(root.name) \(command.name)"
  }

  public static func usage(_ command: CommandSpec, root: CommandSpec) -> String {
    var words = [invocation(command, root: root)]
    if !command.options.isEmpty { words.append("[<options>]") }
    if let argument = command.argument {
      words.append(command.argumentRepeats ? "<\(argument.name)>..." : "[<\(argument.name)>]")
    }
    if !command.subcommands.isEmpty { words.append("[<subcommand>]") }
    return words.joined(separator: " ")
  }

  /// "  --idle <SECONDS>        Kiosk mode: seconds …", the explanation
  /// wrapped in its own column.
  private static func entry(_ name: String, _ help: String) -> [String] {
    let label = "  " + name
    let text = Wrap.lines(help, width: width - column)
    let pad = String(repeating: " ", count: column)
    var lines: [String] = []
    if label.count + 2 > column {
      lines.append(label)
      lines += text.map { pad + $0 }
    } else {
      let first = label + String(repeating: " ", count: column - label.count)
      lines += text.enumerated().map { ($0.offset == 0 ? first : pad) + $0.element }
    }
    return lines
  }
}
