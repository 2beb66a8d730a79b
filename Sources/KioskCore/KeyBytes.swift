/// Keys from one read of the raw bytes a terminal sends, for the plain
/// (screen reader) mode, which has no escape delay to wait out: see
/// `InputDecoder` for the sequences it knows.
public enum KeyBytes {
  /// The keys in `bytes`, taken as all there is: a sequence cut off at the
  /// end is dropped, a lone ESC at the end is the Esc key.
  public static func decode(_ bytes: [UInt8]) -> [Key] {
    var decoder = InputDecoder()
    decoder.append(bytes)
    var keys: [Key] = []
    while let event = decoder.next() ?? decoder.finish() {
      if case .key(let key) = event { keys.append(key) }
    }
    return keys
  }
}
