import KioskCommandLine
import Testing

@Suite struct HelpTests {
  @Test func usageLinesPromiseOptionsAndSubcommands() {
    #expect(
      Help.usage(Commands.root, root: Commands.root) == "iom-history [<options>] [<subcommand>]")
    #expect(Help.usage(Commands.validate, root: Commands.root) == "iom-history validate [<DIR>]")
  }

  @Test func helpFitsEightyColumnsAndNamesTheBounds() {
    let text = Help.text(for: Commands.root, root: Commands.root)
    for line in text.split(separator: "\n") { #expect(line.count <= Help.width) }
    #expect(text.contains("--log-max <SIZE>"))
    #expect(text.contains("1 to 86400"))
    #expect(Help.text(for: Commands.demo, root: Commands.root).contains("0.05 to 3600"))
  }
}
