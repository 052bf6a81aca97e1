import CaseModel
import CaseStore
import Hummingbird
import Referrals

/// Who may see what, in one place (spec section 6): EBH clerks work on EBH files, ABH clerks on
/// ABH files; management sees aggregates only; the admin sees users and the audit log; case
/// managers see the referrals sent to their municipalities, and of those only what a referral carries. A file of another office
/// answers 404, so its existence stays private.
public struct AccessPolicy: Sendable {
  public init() {}

  /// The office whose files a role works on, if any.
  public func office(of role: Role) -> Office? {
    switch role {
    case .ebhClerk: return .EBH
    case .abhClerk: return .ABH
    case .caseManager, .management, .admin: return nil
    }
  }

  /// The signed-in user, or 401.
  public func signedIn(_ context: AppRequestContext) throws -> Account {
    guard let account = context.identity else { throw AppError(.unauthorized, "login required") }
    return account
  }

  /// A clerk and the office they work for; 401 without login, 403 for any other role.
  public func clerk(_ context: AppRequestContext) throws -> (Account, Office) {
    let account = try signedIn(context)
    guard let office = office(of: account.role) else {
      throw AppError(.forbidden, "only clerks of the EBH or ABH may see case files")
    }
    return (account, office)
  }

  /// The admin; 401 without login, 403 for any other role.
  public func admin(_ context: AppRequestContext) throws -> Account {
    let account = try signedIn(context)
    guard account.role == .admin else { throw AppError(.forbidden, "only administrators may see this") }
    return account
  }

  /// Management or the admin, for the reports (aggregates only); 401 without login, 403 for any
  /// other role.
  public func management(_ context: AppRequestContext) throws -> Account {
    let account = try signedIn(context)
    guard account.role == .management || account.role == .admin else {
      throw AppError(.forbidden, "only management and administrators may see the reports")
    }
    return account
  }

  /// Lets a clerk reach one file: 404 if it does not exist or belongs to the other office.
  public func file(_ fileNo: String, storedIn office: Office?, for clerkOffice: Office) throws {
    guard office == clerkOffice else { throw AppError(.notFound, "no file \(fileNo)") }
  }

  /// Who acts on referrals: a clerk for the office, or a case manager for their municipalities;
  /// 401 without login, 403 for management and admin. Which referral a party reaches is decided
  /// by `ReferralParty.reaches` (the store checks it inside its transaction).
  public func referralParty(_ context: AppRequestContext) throws -> ReferralParty {
    let account = try signedIn(context)
    if let office = office(of: account.role) { return .clerk(actor(account), office: office) }
    guard account.role == .caseManager else {
      throw AppError(.forbidden, "only clerks and case managers may see referrals")
    }
    return .caseManager(actor(account), municipalities: account.municipalities)
  }

  /// The audit actor name of an account.
  public func actor(_ account: Account) -> String { account.name }
}
