/// How much a problem matters.
///
/// An error refuses the whole content directory. A warning points at
/// something allowed but probably unintended; the content still loads.
public enum ContentSeverity: String, Hashable, Sendable {
  case error
  case warning
}

/// Something wrong in a content file, located precisely enough for a curator
/// to find it: file, line, column and the path of the field.
public struct ContentProblem: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var field: String
  public var message: String
  public var severity: ContentSeverity

  public init(
    file: String, line: Int, column: Int, field: String, message: String,
    severity: ContentSeverity = .error
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.field = field
    self.message = message
    self.severity = severity
  }

  public var isError: Bool { severity == .error }

  /// `file:line:column: field: message`, the form compilers use, so that
  /// editors can jump to it. Warnings say so right after the place, as
  /// compilers do, so that they stand apart from the errors. The file
  /// name, the field's keys and the values quoted come from the curator:
  /// what a terminal would act on in them is written out (`Visible`).
  public var description: String {
    // Line 0: the problem is with the file as a whole, not a place in it.
    var parts = [line > 0 ? "\(file):\(line):\(column)" : file]
    if severity == .warning { parts.append("warning") }
    if !field.isEmpty { parts.append(field) }
    parts.append(message)
    return Visible.text(parts.joined(separator: ": "))
  }
}

/// All the errors found in a content directory; loading is all or nothing.
public struct ContentErrors: Error, Sendable, CustomStringConvertible {
  public var problems: [ContentProblem]
  public init(_ problems: [ContentProblem]) { self.problems = problems }

  public var description: String {
    let count = problems.count
    let lines = problems.map(\.description)
    return (lines + ["\(count) problem\(count == 1 ? "" : "s") in the content."])
      .joined(separator: "\n")
  }
}
