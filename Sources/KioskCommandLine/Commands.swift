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
    subcommands: [dump, demo, validate])

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
      "The folder with timeline.yaml, work.yaml and exhibition.yaml (default: the built-in content)."
    ))
}
