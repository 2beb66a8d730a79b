import Foundation
import PackagePlugin

/// Compiles the package's `Resources/*.yaml` and the source record
/// `Resources/SOURCES.md` into the `BuiltInContent` module,
/// re-running whenever one of them changes.
@main
struct EmbedContentPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let resources = context.package.directoryURL.appending(path: "Resources")
    let names = try FileManager.default.contentsOfDirectory(atPath: resources.path)
      .filter { $0.hasSuffix(".yaml") || $0 == "SOURCES.md" }
      .sorted()
    let inputs = names.map { resources.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedContent.swift")
    return [
      .buildCommand(
        displayName: "Embedding content from Resources/",
        executable: try context.tool(named: "embed-content").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
