import KioskCommandLine
import Testing

@Suite struct ParserTests {
  let root = Commands.root

  func parse(_ words: String...) throws(UsageError) -> ParsedArguments {
    try CommandLineParser.parse(words, root: root)
  }

  func message(_ words: String...) -> String? { usageMessage(words) }

  @Test func optionsBeforeOrAfterTheSubcommandMeanTheSame() throws {
    for words in [
      ["--content", "DIR", "dump"], ["dump", "--content", "DIR"], ["--content=DIR", "dump"],
    ] {
      let parsed = try CommandLineParser.parse(words, root: root)
      #expect(parsed.command.name == "dump")
      #expect(parsed.string("content") == "DIR")
    }
    let german = try parse("--lang", "de", "dump", "--plain")
    #expect(german.command.name == "dump")
    #expect(german.string("lang") == "de")
    #expect(german.flag("plain"))
  }

  @Test func aSubcommandsOwnOptionMayComeFirst() throws {
    let parsed = try parse("--step", "5", "demo")
    #expect(parsed.command.name == "demo")
    #expect(parsed.string("step") == "5")
  }

  @Test func anOptionsValueIsNotTakenForTheSubcommand() throws {
    // "dump" is the value of --content here, not the subcommand.
    let parsed = try parse("--content", "dump")
    #expect(parsed.command.name == "iom-history")
    #expect(parsed.string("content") == "dump")
    #expect(
      message("--", "dump")
        == "unexpected argument 'dump'. Subcommands: dump, demo, validate, search, stats.")
  }

  @Test func anOptionOfAnotherCommandIsNamedAsSuch() {
    #expect(
      message("--kiosk", "dump")
        == "--kiosk does not apply to 'iom-history dump'; it is used without a subcommand.")
    #expect(
      message("--step", "3")
        == "--step does not apply to 'iom-history'; it is used with 'demo'.")
    #expect(message("dump", "--colour") == "unknown option '--colour'.")
  }

  @Test func valuesFlagsAndTheLastRepeatCount() throws {
    let parsed = try parse("--kiosk", "--idle=30", "--idle", "40", "--log", "-")
    #expect(parsed.flag("kiosk"))
    #expect(parsed.string("idle") == "40")
    #expect(parsed.string("log") == "-")
    #expect(message("--kiosk=yes") == "--kiosk is a switch and takes no value.")
    #expect(message("--idle") == "--idle <SECONDS> needs a value.")
    #expect(message("-x") == "unknown option '-x'; options are written as --name.")
  }

  @Test func helpAndVersion() throws {
    #expect(try parse("--help").wantsHelp)
    let help = try parse("help", "validate")
    #expect(help.wantsHelp && help.command.name == "validate")
    #expect(try parse("--lang", "de", "dump", "-h").wantsHelp)
    #expect(try parse("--version").wantsVersion)
    #expect(message("dump", "--version") == "unknown option '--version'.")
    #expect(message("help", "nothing") == "there is no subcommand 'nothing'.")
  }

  @Test func validateTakesOneDirectory() throws {
    #expect(try parse("validate", "DIR").argument == "DIR")
    #expect(message("validate", "A", "B") == "unexpected argument 'B'.")
  }

  @Test func theCommandOfALineThatCannotBeParsed() {
    #expect(CommandLineParser.command(of: ["--lang", "fr", "dump"], root: root).name == "dump")
    #expect(CommandLineParser.command(of: ["--nonsense"], root: root).name == "iom-history")
  }

  @Test func everyMessageShowsControlCharactersVisibly() {
    let forged = "x\n\u{1B}]0;title\u{07}\u{9B}2J\u{202E}"
    for text in [
      message(forged), message("--\(forged)"), message("--lang", forged),
      message("--idle", forged), message("--operator-key", forged), message("help", forged),
      message("--log-max", forged), message("validate", "A", forged),
    ] {
      let text = text ?? ""
      #expect(!text.isEmpty)
      #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
      #expect(!text.unicodeScalars.contains("\u{202E}"))
    }
    #expect(
      message("--lang", "a\u{1B}[2Jb")
        == "--lang takes a language code such as en or de, not 'a\\e[2Jb'.")
  }
}

@Suite struct RepeatedArgumentTests {
  @Test func searchAndStatsTakeEveryWord() throws {
    let search = try CommandLineParser.parse(
      ["search", "herat", "1989", "--lang", "de"], root: Commands.root)
    #expect(search.command.name == "search")
    #expect(search.arguments == ["herat", "1989"])
    let stats = try CommandLineParser.parse(
      ["stats", "--json", "kiosk.log", "kiosk.log.1"], root: Commands.root)
    #expect(stats.arguments == ["kiosk.log", "kiosk.log.1"])
    #expect(stats.flag("json"))
    // A command with one argument still takes one.
    #expect(throws: UsageError.self) {
      try CommandLineParser.parse(["validate", "a", "b"], root: Commands.root)
    }
    #expect(Help.usage(Commands.search, root: Commands.root).hasSuffix("<WORDS>..."))
  }
}
