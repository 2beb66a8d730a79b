/// A command line that cannot be run, with the reason in the user's terms.
/// The program prints it with the usage line and exits 64 (EX_USAGE).
public struct UsageError: Error, Equatable {
  public var message: String

  public init(message: String) { self.message = message }
}
