/// Suggests the field a misspelt name was meant to be: `titel` → `title`.
enum FieldNames {
  /// The allowed name closest to a misspelt one, if it is close enough.
  static func nearest(to name: String, in candidates: [String]) -> String? {
    // Far longer than every candidate: no hint, and no distance table the
    // size of a pasted paragraph.
    guard name.count <= 2 * (candidates.map(\.count).max() ?? 0) else { return nil }
    let scored = candidates.map { ($0, editDistance(name.lowercased(), $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, best.0.count / 3) else {
      return nil
    }
    return best.0
  }

  /// Optimal string alignment distance: insertions, deletions, changes and
  /// swaps of neighbours ("titel" → "title") each count one.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        }
      }
    }
    return d[a.count][b.count]
  }
}
