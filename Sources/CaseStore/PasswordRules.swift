/// The rules a password chosen by a user must meet: at least 12 characters and not a trivial
/// one (one character repeated, the user's name, a password from a short list of the most common
/// ones, also with digits or punctuation added). Passwords the system makes (one-time passwords,
/// API tokens) are random and not checked here.
public enum PasswordRules {
  public static let minimumLength = 12

  /// Why a password is refused, in English (the web page shows its own words), or nil.
  public static func problem(_ password: String, userName: String) -> PasswordProblem? {
    if password.count < minimumLength { return .tooShort }
    if Set(password).count == 1 { return .repeated }
    let lower = password.lowercased()
    let name = userName.lowercased()
    if name.count >= 3, lower.contains(name) { return .containsName }
    let core = String(lower.unicodeScalars.filter { !("0"..."9").contains($0) && !"!?.,-_#*+@$%&/ ".unicodeScalars.contains($0) })
    if common.contains(lower) || common.contains(core) || Self.isSequence(lower) { return .common }
    return nil
  }

  /// `123456789012`, `abcdefghijkl`, `qwertzuiopü`: a run along digits, the alphabet or a keyboard row.
  static func isSequence(_ s: String) -> Bool {
    let rows = ["0123456789012345678901234567890", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
                "qwertzuiopüasdfghjklöäyxcvbnm", "qwertyuiopasdfghjklzxcvbnm", "09876543210987654321098765432109"]
    return rows.contains { $0.contains(s) }
  }

  /// The most common passwords and their German favourites, lower case, without digits and
  /// punctuation (so `Passwort123!` is caught as `passwort`).
  static let common: Set<String> = [
    "", "password", "passwort", "passwortpasswort", "passwordpassword", "qwertz", "qwerty", "qwertzuiop", "qwertyuiop",
    "asdfgh", "asdfghjkl", "yxcvbnm", "zxcvbnm", "iloveyou", "ichliebedich", "hallo", "hallohallo", "hallo welt",
    "halloweltt", "welcome", "willkommen", "letmein", "admin", "administrator", "geheim", "geheimgeheim", "sommer",
    "winter", "fruehling", "frühling", "herbst", "fussball", "fußball", "schalke", "borussia", "dortmund", "bayern",
    "bayernmuenchen", "deutschland", "berlin", "hamburg", "koeln", "köln", "siegburg", "monkey", "dragon", "master",
    "sunshine", "princess", "football", "baseball", "starwars", "trustno", "changeme", "changeit", "test", "testtest",
    "abc", "abcabc", "einbuergerung", "einbürgerung", "auslaenderbehoerde", "ausländerbehörde", "behoerde", "behörde",
    "kreis", "rathaus", "backlog", "januar", "februar", "maerz", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember", "qwerasdf", "passw", "kennwort", "kennwortkennwort",
  ]
}

public enum PasswordProblem: Error, Sendable, Equatable, CustomStringConvertible {
  case tooShort, repeated, containsName, common

  public var description: String {
    switch self {
    case .tooShort: return "the password needs at least \(PasswordRules.minimumLength) characters"
    case .repeated: return "the password must not be one character repeated"
    case .containsName: return "the password must not contain the user name"
    case .common: return "the password is too common or a simple sequence"
    }
  }
}
