/// The room the content gets on the smallest screen the kiosk supports, and
/// the largest file it reads.
///
/// The widths come from KioskCore's `ScreenLayout` and TermUI's `BrowseView`
/// at 80x24. HistoryContent sits below both and must not import them, so the
/// numbers are repeated here; when the layout changes, change them too.
public enum DisplayLimits {
  /// The narrowest column running text is wrapped to: the detail pane at
  /// 80x24. The list takes max(80 / 3, 32) = 32 columns, the detail pane the
  /// other 48; its frame and one column of padding on each side leave 44.
  /// A word wider than this is broken in the middle, between two letters.
  public static let narrowestTextColumns = 44

  /// The room for a label in a list whose rows start with a year (the
  /// timeline, the captions) at 80x24: the list is min(max(80 / 3, 32), 48)
  /// = 32 columns wide, 30 inside its frame (the scroll bar is drawn on the
  /// frame's right line), less a leading space and "1951  ". A longer label
  /// is cut with "…". TermUI's tests check this against the real list.
  public static let datedListLabelColumns = 23

  /// The same for a list without years (the work areas): 30 less the
  /// leading space.
  public static let listLabelColumns = 29

  /// The longest web address, in characters: one a visitor can still copy
  /// from the screen (five lines of the narrowest column). The shipped ones
  /// are under 90. Longer ones are refused, in a text or a field of their own.
  public static let webAddressCharacters = 200

  /// The largest content file read, in bytes (5 MB). The shipped files
  /// together hold under 100 KB; anything near this is not text a curator
  /// wrote, and is refused before a YAML parser spends time and memory on it.
  public static let maximumFileBytes = 5 * 1024 * 1024

  /// The largest photo file, in bytes (10 MB): the same limit as
  /// PhotoDecoding's `PhotoDecoder.maxBytes`, checked here at start without
  /// decoding anything.
  public static let maximumPhotoBytes = 10 * 1024 * 1024
}

/// The message for a file over `DisplayLimits.maximumFileBytes`.
enum FileSize {
  /// "is 5.1 MB, more than …".
  static func tooLarge(_ bytes: Int) -> String {
    let limit = DisplayLimits.maximumFileBytes / megabyte
    return
      "is \(megabytes(bytes)) MB, more than the \(limit) MB a content file may hold — keep only the texts in it (the shipped files together are under 100 KB)"
  }

  /// The message for a photo over `DisplayLimits.maximumPhotoBytes`.
  static func tooLargePhoto(_ bytes: Int) -> String {
    let limit = DisplayLimits.maximumPhotoBytes / megabyte
    return
      "is \(megabytes(bytes)) MB, more than the \(limit) MB a photo may have — save it smaller (a screen needs far less)"
  }

  private static let megabyte = 1024 * 1024

  /// "5.1": rounded up, so that a file just over the limit does not read
  /// as being at it.
  private static func megabytes(_ bytes: Int) -> String {
    let tenths = (bytes * 10 + megabyte - 1) / megabyte
    return "\(tenths / 10).\(tenths % 10)"
  }
}
