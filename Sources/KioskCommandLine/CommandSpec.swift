/// One `--name` the command line accepts: a flag, or an option that takes
/// a value.
public struct OptionSpec: Sendable {
  public var name: String
  /// What the value is called in the help ("SECONDS"); nil for a flag.
  public var valueName: String?
  public var help: String

  public static func flag(_ name: String, _ help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: nil, help: help)
  }

  public static func value(_ name: String, _ valueName: String, _ help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: valueName, help: help)
  }

  public var isFlag: Bool { valueName == nil }

  /// "--idle <SECONDS>" or "--kiosk".
  public var synopsis: String {
    valueName.map { "--\(name) <\($0)>" } ?? "--\(name)"
  }
}

/// The program or one of its subcommands: what it accepts, and the words
/// its help shows.
public struct CommandSpec: Sendable {
  public var name: String
  public var abstract: String
  public var discussion: String
  public var options: [OptionSpec]
  /// The positional argument, when the command takes one (it is optional).
  public var argument: (name: String, help: String)?
  /// The argument may be given several times ("WORDS…", "LOG…").
  public var argumentRepeats: Bool
  public var subcommands: [CommandSpec]

  public init(
    name: String, abstract: String, discussion: String = "", options: [OptionSpec],
    argument: (name: String, help: String)? = nil, argumentRepeats: Bool = false,
    subcommands: [CommandSpec] = []
  ) {
    self.argumentRepeats = argumentRepeats
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.options = options
    self.argument = argument
    self.subcommands = subcommands
  }

  public func option(named name: String) -> OptionSpec? {
    options.first { $0.name == name }
  }

  public func subcommand(named name: String) -> CommandSpec? {
    subcommands.first { $0.name == name }
  }
}
