// swift-tools-version: 6.0
import PackageDescription

// Release builds
// - put every function in a section of its own, so that the linker can lay
//   out the code the kiosk runs in one place (see `linkOrder`);
// - make the metadata of generic types with direct calls rather than from
//   their mangled names, which the runtime resolves by searching every
//   conformance the static binary holds (bench/README.md has the figures).
let releaseSwiftSettings: [SwiftSetting] = [
  .unsafeFlags(
    [
      "-Xfrontend", "-function-sections",
      "-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors",
    ], .when(configuration: .release))
]

// The release binary is linked by lld (it ships with the toolchain):
// - packed relative relocations (RELR): less to read and apply at every start;
// - unused sections dropped;
// - the functions listed in bench/link-order.txt (the ones a visitor's
//   session runs, recorded by `make link-order`) placed first, together, so
//   that the pages the kiosk touches are few: less memory and fewer page
//   faults at start. A stale list costs only locality, never correctness.
// bench/README.md has the measurements.
let linkOrder = Context.packageDirectory + "/bench/link-order.txt"
let releaseLinking: [LinkerSetting] = [
  .unsafeFlags(
    [
      "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
      "-Xlinker", "--gc-sections",
      "-Xlinker", "--symbol-ordering-file=\(linkOrder)",
      "-Xlinker", "--no-warn-symbol-ordering",
    ], .when(configuration: .release))
]

let package = Package(
  name: "iom-history",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "iom-history", targets: ["iom-history"]),
    .executable(name: "iom-history-shell", targets: ["iom-history-shell"]),
  ],
  dependencies: [
    .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1")
  ],
  targets: [
    // ncurses' terminfo level (libtinfo), seen through a tiny shim header
    // (see Sources/CTerminfo/shim.h).
    .systemLibrary(name: "CTerminfo", path: "Sources/CTerminfo"),
    // libyaml (Debian's libyaml-dev), linked statically: the kiosk needs no
    // YAML library installed.
    .systemLibrary(name: "CYAML", path: "Sources/CYAML"),
    // Nayuki's QR Code generator (Debian's libqrcodegen-dev), linked statically.
    .systemLibrary(name: "CQRCodegen", path: "Sources/CQRCodegen"),
    // QR codes for the web addresses a visitor may want to take home.
    .target(
      name: "QRCode", dependencies: ["CQRCodegen"], swiftSettings: releaseSwiftSettings,
      linkerSettings: [.unsafeFlags(["-Xlinker", "-l:libqrcodegen.a"])]),
    // libpng and libjpeg-turbo (Debian's libpng-dev, libjpeg62-turbo-dev),
    // called from C because libjpeg reports errors by longjmp; libexif
    // (libexif-dev) for a JPEG's orientation; linked statically with zlib,
    // like libyaml.
    .target(
      name: "CPhotoDecode",
      cSettings: [.unsafeFlags(["-ffunction-sections"], .when(configuration: .release))],
      linkerSettings: [
        .unsafeFlags([
          "-Xlinker", "-l:libpng16.a", "-Xlinker", "-l:libjpeg.a", "-Xlinker", "-l:libexif.a",
          "-Xlinker", "-l:libz.a",
        ])
      ]),
    // PNG and JPEG files decoded into RGBA pixels, with their limits checked.
    .target(
      name: "PhotoDecoding", dependencies: ["CPhotoDecode"],
      swiftSettings: releaseSwiftSettings),
    // Chafa (Debian's libchafa-dev) with glib, linked statically: photos
    // drawn as sixel or kitty images, or as Unicode symbols in colour.
    .systemLibrary(name: "CChafa", path: "Sources/CChafa", pkgConfig: "chafa"),
    .target(
      name: "CPictures", dependencies: ["CChafa"],
      linkerSettings: [
        .unsafeFlags([
          "-Xlinker", "-l:libchafa.a", "-Xlinker", "-l:libglib-2.0.a", "-Xlinker",
          "-l:libpcre2-8.a",
        ])
      ]),
    // Photos made into pictures for the terminal, on a worker thread, kept
    // in a bounded cache.
    .target(
      name: "Pictures", dependencies: ["CPictures", "PhotoDecoding", "TerminalKit"],
      swiftSettings: releaseSwiftSettings),
    // The terminal's modes, and their async-signal-safe restoration for
    // signals and crashes.
    .target(
      name: "CTerminalGuard",
      cSettings: [.unsafeFlags(["-ffunction-sections"], .when(configuration: .release))]),
    // Display width, wrapping and sanitising of text: no dependencies at all.
    .target(name: "TextLayout", swiftSettings: releaseSwiftSettings),
    // The content model and its YAML loading; knows nothing of terminals.
    .target(
      name: "HistoryContent",
      dependencies: ["TextLayout", "CYAML"],
      swiftSettings: releaseSwiftSettings,
      linkerSettings: [.unsafeFlags(["-Xlinker", "-l:libyaml.a"])]
    ),
    // The content of Resources/*.yaml, checked and compiled in at build time.
    .target(
      name: "BuiltInContent", dependencies: ["HistoryContent"], swiftSettings: releaseSwiftSettings,
      plugins: ["EmbedContentPlugin"]),
    // A terminal toolkit that knows nothing of the app: sizes, cells,
    // styles, buffers, keys, the input decoder, the frame writer, terminfo,
    // the terminal's modes and the terminal session.
    .target(
      name: "TerminalKit", dependencies: ["CTerminfo", "CTerminalGuard", "TextLayout"],
      swiftSettings: releaseSwiftSettings),
    // AppState, Action, reduce, the keymap: pure.
    .target(
      name: "KioskCore", dependencies: ["HistoryContent", "TextLayout", "TerminalKit"],
      swiftSettings: releaseSwiftSettings),
    // Widgets and the screens, drawn into TerminalKit's buffers: pure.
    .target(
      name: "TermUI", dependencies: ["KioskCore", "TextLayout", "QRCode", "TerminalKit"],
      swiftSettings: releaseSwiftSettings),
    // The command line: its commands, options, parser and help; unit-tested.
    .target(
      name: "KioskCommandLine", dependencies: ["KioskCore", "HistoryContent", "TextLayout"],
      swiftSettings: releaseSwiftSettings),
    // The operator's log file: non-blocking open, whole lines, rotation.
    .target(name: "OperatorLog", swiftSettings: releaseSwiftSettings),
    .executableTarget(
      name: "iom-history",
      dependencies: [
        "HistoryContent", "BuiltInContent", "KioskCore", "TermUI", "TerminalKit", "TextLayout",
        "KioskCommandLine", "OperatorLog", "UsageStats", "Pictures", "PhotoDecoding",
      ],
      swiftSettings: releaseSwiftSettings,
      linkerSettings: releaseLinking
    ),
    // The login shell of the exhibition's SSH account: it runs the exhibition
    // and nothing else (Resources/deploy/ssh).
    .executableTarget(name: "iom-history-shell"),
    // What visitors look at, counted from the operator's logs: `iom-history stats`.
    .target(name: "UsageStats", swiftSettings: releaseSwiftSettings),
    // Build-time tool and plugin that compile Resources/*.yaml into the binary.
    .executableTarget(name: "embed-content", dependencies: ["HistoryContent"]),
    .plugin(
      name: "EmbedContentPlugin",
      capability: .buildTool(),
      dependencies: ["embed-content"],
      path: "Sources/EmbedContentPlugin"
    ),
    .testTarget(
      name: "TerminalKitTests",
      dependencies: ["TerminalKit", "TermUI", "TextLayout"]
    ),
    .testTarget(
      name: "HistoryContentTests",
      dependencies: ["HistoryContent", "BuiltInContent"]
    ),
    .testTarget(name: "UsageStatsTests", dependencies: ["UsageStats"]),
    .testTarget(name: "PicturesTests", dependencies: ["Pictures", "PhotoDecoding", "TerminalKit"]),
    .testTarget(
      name: "KioskCommandLineTests",
      dependencies: ["KioskCommandLine", "KioskCore", "HistoryContent"]
    ),
    .testTarget(name: "OperatorLogTests", dependencies: ["OperatorLog"]),
    .testTarget(
      name: "PhotoDecodingTests",
      dependencies: ["PhotoDecoding", "CPhotoTestImages", "HistoryContent"]),
    // Writes the PNG and JPEG files PhotoDecodingTests decode: for the tests only.
    .target(name: "CPhotoTestImages", path: "Tests/CPhotoTestImages"),
    .testTarget(
      name: "KioskCoreTests",
      dependencies: ["KioskCore", "HistoryContent", "TerminalKit"]
    ),
    .testTarget(
      name: "TermUITests",
      dependencies: [
        "TermUI", "KioskCore", "HistoryContent", "BuiltInContent", "TextLayout", "QRCode",
        "TerminalKit",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Snapshots"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
