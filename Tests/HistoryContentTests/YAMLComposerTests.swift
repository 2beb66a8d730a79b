import Testing

@testable import HistoryContent

/// The YAML layer on its own: libyaml's events composed into a tree that
/// keeps every place, and every way a file can fail named without a crash.
@Suite struct YAMLComposerTests {
  func compose(_ text: String) -> Result<YAMLNode?, YAMLError> {
    Result { () throws(YAMLError) in try YAMLComposer.compose(text) }
  }

  @Test func everyValueStaysTextAndKeepsItsPlace() throws {
    let root = try #require(try YAMLComposer.compose("year: 1954\nlist:\n  - yes\n  - 1.5\n"))
    let map = try #require(root.mapping)
    #expect(map["year"]?.scalar?.string == "1954")
    #expect(map["year"]?.mark == YAMLMark(line: 1, column: 7))
    let items = try #require(map["list"]?.sequence?.items)
    #expect(items.map { $0.scalar?.string } == ["yes", "1.5"])
    #expect(items.map(\.mark) == [YAMLMark(line: 3, column: 5), YAMLMark(line: 4, column: 5)])
    #expect(map["missing"] == nil)
  }

  @Test func anEmptyFileOrOnlyCommentsHoldsNoDocument() throws {
    #expect(try YAMLComposer.compose("") == nil)
    #expect(try YAMLComposer.compose("# nothing yet\n") == nil)
  }

  @Test func anAliasStandsForItsAnchor() throws {
    let root = try #require(try YAMLComposer.compose("a: &x hello\nb: *x\n"))
    #expect(root.mapping?["b"]?.scalar?.string == "hello")
  }

  @Test func anUndefinedAliasIsAnError() {
    guard case .failure(.syntax(let problem, _, let mark)) = compose("a: *nowhere\n") else {
      Issue.record("an undefined alias composed")
      return
    }
    #expect(problem == "found undefined alias")
    #expect(mark == YAMLMark(line: 1, column: 4))
  }

  @Test func aRepeatedFieldIsNamedAtItsFirstPlace() {
    let result = compose("b: 1\na: 2\nb: 3\na: 4\n")
    guard case .failure(let error) = result else {
      Issue.record("repeated fields composed")
      return
    }
    #expect(error == .duplicateKeys(["a", "b"], mark: YAMLMark(line: 2, column: 1)))
  }

  @Test func aSecondDocumentIsRefused() {
    guard case .failure(let error) = compose("a: 1\n---\nb: 2\n") else {
      Issue.record("two documents composed")
      return
    }
    #expect(error == .secondDocument(mark: YAMLMark(line: 2, column: 1)))
  }

  /// A hostile file nested thousands of levels deep gives an error, not a
  /// stack overflow.
  @Test func deepNestingIsAnErrorNotACrash() {
    let depth = 100_000
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    guard case .failure(.tooDeep) = compose(text) else {
      Issue.record("deep nesting was not refused")
      return
    }
  }

  @Test func aControlCharacterIsAReaderErrorAtItsByte() {
    guard case .failure(.reader(_, let offset)) = compose("a: ä\u{1B}b\n") else {
      Issue.record("ESC was accepted")
      return
    }
    #expect(offset == 5)
  }
}
