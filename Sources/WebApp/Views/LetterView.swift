import BacklogConfig
import CaseModel
import Eligibility

/// The values of `letter.mustache`, the letter of missing documents (always German: it goes to
/// the applicant), laid out after DIN 5008 form B for a window envelope (`letter.css`): sender
/// line and address in the address field, the reference line, subject, plain text, the duty to
/// cooperate and what happens without an answer, the deadline, the office's contact from the
/// configuration.
struct LetterView: PageContent {
  static let template = "letter"

  /// Days from the letter's date to its deadline (four weeks: a reasonable deadline of
  /// § 82 Abs. 1 Satz 2 AufenthG).
  static let deadlineDays = 28

  struct Item: TemplateValues {
    let name: String
    var onlyIf = ""
  }

  let fileNo: String
  let fileHref: String
  let version: Int
  let officeName: String
  let unit: String
  let senderLine: String
  let recipientLines: [String]
  let hasAddress: Bool
  let salutation: String
  let date: String
  let received: String
  let deadline: String
  let clerk: String
  let phone: String
  let email: String
  let hours: String
  let officeStreet: String
  let officeTown: String
  let subject: String
  let duty: String
  let documents: [Item]
  let hasDocuments: Bool
  let conditional: [Item]
  let hasConditional: Bool
  let hasAnyDocument: Bool
  let points: [String]
  let hasPoints: Bool
  let nothingMissing: Bool
  let alreadyRequested: Bool
  let mayRecord: Bool
  let error: String?
  let stylesheets = ["/static/letter.css"]

  init(
    file: CaseFile, missing: MissingItems?, today: Day, office: OfficeSettings?, clerk: String,
    deadline: Day? = nil, version: Int = 0, error: String? = nil
  ) {
    documents = (missing?.documents ?? []).map { Item(name: LetterWords.document($0.id, $0.name)) }
    conditional = (missing?.conditional ?? []).map {
      Item(name: LetterWords.document($0.id, $0.name), onlyIf: LetterWords.plain($0.onlyIf ?? ""))
    }
    points = (missing?.points ?? []).map(LetterWords.plain)
    let person = file.person
    let name = [person.givenNames, person.familyName].compactMap { $0 }.joined(separator: " ")
    let defaultName = file.office == .EBH ? "Einbürgerungsbehörde" : "Ausländerbehörde"
    fileNo = file.fileNo
    fileHref = Links.file(file.fileNo)
    self.version = version
    officeName = office?.name ?? defaultName
    unit = office?.unit ?? defaultName
    senderLine = Self.senderLine(office, fallback: defaultName)
    recipientLines = Self.recipientLines(name: name, person: person)
    hasAddress = Self.isComplete(person.address)
    salutation = Self.salutation(person)
    date = today.german
    received = file.receivedOn.german
    self.deadline = (deadline ?? today.adding(days: Self.deadlineDays)).german
    self.clerk = clerk
    phone = office?.phone ?? ""
    email = office?.email ?? ""
    hours = office?.openingHours ?? ""
    officeStreet = office?.address?.street ?? ""
    officeTown = office?.address.map { $0.postalCode + " " + $0.city } ?? ""
    subject = file.office == .EBH ? "Ihr Antrag auf Einbürgerung vom \(file.receivedOn.german)"
      : "Ihr Antrag bei der Ausländerbehörde vom \(file.receivedOn.german)"
    duty = Self.duty(file.office)
    hasDocuments = !documents.isEmpty
    hasConditional = !conditional.isEmpty
    hasAnyDocument = !documents.isEmpty || !conditional.isEmpty
    hasPoints = !points.isEmpty
    nothingMissing = documents.isEmpty && conditional.isEmpty && points.isEmpty
    alreadyRequested = file.status == .documentsRequested
    // Nothing to request: the letter is a plain status letter and no "documents requested" step.
    mayRecord = !nothingMissing
      && (file.status == .documentsRequested || CaseLifecycle.allows(from: file.status, to: .documentsRequested))
    self.error = error
  }

  /// The return address above the recipient (DIN 5008: one line, small print).
  static func senderLine(_ office: OfficeSettings?, fallback: String) -> String {
    guard let office else { return fallback }
    var parts = [office.name]
    if let a = office.address { parts += [a.street, a.postalCode + " " + a.city] }
    return parts.joined(separator: " · ")
  }

  /// Name, street, postal code and town; without a recorded address the municipality at least.
  static func recipientLines(name: String, person: Person) -> [String] {
    var lines = [name]
    if let a = person.address {
      if let s = a.street, !s.isEmpty { lines.append(s) }
      let town = [a.postalCode, a.city].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
      if !town.isEmpty { lines.append(town) }
    } else if let m = person.municipality {
      lines.append(m)
    }
    return lines
  }

  static func isComplete(_ a: Address?) -> Bool {
    guard let a else { return false }
    return ![a.street, a.postalCode, a.city].contains { ($0 ?? "").isEmpty }
  }

  static func salutation(_ p: Person) -> String {
    switch p.sex {
    case .female?: return "Sehr geehrte Frau \(p.familyName),"
    case .male?: return "Sehr geehrter Herr \(p.familyName),"
    default: return "Guten Tag " + [p.givenNames, p.familyName].compactMap { $0 }.joined(separator: " ") + ","
    }
  }

  /// The legal ground of the duty to cooperate. For naturalization § 34 Satz 2 StAG (since
  /// 27.06.2024; before, § 37 Abs. 1 Satz 2 StAG) applies § 82 AufenthG accordingly.
  static func duty(_ office: Office) -> String {
    office == .EBH
      ? "§ 34 Satz 2 Staatsangehörigkeitsgesetz in Verbindung mit § 82 Absatz 1 Aufenthaltsgesetz"
      : "§ 82 Absatz 1 Aufenthaltsgesetz"
  }
}
