/// A process exit status decided on the way, such as 65 for refused content.
struct ExitStatus: Error {
  var code: Int32
}
