/// The roles of spec section 6. What each role may see is decided in one place, the web app's
/// access policy; the store only records the role.
public enum Role: String, Sendable, CaseIterable, Codable {
  case ebhClerk = "ebh-clerk"
  case abhClerk = "abh-clerk"
  case caseManager = "case-manager"
  case management
  case admin
}

/// A user as the application sees it after authentication: no secrets.
public struct Account: Sendable, Equatable, Codable {
  public var id: Int64
  public var name: String
  public var role: Role
  /// The municipalities a case manager works for; empty for other roles.
  public var municipalities: [String]
  public var mustChangePassword: Bool
  /// An administrator locked the account (`backlog user lock`): no login, session or token.
  public var disabled = false

  public init(id: Int64, name: String, role: Role, municipalities: [String] = [], mustChangePassword: Bool = false) {
    self.id = id
    self.name = name
    self.role = role
    self.municipalities = municipalities
    self.mustChangePassword = mustChangePassword
  }
}

/// A new user with the secrets shown exactly once.
public struct NewAccount: Sendable {
  public var account: Account
  public var password: String
  public var apiToken: String
}

/// The outcome of a login attempt.
public enum LoginResult: Sendable, Equatable {
  case success(Account)
  /// Wrong name or password (deliberately not saying which).
  case rejected
  /// Too many failed attempts: no login, not even with the right password, until this time.
  case locked(until: String)
}

public enum AccountError: Error, Sendable, Equatable, CustomStringConvertible {
  case nameTaken(String)
  case invalidName(String)
  case municipalityRequired
  case unknownUser(String)
  /// The current password given with a change was wrong.
  case wrongPassword
  case weakPassword(PasswordProblem)

  public var description: String {
    switch self {
    case .nameTaken(let n): return "a user named \(n) exists already"
    case .invalidName(let n): return "\"\(n)\" is not a valid user name (letters, digits, . _ -; at most 64)"
    case .municipalityRequired: return "a case manager needs at least one --municipality"
    case .unknownUser(let n): return "no user named \(n)"
    case .wrongPassword: return "the current password is wrong"
    case .weakPassword(let p): return p.description
    }
  }
}
