/// One `--name` the command line accepts: a flag, or an option that takes
/// a value.
struct OptionSpec {
  var name: String
  /// What the value is called in the help ("SECONDS"); nil for a flag.
  var valueName: String?
  var help: String

  static func flag(_ name: String, _ help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: nil, help: help)
  }

  static func value(_ name: String, _ valueName: String, _ help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: valueName, help: help)
  }

  var isFlag: Bool { valueName == nil }

  /// "--idle <SECONDS>" or "--kiosk".
  var synopsis: String {
    valueName.map { "--\(name) <\($0)>" } ?? "--\(name)"
  }
}

/// The program or one of its subcommands: what it accepts, and the words
/// its help shows.
struct CommandSpec {
  var name: String
  var abstract: String
  var discussion = ""
  var options: [OptionSpec]
  /// The one positional argument, when the command takes one (it is optional).
  var argument: (name: String, help: String)? = nil
  var subcommands: [CommandSpec] = []

  func option(named name: String) -> OptionSpec? {
    options.first { $0.name == name }
  }
}
