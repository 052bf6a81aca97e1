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

  /// Convictions not yet erasable on `asOf` (§ 12a Abs. 2 StAG, § 51 BZRG); unknown list = nil.
  var liveConvictions: [Conviction]? {
    file.convictions?.filter { c in c.erasableOn.map { asOf < $0 } ?? true }
  }
}
