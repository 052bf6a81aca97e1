import CaseModel

/// The facts of one file as seen on one day, with the derived facts several rules share.
struct EvalContext: Sendable {
  /// The file, boxed once per screening so that every rule and every probed day shares it.
  final class FileBox: Sendable {
    let file: CaseFile
    init(_ file: CaseFile) { self.file = file }
  }

  let box: FileBox
  let asOf: Day
  let route: Route
  var file: CaseFile { _read { yield box.file } }

  init(box: FileBox, asOf: Day, route: Route) {
    self.box = box
    self.asOf = asOf
    self.route = route
  }

  /// The stay recorded for `asOf` (the latest one if several overlap).
  var currentStay: Stay? {
    guard let stays = file.stays else { return nil }
    return stays.last { $0.from <= asOf && ($0.to.map { asOf <= $0 } ?? true) }
  }

  /// Age in whole years on `asOf`; nil if the birth date is not recorded.
  var age: Int? { file.person.birthDate.map { $0.age(on: asOf) } }

  /// The § 104c permit recorded for the file, from `permit_104c` or a `permit_104c` stay.
  var permit104c: Period? {
    if let p = file.permit104c { return p }
    guard let s = file.stays?.last(where: { $0.status == .permit104c }), let to = s.to else { return nil }
    return Period(from: s.from, to: to)
  }

  /// Holds a § 104c permit on `asOf`, or applied for § 25a/§ 25b before it expired (the fiction
  /// of § 81 Abs. 4 AufenthG keeps the permit in force until the decision).
  var holds104c: Bool {
    guard let p = permit104c, p.from <= asOf else { return false }
    if asOf <= p.to { return true }
    if let applied = file.followupApplicationOn, applied <= p.to { return true }
    return false
  }

  /// Tolerated on `asOf`: the current stay is a Duldung of any kind.
  var tolerated: Bool {
    switch currentStay?.status {
    case .duldung?, .duldung60b?, .duldung60c?, .duldung60d?: return true
    default: return false
    }
  }

  /// The day a § 25a application counts as filed: the file's own application for `AufenthG-25a`,
  /// the follow-up application of a § 104c holder, otherwise (no application yet) `asOf`.
  var application25a: (day: Day, filed: Bool) {
    switch file.route {
    case .aufenthG25a?: return (file.receivedOn, true)
    case .aufenthG104cFollowup?:
      if let d = file.followupApplicationOn { return (d, true) }
      return (asOf, false)
    default: return (asOf, false)
    }
  }

  /// `identity.passport_valid` as of `asOf`, contradicted by the passport itself: a passport
  /// (D03) recorded `expired`, or whose `valid_until` lies before `asOf`, is not a valid passport.
  var passportValid: Bool? {
    guard let valid = file.identity?.passportValid else { return nil }
    guard valid else { return false }
    if let d = file.documents?.last(where: { $0.id == "D03" }) {
      if d.status == .expired { return false }
      if let until = d.validUntil, until < asOf { return false }
    }
    return true
  }

  /// The passport (D03) is recorded expired or past its `valid_until` on `asOf`.
  var passportDocumentInvalid: Bool {
    guard let d = file.documents?.last(where: { $0.id == "D03" }) else { return false }
    return d.status == .expired || (d.validUntil.map { $0 < asOf } ?? false)
  }

  /// Why `passportValid` is false although the file says true (for the reason), else nil.
  var passportContradiction: (de: ReasonText, en: ReasonText)? {
    guard file.identity?.passportValid == true, passportValid == false,
      let d = file.documents?.last(where: { $0.id == "D03" })
    else { return nil }
    if let until = d.validUntil, until < asOf {
      return ("Pass (D03) gültig nur bis \(german: until)", "passport (D03) valid only until \(iso: until)")
    }
    return ("Pass (D03) als abgelaufen erfasst", "passport (D03) recorded as expired")
  }

  /// German as of `asOf`: a proof dated after `asOf` does not count yet.
  var german: German? {
    guard let g = file.german else { return nil }
    if let on = g.on, on > asOf { return German() }
    return g
  }

  /// The civics proof as of `asOf`: a test dated after `asOf` does not count yet.
  var civics: Civics? {
    guard let c = file.civics else { return nil }
    if let on = c.on, on > asOf { return Civics(passed: false, proof: c.proof, on: on) }
    return c
  }

  /// The minor children's birth dates, if recorded.
  var childAges: [Int]? { file.household?.children?.map { $0.birthDate.age(on: asOf) }.filter { $0 >= 0 && $0 < 18 } }
  /// Birth dates of the children born by the as-of day and still minors on it.
  var minorChildBirthDates: [Day]? {
    file.household?.children?.map(\.birthDate).filter { $0 <= asOf && $0.age(on: asOf) < 18 }
  }

  /// Convictions not yet erasable on `asOf` (§ 12a Abs. 2 StAG, § 51 BZRG); unknown list = nil.
  var liveConvictions: [Conviction]? {
    file.convictions?.filter { c in c.erasableOn.map { asOf < $0 } ?? true }
  }
}
