import CaseModel

/// What one row of a list says, typed; nil where the row says nothing (an empty cell or no
/// column): an unknown fact, never "no".
public struct ListRecord: Sendable, Equatable {
  public var line: Int
  public var fileNo: String?
  public var familyName: String?
  public var givenNames: String?
  public var birthDate: Day?
  public var nationalities: [String]?
  public var receivedOn: Day?
  public var status: CaseStatus?
  /// The stage word as the list writes it (for the reason of a closing step).
  public var stageWord: String?
  public var asOf: Day?
  public var clerk: String?
  public var office: Office?
  public var route: Route?
  public var team: Team?
  public var municipality: String?
  public var phone: String?
  public var email: String?
  public var street: String?
  public var postalCode: String?
  public var city: String?
  public var decidedOn: Day?
  public var certificateHandoverOn: Day?
  public var followUpOn: Day?
  /// `person.sex` and `person.marital_status` as the contract's words (spec section 8).
  public var sex: String?
  public var maritalStatus: String?
  public var languages: [String]?
  public var interpreterNeeded: Bool?

  public init(line: Int) { self.line = line }

  /// A row with neither file number nor name (a total line, a remark under the table).
  public var isFiller: Bool { fileNo == nil && familyName == nil && givenNames == nil }
}
