import CQRCodegen

/// A QR code, as Nayuki's QR Code generator encodes it: a square of dark
/// and light modules, without its quiet zone.
public struct QRCode: Hashable, Sendable {
  /// Modules per side.
  public let size: Int
  private let dark: [Bool]

  /// `text` encoded with the lowest error correction that the chosen
  /// version allows to raise (the library's "boost"): the smallest code,
  /// which matters on a terminal. Nil when the text is too long for any
  /// QR code.
  public init?(_ text: String) {
    let length = Int(shim_qrcodegen_buffer_len_max)
    var code = [UInt8](repeating: 0, count: length)
    var scratch = [UInt8](repeating: 0, count: length)
    let encoded = text.withCString { text in
      qrcodegen_encodeText(
        text, &scratch, &code, qrcodegen_Ecc_LOW, qrcodegen_VERSION_MIN, qrcodegen_VERSION_MAX,
        qrcodegen_Mask_AUTO, true)
    }
    guard encoded else { return nil }
    let size = Int(qrcodegen_getSize(code))
    self.size = size
    dark = (0..<(size * size)).map { qrcodegen_getModule(code, Int32($0 % size), Int32($0 / size)) }
  }

  /// Whether the module at column `x`, row `y` is dark; outside the code
  /// (the quiet zone around it) every module is light.
  public func isDark(x: Int, y: Int) -> Bool {
    guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
    return dark[y * size + x]
  }

  /// The light margin the standard asks for on every side, in modules.
  public static let quietZone = 4
}
