import CaseModel
import Checklists
import Eligibility
import OfficeLists
import Referrals

/// The values of `referral.mustache` (and, through `ReferralSheetView`, of the handover sheet):
/// the person as far as the reader may see them, the gaps with reasons and documents, the history
/// with what changed, and the steps the reader may take.
struct ReferralView: PageContent {
  static let template = "referral"

  struct Person: TemplateValues {
    let name: String
    let phone: String
    let email: String
    let languages: String
    let interpreter: String
    let interpreterNeeded: Bool
    let municipality: String
  }

  struct Named: TemplateValues {
    let id: String
    let name: String
  }

  struct Gap: TemplateValues {
    let rule: String
    let reason: String
    let citation: String
    let title: String
    /// The gap in one line for the person (the handover sheet).
    let plain: String
    let documents: [Named]
    let hasDocuments: Bool
    let closed: Bool
    let closedOn: String
  }

  struct Event: TemplateValues {
    let at: String
    let actor: String
    let action: String
    let to: String
    let note: String
    let changes: ReferralChanges?
  }

  struct Action: TemplateValues {
    let action: String
    let label: String
    var noteLabel = ""
  }

  let title: String
  /// The summary's values (`{{id}}`, `{{due}}`, …) as the page's own.
  let summary: Inline<ReferralSummary>
  // the page's own
  let forOffice: Bool
  let unproven: Unproven?
  let outcome: Outcome?
  let person: Person?
  let personHidden: Bool
  let gaps: [Gap]
  let events: [Event]
  let hasActions: Bool
  let hasSimpleActions: Bool
  let simpleActions: [Action]
  let noteActions: [Action]
  let resolve: ResolveForm?
  let message: PageMessage?
  let hasErrors: Bool
  let errors: [String]
  let today: String
  let dueOn: String?

  init(
    _ r: Referral, kind: ReferralParty.Kind, engine: ScreeningEngine?, today: Day, language: Language,
    message: (kind: String, text: String)? = nil, errors: [FieldError] = [], unproven: Bool = false
  ) {
    let t = Texts.of(language)
    let format = FactFormat(t)
    let german = language == .de
    title = t[.ref_one] + " \(r.id)"
    summary = Inline(values: ReferralSummary(r, today: today, texts: t, format: format))
    forOffice = kind == .office
    let ruleName = { (id: String) in engine?.rules[id].map { german ? $0.titleDE : $0.title } ?? id }
    self.unproven = unproven ? Self.unproven(r, engine: engine, texts: t) : nil
    outcome = Self.outcome(r, ruleName: ruleName)
    person = r.person.map { Self.person($0, texts: t) }
    personHidden = r.person == nil
    let forOffice = kind == .office
    gaps = r.gaps.map { g in
      let title = engine?.rules[g.rule].map { german ? $0.titleDE : $0.title } ?? g.rule
      // case management reads the plain reason, never the screening's (office knowledge)
      let plain = CaseManagementReason.of(g.rule, engine?.referralReasons ?? [:])
      let reason = forOffice ? g.reason(german: german) : (german ? plain.de : plain.en)
      // a fact not recorded reads as the condition still to be shown, not as a field name
      let notShown = g.outcome == .missing && forOffice
      return Gap(
        rule: g.rule, reason: notShown ? t[.ref_not_shown_yet] : reason, citation: g.citation, title: title,
        plain: notShown ? title : title + ": " + reason,
        documents: g.documents.map { Named(id: $0, name: engine?.documents[$0].map { german ? $0.de : $0.en } ?? $0) },
        hasDocuments: !g.documents.isEmpty, closed: g.closedOn != nil, closedOn: g.closedOn.map(format.day) ?? "")
    }
    events = r.events.reversed().map { e in
      Event(
        at: format.time(e.at), actor: e.actor, action: t.word(.action, e.action) ?? e.action,
        to: t.word(.referralState, e.toState.rawValue) ?? e.toState.rawValue, note: e.note ?? "",
        changes: e.changes.map { ReferralChanges($0, texts: t, verdict: forOffice, ruleName: ruleName) })
    }
    let actions = ReferralAction.allowed(in: r.state, for: kind)
    hasActions = !actions.isEmpty
    hasSimpleActions = actions.contains { $0 != .resolve && !$0.needsNote }
    simpleActions = actions.filter { $0 != .resolve && !$0.needsNote }.map {
      Action(action: $0.rawValue, label: t.word(.action, $0.rawValue) ?? $0.rawValue)
    }
    noteActions = actions.filter(\.needsNote).map {
      Action(
        action: $0.rawValue, label: t.word(.action, $0.rawValue) ?? $0.rawValue,
        noteLabel: $0 == .progress ? t[.ref_progress_note] : t[.ref_reason_required])
    }
    resolve = actions.contains(.resolve) ? ResolveForm(r, engine: engine, texts: t) : nil
    self.message = message.map { PageMessage(kind: $0.kind, text: $0.text) }
    hasErrors = !errors.isEmpty
    self.errors = errors.map { ServerMessages.text($0, t) }
    self.today = format.day(today)
    dueOn = r.dueOn.map(format.day)
  }

  static func name(_ p: ReferralPerson) -> String { p.familyName + (p.givenNames.map { ", " + $0 } ?? "") }

  static func person(_ p: ReferralPerson, texts t: Texts) -> Person {
    Person(
      name: name(p), phone: p.phone ?? t[.ref_unknown], email: p.email ?? t[.ref_unknown],
      languages: p.languages.isEmpty
        ? t[.ref_unknown] : p.languages.map { DisplayNames.language($0, german: t.isGerman) }.joined(separator: ", "),
      interpreter: p.interpreterNeeded.map { $0 ? t[.ref_yes] : t[.ref_no] } ?? t[.ref_unknown],
      interpreterNeeded: p.interpreterNeeded == true, municipality: p.municipality ?? "")
  }
}
