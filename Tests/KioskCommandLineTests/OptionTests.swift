import HistoryContent
import KioskCommandLine
import KioskCore
import TerminalKit
import Testing

@Suite struct OptionTests {
  func kiosk(_ words: String...) throws(UsageError) -> KioskOptions {
    try KioskOptions(CommandLineParser.parse(words, root: Commands.root))
  }

  func message(_ words: [String]) -> String? { usageMessage(words) }

  @Test func timersTakeValuesWithinTheirBounds() throws {
    #expect(try kiosk("--idle", "1").idle == 1)
    #expect(try kiosk("--idle", "86400").idle == 86400)
    #expect(try kiosk().idle == 90)
    #expect(try kiosk("--attract-step", "0.05").attractStep == 0.05)
    #expect(
      try DemoOptions(CommandLineParser.parse(["demo", "--step", "3600"], root: Commands.root)).step
        == 3600)
  }

  @Test func timersOutsideTheirBoundsAreRefusedByName() {
    #expect(message(["--idle", "1e-7"]) == "--idle takes 1 to 86400 seconds, not '1e-7'.")
    #expect(message(["--idle", "0"]) == "--idle takes 1 to 86400 seconds, not '0'.")
    #expect(message(["--idle", "86401"]) == "--idle takes 1 to 86400 seconds, not '86401'.")
    #expect(
      message(["--attract-step", "1e-9"])
        == "--attract-step takes 0.05 to 3600 seconds, not '1e-9'.")
    #expect(message(["demo", "--step", "-1"]) == "--step takes 0.05 to 3600 seconds, not '-1'.")
    #expect(message(["--idle", "inf"]) == "--idle takes a number of seconds, not 'inf'.")
    #expect(message(["--idle", "nan"]) == "--idle takes a number of seconds, not 'nan'.")
  }

  @Test func logSizesReadWithUnits() throws {
    #expect(try kiosk().logLimit == 10 << 20)
    #expect(try kiosk("--log-max", "10M").logLimit == 10 << 20)
    #expect(try kiosk("--log-max", "500k").logLimit == 500 << 10)
    #expect(try kiosk("--log-max", "1G").logLimit == 1 << 30)
    #expect(try kiosk("--log-max", "65536").logLimit == 65536)
    #expect(message(["--log-max", "1K"]) == "--log-max takes 64K to 1G, not '1K'.")
    #expect(message(["--log-max", "2G"]) == "--log-max takes 64K to 1G, not '2G'.")
    #expect(message(["--log-max", "M"]) == "--log-max takes a size such as 500K or 10M, not 'M'.")
    #expect(
      message(["--log-max", "99999999999999999999G"])
        == "--log-max takes a size such as 500K or 10M, not '99999999999999999999G'.")
  }

  @Test func languageAndOperatorKeys() throws {
    let parsed = try CommandLineParser.parse(["--lang", "de", "dump"], root: Commands.root)
    #expect(try LookOptions(parsed).start.code == "de")
    #expect(
      message(["--lang=english"]) == "--lang takes a language code such as en or de, not 'english'."
    )
    let french = try LookOptions(CommandLineParser.parse(["--lang=fr"], root: Commands.root))
    #expect(throws: UsageError.self) { try french.checkLanguage(offered: [.english, .german]) }
    #expect(throws: Never.self) { try french.checkLanguage(offered: [Language("fr")]) }
    #expect(
      try kiosk("--operator-key", "f12,f12").operatorSequence == [.function(12), .function(12)])
    #expect(
      message(["--operator-key", "ctrl-"])
        == "--operator-key: cannot read 'ctrl-'; write keys like ctrl-x,ctrl-q or f12,f12,f12.")
  }
}

@Suite struct RecordingOptionTests {
  func demo(_ words: String...) throws(UsageError) -> DemoOptions {
    try DemoOptions(CommandLineParser.parse(["demo"] + words, root: Commands.root))
  }

  @Test func recordTakesAFileAndASize() throws {
    let options = try demo("--record", "tour.cast", "--size", "120x40")
    #expect(options.record == "tour.cast")
    #expect(options.size == Size(width: 120, height: 40))
    #expect(try demo("--record", "tour.cast").size == Size(width: 100, height: 30))
    #expect(throws: UsageError(message: "--size goes with --record.")) {
      try demo("--size", "90x30")
    }
    for size in ["79x24", "80x23", "80", "80x24x1", "axb", "2000x40"] {
      #expect(throws: UsageError.self, "\(size)") { try demo("--record", "f", "--size", size) }
    }
  }
}

@Suite struct SessionRecordingOptionTests {
  func kiosk(_ words: String...) throws(UsageError) -> KioskOptions {
    try KioskOptions(CommandLineParser.parse(words, root: Commands.root))
  }

  @Test func anInteractiveSessionTakesRecord() throws {
    #expect(try kiosk("--record", "visit.cast").record == "visit.cast")
    #expect(try kiosk("--record=visit.cast", "--plain").record == "visit.cast")
    #expect(try kiosk().record == nil)
    #expect(usageMessage(["--record"]) == "--record <FILE> needs a value.")
  }

  @Test func kioskModeRefusesRecording() {
    let refusal = "--record does not go with --kiosk: no visitor is recorded."
    #expect(usageMessage(["--kiosk", "--record", "visit.cast"]) == refusal)
    #expect(usageMessage(["--record", "visit.cast", "--kiosk"]) == refusal)
  }

  @Test func otherSubcommandsDoNotTakeIt() {
    #expect(
      usageMessage(["dump", "--record", "f"])
        == "--record does not apply to 'iom-history dump'; it is used without a subcommand.")
  }
}
