import Crypto

/// Random secrets and their one-way hashes. Randomness comes from `SystemRandomNumberGenerator`
/// (getrandom on Linux, the system CSPRNG on Darwin).
enum Secrets {
  /// A 256-bit random token as 64 hex digits.
  static func token() -> String {
    var rng = SystemRandomNumberGenerator()
    return (0..<32).map { _ in hex(UInt8.random(in: 0...255, using: &rng)) }.joined()
  }

  /// A password a person can type: 16 characters without look-alikes (0/O, 1/l/I).
  static func password() -> String {
    let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    var rng = SystemRandomNumberGenerator()
    return String((0..<16).map { _ in alphabet.randomElement(using: &rng)! })
  }

  /// SHA-256 of a token's UTF-8 bytes as hex: what the database stores instead of the token.
  static func digest(_ token: String) -> String {
    SHA256.hash(data: Array(token.utf8)).map(hex).joined()
  }

  static func hex(_ b: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
  }
}
