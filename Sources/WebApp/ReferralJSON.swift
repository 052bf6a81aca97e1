import CaseModel
import Eligibility
import Checklists
import Referrals

/// A referral as the API shows it (spec section 6): the person's name, contact and languages, the
/// municipality, the gaps with their reasons and documents, state, due date and history. The file
/// number and the clerk's marker are for the office only; case management gets neither.
struct ReferralBody: Encodable {
  var id: Int64
  var fileNo: String?
  var office: String
  var municipality: String
  var state: String
  var note: String?
  var dueOn: String?
  var overdue: Bool
  var createdAt: String
  var createdBy: String
  var sentOn: String?
  var acceptedOn: String?
  var closedOn: String?
  var backFromCaseManagement: Bool?
  var version: Int
  var person: PersonBody?
  var personHidden: Bool
  var gaps: [GapBody]
  var events: [EventBody]?

  struct PersonBody: Encodable {
    var familyName: String
    var givenNames: String?
    var phone: String?
    var email: String?
    var languages: [String]
    var interpreterNeeded: Bool?
    var municipality: String?
    enum CodingKeys: String, CodingKey {
      case familyName = "family_name", givenNames = "given_names", phone, email, languages
      case interpreterNeeded = "interpreter_needed", municipality
    }
  }

  struct GapBody: Encodable {
    var rule: String
    var outcome: String
    var fix: String?
    var citation: String
    var reasonDE: String
    var reasonEN: String
    var documents: [DocumentBody]
    var closedOn: String?
    enum CodingKeys: String, CodingKey {
      case rule, outcome, fix, citation, reasonDE = "reason_de", reasonEN = "reason_en", documents, closedOn = "closed_on"
    }
  }

  struct DocumentBody: Encodable {
    var id: String
    var de: String
    var en: String
  }

  struct EventBody: Encodable {
    var at: String
    var actor: String
    var action: String
    var from: String?
    var to: String
    var note: String?
    var changes: ReferralOutcome?
  }

  enum CodingKeys: String, CodingKey {
    case id, fileNo = "file_no", office, municipality, state, note, dueOn = "due_on", overdue
    case createdAt = "created_at", createdBy = "created_by", sentOn = "sent_on", acceptedOn = "accepted_on"
    case closedOn = "closed_on", backFromCaseManagement = "back_from_case_management", version, person
    case personHidden = "person_hidden", gaps, events
  }

  init(
    _ r: Referral, for kind: ReferralParty.Kind, today: Day, documents: [String: DocumentDefinition],
    reasons: [String: ReferralReason], withEvents: Bool
  ) {
    let forOffice = kind == .office
    id = r.id
    fileNo = forOffice ? r.fileNo : nil
    office = r.office.rawValue
    municipality = r.municipality
    state = r.state.rawValue
    note = r.note
    dueOn = r.dueOn?.iso
    overdue = r.isOverdue(on: today)
    createdAt = r.createdAt
    createdBy = r.createdBy
    sentOn = r.sentOn?.iso
    acceptedOn = r.acceptedOn?.iso
    closedOn = r.closedOn?.iso
    backFromCaseManagement = forOffice ? r.awaitsClerk : nil
    version = r.version
    person = r.person.map {
      PersonBody(
        familyName: $0.familyName, givenNames: $0.givenNames, phone: $0.phone, email: $0.email, languages: $0.languages,
        interpreterNeeded: $0.interpreterNeeded, municipality: $0.municipality)
    }
    personHidden = r.person == nil
    gaps = r.gaps.map { g in
      // case management reads the plain reason, never the screening's (office knowledge)
      let plain = forOffice ? nil : CaseManagementReason.of(g.rule, reasons)
      return GapBody(
        rule: g.rule, outcome: g.outcome.rawValue, fix: g.fix?.rawValue, citation: g.citation,
        reasonDE: plain?.de ?? g.reasonDE, reasonEN: plain?.en ?? g.reasonEN,
        documents: g.documents.map { DocumentBody(id: $0, de: documents[$0]?.de ?? $0, en: documents[$0]?.en ?? $0) },
        closedOn: g.closedOn?.iso)
    }
    events = withEvents
      ? r.events.map {
        EventBody(
          at: $0.at, actor: $0.actor, action: $0.action, from: $0.fromState?.rawValue, to: $0.toState.rawValue, note: $0.note,
          changes: forOffice ? $0.changes : $0.changes.map(CaseManagementReason.withoutVerdict))
      } : nil
  }
}
