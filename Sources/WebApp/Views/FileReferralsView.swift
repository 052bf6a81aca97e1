import CaseModel
import Eligibility
import Referrals

/// The case-management part of the file page (`file_referrals.mustache`, `{{#cm}}`): the
/// consent, the file's referrals with what came back, and the form to refer the gaps case
/// management can work on today.
struct FileReferralsView: TemplateValues {
  struct Consent: TemplateValues {
    let since: String
    let form: String
    let by: String
    let hasForm: Bool
    let hasBy: Bool
  }

  struct Row: TemplateValues {
    let id: Int64
    let municipality: String
    let state: String
    let stateKey: String
    let due: String
    let overdue: Bool
    let awaitsClerk: Bool
    let version: Int
    let rules: String
    let changes: ReferralChanges?
    let lastNote: String
  }

  struct Referable: TemplateValues {
    let rule: String
    let title: String
    let reason: String
    let taken: Bool
    let checked: Bool
  }

  let consent: Consent?
  let hasConsent: Bool
  let referrals: [Row]
  let hasReferrals: Bool
  let referable: [Referable]
  let hasReferable: Bool
  let municipality: String
  let defaultDue: String
  let today: String
  let isOpen: Bool

  init(
    file: CaseFile, referrals: [Referral], referable: [ReferralGap], today: Day, language: Language,
    engine: ScreeningEngine? = nil
  ) {
    let ruleName = { (id: String) in engine?.rules[id].map { language == .de ? $0.titleDE : $0.title } ?? id }
    let t = Texts.of(language)
    let format = FactFormat(t)
    let consent = file.referralConsent(on: today)
    let openRules = Set(referrals.filter(\.state.isOpen).flatMap { $0.gaps.map(\.rule) })
    hasConsent = consent != nil
    self.referrals = referrals.map { r in
      let s = ReferralSummary(r, today: today, texts: t, format: format, ruleName: ruleName)
      return Row(
        id: s.id, municipality: s.municipality, state: s.state, stateKey: s.stateKey, due: s.due, overdue: s.overdue,
        awaitsClerk: s.awaitsClerk, version: s.version, rules: s.rules,
        changes: r.events.last(where: { $0.changes != nil })?.changes.map { ReferralChanges($0, texts: t, ruleName: ruleName) },
        lastNote: r.events.last?.note ?? "")
    }
    hasReferrals = !referrals.isEmpty
    self.referable = referable.map { g in
      Referable(
        rule: g.rule, title: ruleName(g.rule), reason: Words.inText(g.reason(german: t.isGerman), t),
        taken: openRules.contains(g.rule), checked: !openRules.contains(g.rule))
    }
    hasReferable = !referable.isEmpty
    municipality = file.person.municipality ?? ""
    defaultDue = today.adding(days: 42).iso
    self.today = today.iso
    isOpen = !file.status.isClosed
    self.consent = consent.map {
      Consent(
        since: format.day($0.givenOn), form: $0.formVersion ?? "", by: $0.recordedBy ?? "",
        hasForm: $0.formVersion != nil, hasBy: $0.recordedBy != nil)
    }
  }
}
