import CaseModel
import Testing

/// Issue 11 point 15, input side: event and proof dates after today are refused, validity dates
/// are not; today itself is allowed. Point 4's contract check on suspended/remitted.
@Suite("Future event dates refused as input")
struct FutureDatesTests {
  static let today = Day(iso: "2026-11-24")!
  static let tomorrow = Day(iso: "2026-11-25")!

  static func file(_ day: Day) -> CaseFile {
    var f = CaseFile(fileNo: "EBH-1", office: .EBH, receivedOn: day, status: .received, person: Person(familyName: "X", birthDate: day))
    f.decidedOn = day
    f.certificateHandoverOn = day
    f.history = [StatusChange(at: day, status: .received)]
    f.stays = [Stay(from: day, status: .residencePermit)]
    f.absences = [Absence(from: day, to: day)]
    var identity = Identity()
    identity.efforts = [IdentityEffort(on: day, action: "embassy")]
    f.identity = identity
    f.german = German(level: .B1, proof: .certificate, on: day)
    f.civics = Civics(passed: true, proof: .einbuergerungstest, on: day)
    f.declarations = Declarations(fdgoSignedOn: day, historySignedOn: day)
    f.guestWorkerEntry = GuestWorkerEntry(kind: .recruitment, on: day)
    f.convictions = [Conviction(on: day, kind: .fine)]
    var household = Household()
    household.children = [Child(birthDate: day)]
    f.household = household
    f.marriedToGermanSince = day
    f.permit104c = Period(from: day, to: day.adding(months: 18))
    f.followupApplicationOn = day
    f.documents = [DocumentRecord(id: "D03", status: .provided, on: day, validUntil: day.adding(years: 10))]
    f.consents = [Consent(scope: .caseManagementReferral, givenOn: day, withdrawnOn: day)]
    return f
  }

  static let eventFields = [
    "received_on", "decided_on", "certificate_handover_on", "person.birth_date", "history[0].at", "stays[0].from",
    "absences[0].from", "absences[0].to", "identity.efforts[0].on", "german.on", "civics.on",
    "declarations.fdgo_signed_on", "declarations.history_signed_on", "guest_worker_entry.on", "convictions[0].on",
    "household.children[0].birth_date", "married_to_german_since", "permit_104c.from", "followup_application_on",
    "documents[0].on", "consents[0].given_on", "consents[0].withdrawn_on",
  ]

  @Test("every event or proof date on today is allowed, on tomorrow refused with its field named")
  func boundary() {
    #expect(Self.file(Self.today).futureDateErrors(today: Self.today).isEmpty)
    let errors = Self.file(Self.tomorrow).futureDateErrors(today: Self.today)
    #expect(errors.map(\.path) == Self.eventFields)
    #expect(errors.allSatisfy { $0.reason.english.hasPrefix("lies after today") && $0.reason.english.contains("2026-11-25") })
  }

  @Test("validity and planning dates may lie ahead: stays[].to, permit_104c.to, valid_until, erasable_on, bar, follow-up")
  func validityDates() {
    var f = Self.file(Self.today)
    let later = Day(iso: "2031-01-01")!
    f.stays = [Stay(from: Self.today, to: later, status: .residencePermit)]
    f.permit104c = Period(from: Self.today, to: later)
    f.documents = [DocumentRecord(id: "D03", status: .provided, on: Self.today, validUntil: later)]
    var c = Conviction(on: Self.today, kind: .fine)
    c.erasableOn = later
    f.convictions = [c]
    f.sperrfristUntil = later
    f.followUpOn = later
    #expect(f.futureDateErrors(today: Self.today).isEmpty)
    #expect(f.validate().isEmpty)
  }

  @Test("a save refuses only future dates it adds or changes; one already stored stays")
  func comparedWithStored() {
    var stored = Self.file(Self.today)
    stored.german?.on = Self.tomorrow  // stored before the check existed
    var edited = stored
    edited.clerk = "m.schmitz"
    #expect(edited.futureDateErrors(today: Self.today, comparedTo: stored).isEmpty)
    edited.civics?.on = Self.tomorrow
    #expect(edited.futureDateErrors(today: Self.today, comparedTo: stored).map(\.path) == ["civics.on"])
    // A document added in front keeps the stored one's future date unrefused.
    stored.documents = [DocumentRecord(id: "D03", status: .provided, on: Self.tomorrow)]
    edited = stored
    edited.documents = [DocumentRecord(id: "D05", status: .provided, on: Self.today)] + (stored.documents ?? [])
    #expect(edited.futureDateErrors(today: Self.today, comparedTo: stored).isEmpty)
    #expect(edited.futureDateErrors(today: Self.today, comparedTo: nil).map(\.path).contains("documents[1].on"))
  }

  @Test("remitted: true contradicts suspended: false (a remitted sentence was suspended)")
  func suspendedRemitted() {
    var f = Self.file(Self.today)
    var c = Conviction(on: Self.today, kind: .youthPrison)
    c.months = 12
    c.suspended = false
    c.remitted = true
    f.convictions = [c]
    #expect(f.validate().map(\.path) == ["convictions[0].suspended"])
    f.convictions?[0].suspended = true
    #expect(f.validate().isEmpty)
  }
}
