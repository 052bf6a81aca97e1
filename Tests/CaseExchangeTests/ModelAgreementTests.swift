import CaseExchange
import CaseModel
import Foundation
import Testing

@Suite("The hand-written JSON and the Codable model agree")
struct ModelAgreementTests {
  static func day(_ s: String) -> Day { Day(iso: s)! }

  /// A file with every fact of the contract recorded.
  static var full: CaseFile {
    var f = CaseFile(
      fileNo: "EBH-9", office: .EBH, receivedOn: day("2024-01-02"), status: .granted,
      person: Person(familyName: "Öz \"Q\"", givenNames: "Ada\nB", birthDate: day("1990-02-28")))
    f.route = .stag10
    f.history = [StatusChange(at: day("2024-01-02"), status: .received, by: "x", reason: "Antrag"), StatusChange(at: day("2024-05-02"), status: .granted, by: "y", reason: "Einbürgert; Urkunde \"A\";\nübergeben")]
    f.team = .kim
    f.clerk = "k.clerk"
    f.decidedOn = day("2024-05-02")
    f.certificateHandoverOn = day("2024-06-01")
    f.person.nationalities = ["SYR", "TUR"]
    f.person.municipality = "Siegburg"
    f.person.phone = "+49 2241 0"
    f.person.email = "a@example.org"
    f.person.languages = ["ar", "de"]
    f.person.interpreterNeeded = true
    f.person.address = Address(street: "Kaiserstraße 1; Hinterhaus", postalCode: "53721", city: "Siegburg")
    f.person.sex = .diverse
    f.person.maritalStatus = .civilPartnershipDissolved
    f.related = [RelatedFile(fileNo: "EBH-10", relation: .spouse, coApplication: true)]
    f.stays = [Stay(from: day("2015-01-01"), to: day("2016-01-01"), status: .gestattung, basis: "AsylG-55", gapCause: .lateRenewal)]
    f.absences = [Absence(from: day("2020-01-01"), to: day("2020-02-01"), reason: .importantReason, returnedWithinSetPeriod: true)]
    f.protection = .refugee
    var identity = Identity()
    identity.passportValid = false
    identity.evidenceLevel = 2
    identity.passportObtainable = .unreasonable
    identity.deception = .past
    identity.deceptionCausedDuldung = false
    identity.efforts = [IdentityEffort(on: day("2023-01-01"), action: "consulate")]
    f.identity = identity
    var german = German(level: .B1, proof: .certificate, on: day("2022-01-01"))
    german.oralOnly = false
    german.ageAppropriate = true
    f.german = german
    f.civics = Civics(passed: true, proof: .lid, on: day("2022-02-02"))
    f.declarations = Declarations(fdgoSignedOn: day("2024-01-02"), historySignedOn: day("2024-01-03"))
    var l = Livelihood()
    l.benefitsSgb2Sgb12 = true
    l.fulltimeNow = true
    l.fulltimeMonthsLast24 = 20
    l.notAtFault = true
    l.incomeMonthly = 1850.5
    l.needMonthly = 1200
    l.inEducation = false
    l.singleParent = true
    l.carer = false
    f.livelihood = l
    f.guestWorkerEntry = GuestWorkerEntry(kind: .spouse, on: day("1970-05-05"))
    var c = Conviction(on: day("2019-03-03"), kind: .fine)
    c.dailyRates = 30
    c.months = 1.5
    c.suspended = true
    c.remitted = true
    c.hateMotive = false
    c.foreignerOnlyOffence = true
    c.erasableOn = day("2024-03-03")
    f.convictions = [c]
    f.pendingInvestigation = false
    f.securityCheck = .clear
    f.spousesCount = 1
    var h = Household()
    h.minorChildren = 2
    h.childrenSchoolAttendanceProven = true
    h.spouseOfFulltimeWorker = false
    h.ownDwelling = true
    h.children = [Child(birthDate: day("2012-02-29")), Child(birthDate: day("2019-07-01"))]
    f.household = h
    var w = Waivers()
    w.illnessDisabilityAge = false
    w.languageHardship = true
    f.waivers = w
    var s = School()
    s.yearsAttendedInGermany = 3.5
    s.qualification = true
    f.school = s
    f.marriedToGermanSince = day("2021-01-01")
    f.specialIntegration = true
    f.permit104c = Period(from: day("2023-01-01"), to: day("2024-07-01"))
    f.followupApplicationOn = day("2024-06-01")
    f.documents = [DocumentRecord(id: "D03", status: .provided, on: day("2024-01-02"), validUntil: day("2030-01-01"))]
    f.consents = [Consent(scope: .caseManagementReferral, givenOn: day("2024-01-02"), withdrawnOn: day("2024-02-02"), formVersion: "DSE-KIM 2024-03", recordedBy: "m.schmitz")]
    f.sperrfristUntil = day("2030-01-01")
    f.followUpOn = day("2024-07-07")
    return f
  }

  /// Paths of optional properties that are nil, anywhere in a value.
  static func nilPaths(_ value: Any, path: String = "") -> [String] {
    var out: [String] = []
    for child in Mirror(reflecting: value).children {
      let p = path + "." + (child.label ?? "?")
      let m = Mirror(reflecting: child.value)
      if m.displayStyle == .optional {
        guard let unwrapped = m.children.first?.value else {
          out.append(p)
          continue
        }
        out += nilPaths(unwrapped, path: p)
      } else if m.displayStyle == .struct || m.displayStyle == .collection {
        out += nilPaths(child.value, path: p)
      }
    }
    return out
  }

  @Test("the fixture records every fact, so a field missing from the hand-written JSON is caught")
  func fixtureIsComplete() {
    #expect(Self.nilPaths(Self.full) == [])
  }

  @Test("what Codable writes, the hand-written reader reads back identically")
  func codableToReader() throws {
    let data = try JSONEncoder().encode(Self.full)
    let (file, issues) = CaseFileReader.decode(
      try JSONParser.parse(String(decoding: data, as: UTF8.self)), textScalars: false,
      at: SourceLocation(file: "t", line: 1))
    #expect(issues == [])
    #expect(file == Self.full)
  }

  @Test("what the hand-written writer writes, Codable reads back identically")
  func writerToCodable() throws {
    let text = CaseFileWriter().canonicalJSON(Self.full)
    #expect(try JSONDecoder().decode(CaseFile.self, from: Data(text.utf8)) == Self.full)
  }

  @Test("every CSV column of the main file and of the group files is written for a full file")
  func csvWritesEveryColumn() throws {
    let files = try CaseFileWriter().csvFiles([Self.full])
    let main = try #require(files.first { $0.name == "cases.csv" }?.content)
    let lines = main.split(whereSeparator: \.isNewline)
    let header = lines[0].replacingOccurrences(of: "\u{FEFF}", with: "").split(separator: ";", omittingEmptySubsequences: false)
    #expect(header.map(String.init) == CSVLayout.caseColumns)
    for column in ["person.address.street", "person.sex", "person.marital_status", "german.age_appropriate", "household.children"] {
      #expect(CSVLayout.caseColumns.contains(column), "\(column)")
    }
    let children = try #require(files.first { $0.name == "children.csv" }?.content)
    #expect(children.contains("2012-02-29") && children.contains("2019-07-01"))
    let absences = try #require(files.first { $0.name == "absences.csv" }?.content)
    #expect(absences.contains("important_reason") && absences.contains("returned_within_set_period"))
  }

  @Test("an unknown value of a new enum is rejected with the allowed values")
  func newEnumsAreClosed() throws {
    var text = CaseFileWriter().canonicalJSON(Self.full)
    text = text.replacingOccurrences(of: "\"late_renewal\"", with: "\"late\"")
    let (file, issues) = CaseFileReader.decode(try JSONParser.parse(text), textScalars: false, at: SourceLocation(file: "t", line: 1))
    #expect(file == nil)
    #expect(issues.first?.field == "stays[0].gap_cause")
    #expect(issues.first?.reason.english.contains("late_renewal, other") == true)
  }

  @Test("a reason of a status change longer than the bound is refused, naming the field")
  func reasonIsBounded() {
    var f = Self.full
    f.history?[1].reason = String(repeating: "x", count: CaseFile.maxReasonLength + 1)
    #expect(f.validate().map(\.path) == ["history[1].reason"])
    f.history?[1].reason = String(repeating: "ä", count: CaseFile.maxReasonLength)
    #expect(f.validate() == [])
  }

  @Test("a fully populated file survives the CSV layout")
  func csvKeepsEverything() throws {
    let dir = Fixtures.temporaryDirectory()
    let paths = try CaseFileWriter().csvFiles([Self.full]).map { Fixtures.write($0.content, $0.name, in: dir) }
    let batch = CaseFileReader().read(paths: paths)
    #expect(batch.issues == [])
    #expect(batch.files.first?.file == Self.full)
  }
}
