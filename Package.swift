// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "iom-history",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "iom-history", targets: ["iom-history"])
  ],
  dependencies: [
    .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1")
  ],
  targets: [
    // ncursesw, seen through a tiny shim header (see Sources/CNcurses/shim.h).
    .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
    // libyaml (Debian's libyaml-dev), linked statically: the kiosk needs no
    // YAML library installed.
    .systemLibrary(name: "CYAML", path: "Sources/CYAML"),
    // Async-signal-safe terminal restoration for signals and crashes.
    .target(name: "CTerminalGuard"),
    // Display width, wrapping and sanitising of text: no dependencies at all.
    .target(name: "TextLayout"),
    // The content model and its YAML loading; knows nothing of terminals.
    .target(
      name: "HistoryContent",
      dependencies: ["TextLayout", "CYAML"],
      linkerSettings: [.unsafeFlags(["-Xlinker", "-l:libyaml.a"])],
      plugins: ["EmbedContentPlugin"]
    ),
    // AppState, Action, reduce, the keymap: pure.
    .target(name: "KioskCore", dependencies: ["HistoryContent", "TextLayout"]),
    // Cells, buffers, widgets and the screens: pure.
    .target(name: "TermUI", dependencies: ["KioskCore", "TextLayout"]),
    // The only module that talks to curses.
    .target(name: "CursesBackend", dependencies: ["CNcurses", "CTerminalGuard", "TermUI"]),
    .executableTarget(
      name: "iom-history",
      dependencies: [
        "HistoryContent", "KioskCore", "TermUI", "CursesBackend", "CTerminalGuard", "TextLayout",
      ]
    ),
    // Build-time tool and plugin that compile Resources/*.yaml into the binary.
    .executableTarget(name: "embed-content"),
    .plugin(
      name: "EmbedContentPlugin",
      capability: .buildTool(),
      dependencies: ["embed-content"],
      path: "Sources/EmbedContentPlugin"
    ),
    .testTarget(
      name: "HistoryContentTests",
      dependencies: ["HistoryContent"]
    ),
    .testTarget(
      name: "KioskCoreTests",
      dependencies: ["KioskCore", "HistoryContent"]
    ),
    .testTarget(
      name: "TermUITests",
      dependencies: [
        "TermUI", "KioskCore", "HistoryContent", "TextLayout",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Snapshots"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
