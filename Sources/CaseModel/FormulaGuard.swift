/// Keeps CSV cells from running as formulas in Excel or LibreOffice (OWASP "CSV injection"): a text
/// cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading
/// `'`, which the spreadsheet shows as text. Numbers are written as numbers (`-18` stays `-18`);
/// only text cells are guarded. A text that itself begins with `'` gets one more, so reading
/// back (`unguard`) removes exactly what writing added: `+49 2241 13-0` → `'+49 2241 13-0` → the
/// same phone number again.
public enum FormulaGuard {
  /// Whether a text cell beginning with this byte is written with a leading `'`.
  @inline(__always) public static func needsGuard(_ first: UInt8) -> Bool {
    switch first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D, UInt8(ascii: "'"): return true
    default: return false
    }
  }

  /// The text as a guarded cell's bytes (without CSV quoting).
  public static func guarded(_ text: some Collection<UInt8>) -> [UInt8] {
    guard let first = text.first, needsGuard(first) else { return Array(text) }
    return [UInt8(ascii: "'")] + text
  }

  /// The text as a guarded cell (for writers that work on strings, such as the reports).
  public static func guarded(_ text: String) -> String {
    guard let first = text.utf8.first, needsGuard(first) else { return text }
    return "'" + text
  }

  /// The value of a cell read back: one leading `'` before a guarded character is removed.
  public static func unguard(_ cell: String) -> String {
    let u = cell.utf8
    guard u.first == UInt8(ascii: "'"), let second = u.dropFirst().first, needsGuard(second) else { return cell }
    return String(cell.dropFirst())
  }
}
