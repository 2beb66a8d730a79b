import Glibc

/// What a path names, following links.
enum FileKind: Equatable {
  case directory
  case regular(size: Int)
  case other

  /// nil when nothing is there (or a link points nowhere).
  static func of(_ path: String) -> FileKind? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: return .directory
    case S_IFREG: return .regular(size: Int(info.st_size))
    default: return .other
    }
  }

  /// Whether the path itself is a symbolic link.
  static func isLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
  }
}
