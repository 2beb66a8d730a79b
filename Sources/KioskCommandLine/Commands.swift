/// The program's commands: what each accepts and what its help says.
public enum Commands {
  public static let root = CommandSpec(
    name: "iom-history",
    abstract: "Explore the history of IOM and its 70-year partnership with Germany.",
    discussion: """
      Keys: arrows or j/k select, Enter opens, Esc goes back, Tab or 1-3 change \
      section, L switches between English and German, ? shows every key, q quits.
      When the output is not a terminal, or the terminal cannot be driven, the \
      content is printed as plain text instead.
      With --kiosk: after --idle seconds without input everything resets and an \
      attract loop plays; q and Ctrl-C are locked; the operator's key sequence \
      (default ctrl-x,ctrl-q) asks to quit; SIGTERM and SIGHUP quit cleanly.
      """,
    options: ContentOptions.specs + LookOptions.specs + KioskOptions.specs,
    subcommands: [dump, demo, validate, search, stats])

  public static let dump = CommandSpec(
    name: "dump", abstract: "Print all content as plain text.",
    options: ContentOptions.specs + LookOptions.specs)

  public static let demo = CommandSpec(
    name: "demo", abstract: "Play a guided tour through the story for a presentation.",
    discussion: "Space pauses and resumes, Left and Right step, q leaves.",
    options: ContentOptions.specs + LookOptions.specs + DemoOptions.specs)

  public static let validate = CommandSpec(
    name: "validate",
    abstract: "Check a content directory and list every problem.",
    discussion: """
      Prints each problem as file:line:column: field: what is wrong — how to \
      fix it, then a summary. Warnings are marked "warning:" and do not fail \
      the check. Exit status 0 when there is no error, 65 when there is one.
      """,
    options: [],
    argument: (
      "DIR",
      "The folder with timeline.yaml, work.yaml, exhibition.yaml and SOURCES.md (default: the built-in content)."
    ))

  public static let search = CommandSpec(
    name: "search", abstract: "Search the whole exhibition and print what is found.",
    discussion: """
      Case, accents and German spelling do not matter (fluechtlinge finds \
      Flüchtlinge); every word must match; a year or a span (1989, 1951-1954) \
      finds the items dated then. Results are printed best first, in the \
      --lang language. Exit status 0 when something is found, 1 when nothing is \
      (as grep does).
      """,
    options: ContentOptions.specs + LookOptions.specs.filter { $0.name == "lang" },
    argument: ("WORDS", "What to look for."), argumentRepeats: true)

  public static let stats = CommandSpec(
    name: "stats", abstract: "Count what visitors looked at, from kiosk logs.",
    discussion: """
      Reads the logs of --log (give rotated ones, FILE.1, too) and prints \
      visits per day and per hour (a visit is a run of activity between idle \
      resets), their length, the sections and items opened most, the share of \
      German, attract loops interrupted and searches (never their words). \
      Damaged or foreign lines are counted and skipped. Times are UTC.
      """,
    options: [
      .value("since", "DATE", "Count from this day on (YYYY-MM-DD)."),
      .flag("json", "Print JSON for other tools instead of tables."),
      .flag("ascii", "Draw the bar charts with # instead of Unicode blocks."),
    ],
    argument: ("LOG", "A kiosk log."), argumentRepeats: true)
}
