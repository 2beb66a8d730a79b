import KioskCommandLine

/// The message the program would print for `words`, or nil when they are
/// a command line it runs: parsed, then every option read as the program
/// reads them.
func usageMessage(_ words: [String]) -> String? {
  do {
    let parsed = try CommandLineParser.parse(words, root: Commands.root)
    _ = try KioskOptions(parsed)
    _ = try LookOptions(parsed)
    if parsed.command.name == "demo" { _ = try DemoOptions(parsed) }
    return nil
  } catch {
    return error.message
  }
}
