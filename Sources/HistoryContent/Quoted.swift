import TextLayout

/// Curator input echoed in a message, made safe to print.
///
/// Messages go to a terminal, and the value being complained about may be
/// the very escape sequence the check refuses: what a terminal would act
/// on, line breaks too, is written out (`Visible`), and it is cut short so
/// that one message stays one line.
enum Quoted {
  /// `` `value` ``, made visible and cut to `columns`.
  static func value(_ text: String, columns: Int = 30) -> String {
    "`" + Wrap.truncate(Visible.text(text), width: columns) + "`"
  }
}
