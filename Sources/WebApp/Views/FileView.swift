import Foundation
import CaseExchange
import CaseModel
import CaseStore

/// The values of `file.mustache`: facts grouped for reading, documents, screenings, the history
/// as a timeline, and the edit forms with errors next to their fields (`FileForm`).
struct FileView: PageContent {
  static let template = "file"

  enum State {
    case plain, saved
    /// Someone else saved first; the values this clerk entered, to enter again.
    case conflict([String: String])
    case invalid([FieldError], [String: String])
  }

  struct Document: TemplateValues {
    let id: String
    let name: String
    let status: String
    let statusLabel: String
    let on: String
    let validUntil: String
    let expired: Bool
  }

  struct Step: TemplateValues {
    let at: String
    let status: String
    let by: String?
    let reason: String?
  }

  struct Screening: TemplateValues {
    let route: String
    let verdict: String
    let verdictKey: String
    let asOf: String
    let eligibleOn: String
    let hasEligibleOn: Bool
    let decidedLaw: Bool
    let ruleset: String
    let eligibleUntil: String
    let findings: [FindingRow]
  }

  struct Note: TemplateValues {
    let at: String
    let author: String
    let text: String
  }

  /// After a lost race: what this clerk entered and what someone else changed meanwhile.
  struct Rejected: TemplateValues {
    let lines: [String]
    let others: [String]
    let hasOthers: Bool
  }

  let title: String
  let fileNo: String
  let fileHref: String
  let name: String
  let office: String
  let stage: String
  let route: String?
  let received: String
  let version: Int
  let pastThreeMonths: Bool
  let groups: [FactGroups.Group]
  let documents: [Document]
  let hasDocuments: Bool
  let history: [Step]
  let hasHistory: Bool
  let screenings: [Screening]
  let hasScreenings: Bool
  let form: FileForm
  let transitions: [Choice]
  let closings: [Choice]
  let hasClosings: Bool
  let hasTransitions: Bool
  let isClosed: Bool
  let message: PageMessage?
  let notes: [Note]
  let hasNotes: Bool
  let rejected: Rejected?
  let generalError: String?
  /// The case-management part (`file_referrals.mustache`).
  var cm: FileReferralsView?

  /// `documentNames`: the evidence of `documents.yaml` by id, named in the user's language.
  init(
    stored: VersionedCaseFile, screenings: [ShownScreening], notes: [FileNote], today: Day, language: Language,
    state: State, documentNames: [String: String] = [:]
  ) {
    let t = Texts.of(language)
    let file = stored.file
    let format = FactFormat(t)
    title = file.fileNo + " – " + file.person.familyName
    documents = (file.documents ?? []).map { d in
      Document(
        id: d.id, name: documentNames[d.id].map { d.id + " – " + $0 } ?? d.id, status: d.status.rawValue,
        statusLabel: t.word(.docStatus, d.status.rawValue) ?? d.status.rawValue, on: d.on.map(format.day) ?? "",
        validUntil: d.validUntil.map(format.day) ?? "",
        expired: d.status == .expired || (d.validUntil.map { $0 < today } ?? false))
    }
    history = (file.history ?? []).reversed().map { h in
      Step(at: format.day(h.at), status: t.word(.status, h.status.rawValue) ?? h.status.rawValue, by: h.by, reason: h.reason)
    }
    self.screenings = screenings.map { s in
      Screening(
        route: t.word(.route, s.route) ?? s.route, verdict: t.word(.group, s.verdict) ?? s.verdict, verdictKey: s.verdict,
        asOf: format.iso(s.asOf), eligibleOn: s.eligibleOn.map(format.iso) ?? "", hasEligibleOn: s.eligibleOn != nil,
        decidedLaw: file.decisionDay.map { $0.iso == s.asOf } ?? false,
        ruleset: s.rulesetVersion, eligibleUntil: s.eligibleUntil.map(format.iso) ?? "",
        findings: Self.findingRows(s.findings, format: format, documentNames: documentNames))
    }
    let saved = FileForm.saved(file)
    var values = saved
    // A stored date can be removed only on purpose: its "Datum entfernen" box shows when there is one.
    for field in FactsForm.dateFields where !(saved[field] ?? "").isEmpty { values["stored_" + field] = "1" }
    var errors: [String: String] = [:]
    var message: PageMessage?
    var rejected: [String] = []
    var others: [String] = []
    switch state {
    case .plain: break
    case .saved: message = PageMessage(kind: "ok", text: t[.saved])
    case .conflict(let entered):
      message = PageMessage(kind: "error", text: t[.conflict])
      let merge = ConflictMerge(entered: entered, current: saved)
      rejected = merge.mine.map { merge.line($0, entered[$0] ?? "", format) }
      others = merge.theirs.map { merge.line($0, saved[$0] ?? "", format) }
      for field in merge.mine { values[field] = entered[field] }
    case .invalid(let list, let entered):
      message = PageMessage(kind: "error", text: t[.invalid])
      // Everything typed comes back; a date left blank still shows the stored date it keeps.
      values.merge(entered.filter { field, value in
        (!value.isEmpty || values[field] != nil) && !(value.isEmpty && FactsForm.dateFields.contains(field))
      }) { $1 }
      for e in list { if let field = FieldErrorWording.formField(e.path) { errors[field] = ServerMessages.reason(e.reason, t) } }
      errors["general"] = list.filter { FieldErrorWording.formField($0.path) == nil }.map { ServerMessages.text($0, t) }.joined(separator: "; ")
    }
    self.message = message
    self.rejected = rejected.isEmpty && others.isEmpty ? nil : Rejected(lines: rejected, others: others, hasOthers: !others.isEmpty)
    generalError = errors["general"].flatMap { $0.isEmpty ? nil : $0 }
    fileNo = file.fileNo
    fileHref = Links.file(file.fileNo)
    name = file.person.familyName + (file.person.givenNames.map { ", " + $0 } ?? "")
    office = t.word(.office, file.office.rawValue) ?? ""
    stage = t.word(.status, file.status.rawValue) ?? ""
    route = file.route.map { t.word(.route, $0.rawValue) ?? $0.rawValue }
    received = format.day(file.receivedOn)
    version = stored.version
    pastThreeMonths = !file.status.isClosed && file.receivedOn <= today.adding(months: -3)
    groups = FactGroups.make(file, format: format)
    hasDocuments = !documents.isEmpty
    hasHistory = !history.isEmpty
    hasScreenings = !self.screenings.isEmpty
    form = FileForm(values: values, errors: errors, saved: saved, texts: t, documents: documentNames)
    let steps = CaseLifecycle.next(from: file.status)
    transitions = steps.filter { !$0.isClosed }.map { Choice(value: $0.rawValue, label: t.word(.status, $0.rawValue) ?? $0.rawValue) }
    closings = steps.filter(\.isClosed).map {
      Choice(value: $0.rawValue, label: t.word(.status, $0.rawValue) ?? $0.rawValue, selected: values["close_to"] == $0.rawValue)
    }
    hasClosings = steps.contains(where: \.isClosed)
    hasTransitions = !steps.isEmpty
    isClosed = file.status.isClosed
    self.notes = notes.map { Note(at: format.time($0.at), author: $0.author, text: $0.text) }
    hasNotes = !notes.isEmpty
  }
}
