import CaseModel
import Eligibility
import Referrals

/// The case-management part of the file page (`file_referrals.mustache`): the consent, the
/// file's referrals with what came back, and the form to refer the gaps case management can
/// work on today.
enum FileReferralsView {
  static func data(
    file: CaseFile, referrals: [Referral], referable: [ReferralGap], today: Day, language: Language,
    engine: ScreeningEngine? = nil
  ) -> [String: Any] {
    let ruleName = { (id: String) in engine?.rules[id].map { language == .de ? $0.titleDE : $0.title } ?? id }
    let t = Strings.table(language)
    let format = FactFormat(language: language, strings: t)
    let german = language == .de
    let consent = file.referralConsent(on: today)
    let openRules = Set(referrals.filter(\.state.isOpen).flatMap { $0.gaps.map(\.rule) })
    var d: [String: Any] = [
      "hasConsent": consent != nil,
      "referrals": referrals.map { r -> [String: Any] in
        var item = ReferralView.summary(r, today: today, strings: t, format: format, ruleName: ruleName)
        if let c = r.events.last(where: { $0.changes != nil })?.changes {
          item["changes"] = ReferralView.changes(c, strings: t, ruleName: ruleName)
        }
        item["lastNote"] = r.events.last?.note ?? ""
        return item
      },
      "hasReferrals": !referrals.isEmpty,
      "referable": referable.map { g in
        ["rule": g.rule, "title": ruleName(g.rule), "reason": Words.inText(g.reason(german: german), t), "taken": openRules.contains(g.rule), "checked": !openRules.contains(g.rule)]
      },
      "hasReferable": !referable.isEmpty,
      "municipality": file.person.municipality ?? "",
      "defaultDue": today.adding(days: 42).iso,
      "today": today.iso,
      "isOpen": !file.status.isClosed,
    ]
    if let consent {
      d["consent"] = [
        "since": format.day(consent.givenOn), "form": consent.formVersion ?? "", "by": consent.recordedBy ?? "",
        "hasForm": consent.formVersion != nil, "hasBy": consent.recordedBy != nil,
      ]
    }
    return ["cm": d]
  }
}
