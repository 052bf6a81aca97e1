import CaseModel
import Referrals

/// What a list row and the referral page show of a referral (`ReferralView.summary`).
struct ReferralSummary: TemplateValues {
  let id: Int64
  let fileNo: String
  let fileHref: String
  let office: String
  let municipality: String
  let state: String
  let stateKey: String
  let due: String
  let overdue: Bool
  let created: String
  let createdBy: String
  let sentOn: String
  let note: String
  let awaitsClerk: Bool
  let version: Int
  let name: String
  let rules: String

  init(_ r: Referral, today: Day, texts t: Texts, format: FactFormat, ruleName: (String) -> String = { $0 }) {
    id = r.id
    fileNo = r.fileNo
    fileHref = Links.file(r.fileNo)
    office = t.word(.office, r.office.rawValue) ?? r.office.rawValue
    municipality = r.municipality
    state = t.word(.referralState, r.state.rawValue) ?? r.state.rawValue
    stateKey = r.state.rawValue
    due = r.dueOn.map(format.day) ?? "–"
    overdue = r.isOverdue(on: today)
    created = format.iso(String(r.createdAt.prefix(10)))
    createdBy = r.createdBy
    sentOn = r.sentOn.map(format.day) ?? ""
    note = r.note ?? ""
    awaitsClerk = r.awaitsClerk
    version = r.version
    name = r.person.map(ReferralView.name) ?? ""
    rules = r.gaps.map { ruleName($0.rule) }.joined(separator: "; ")
  }
}

/// What a resolve step changed; the verdict before and after only for the office.
struct ReferralChanges: TemplateValues {
  let hasVerdict: Bool
  let before: String?
  let after: String?
  let fields: String
  let closed: String
  let open: String
  let hasFields: Bool
  let hasClosed: Bool
  let hasOpen: Bool

  init(_ c: ReferralOutcome, texts t: Texts, verdict: Bool = true, ruleName: (String) -> String = { $0 }) {
    hasVerdict = verdict
    fields = c.fields.map { FactLabels.words($0, t) }.joined(separator: ", ")
    closed = c.closedRules.map(ruleName).joined(separator: ", ")
    open = c.openRules.map(ruleName).joined(separator: ", ")
    hasFields = !c.fields.isEmpty
    hasClosed = !c.closedRules.isEmpty
    hasOpen = !c.openRules.isEmpty
    before = verdict ? c.verdictBefore.map { t.word(.group, $0) ?? $0 } ?? "–" : nil
    after = verdict ? c.verdictAfter.map { t.word(.group, $0) ?? $0 } ?? "–" : nil
  }
}
