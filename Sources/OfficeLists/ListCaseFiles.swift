import CaseExchange
import CaseModel
import Foundation

/// What an import of a list knows beside the rows: the office and route given by `--office` or
/// the profile, the import day and who imports.
public struct ListImportSettings: Sendable {
  public var office: Office?
  public var route: Route?
  public var today: Day
  public var actor: String

  public init(office: Office?, route: Route?, today: Day, actor: String) {
    self.office = office
    self.route = route
    self.today = today
    self.actor = actor
  }
}

/// Rows of a list as case files: a new file says only what its row says (unknown facts stay
/// unknown); a stored file takes the row's non-empty values over its own and moves on only by
/// allowed steps of the lifecycle; nothing else of it changes.
public struct ListCaseFiles: Sendable {
  public var mapping: ListMapping
  public var settings: ListImportSettings
  public var source: String

  public init(mapping: ListMapping, settings: ListImportSettings, source: String) {
    self.mapping = mapping
    self.settings = settings
    self.source = source
  }

  /// A row's file, or the problems that keep it out; `warnings` name what was left as stored.
  public struct Outcome: Sendable {
    public var file: CaseFile?
    public var issues: [ImportIssue] = []
    public var warnings: [ImportIssue] = []
  }

  /// An issue of a row in the list's own words (English; pages show it as it is).
  func issue(_ r: ListRecord, _ field: ListField?, _ reason: String) -> ImportIssue { issue(r, field, .described(reason)) }

  func issue(_ r: ListRecord, _ field: ListField?, _ reason: Reason) -> ImportIssue {
    let column = field.flatMap { mapping.columns(for: $0).first }
    return ImportIssue(
      location: SourceLocation(file: source, line: r.line), fileNo: r.fileNo,
      field: column.map { "\"\($0.header)\" (column \($0.letter))" }, reason: reason)
  }

  /// The office of a row: its procedure or office column, else `--office` or the profile.
  public func office(of r: ListRecord) -> Result<Office?, ImportIssue> {
    if let o = r.office {
      if let given = settings.office, given != o {
        return .failure(issue(r, .procedure, "the list says \(o.rawValue), but the import is for the \(given.rawValue)"))
      }
      return .success(o)
    }
    return .success(settings.office)
  }

  public func newFile(_ r: ListRecord, office: Office) -> Outcome {
    var out = Outcome()
    guard let fileNo = r.fileNo else { return out }
    guard let family = r.familyName, !family.isEmpty else {
      out.issues.append(issue(r, mapping.has(.fullName) ? .fullName : .familyName, "a new file needs the family name"))
      return out
    }
    guard let received = r.receivedOn else {
      out.issues.append(
        issue(
          r, .receivedOn,
          mapping.has(.receivedOn)
            ? "a new file needs the application date"
            : "a new file needs the application date, and no column holds it (Antragsdatum, Eingang; or name it in a profile)"))
      return out
    }
    let status = r.status ?? .received
    var file = CaseFile(fileNo: fileNo, office: office, receivedOn: received, status: status, person: Person(familyName: family))
    // The starting point of an imported file: received on the application date, the current
    // stage on the import day (a decision on its decision date, a stage with a "Stand" date on that).
    var history = [StatusChange(at: received, status: .received, by: settings.actor)]
    if status != .received {
      history.append(
        StatusChange(
          at: stageDay(r, status: status, notBefore: received), status: status, by: settings.actor,
          reason: CaseLifecycle.needsReason(from: .received, to: status) ? reason(r) : nil))
    }
    file.history = history
    apply(r, to: &file, office: office)
    out.file = file
    out.issues += (file.validate() + file.futureDateErrors(today: settings.today))
      .map { issue(r, nil, .inField($0.path, $0.reason)) }
    if !out.issues.isEmpty { out.file = nil }
    return out
  }

  public func merge(_ r: ListRecord, into old: CaseFile) -> Outcome {
    var out = Outcome()
    var file = old
    if let o = r.office, o != old.office {
      out.issues.append(issue(r, .procedure, "the list says \(o.rawValue), the stored file belongs to the \(old.office.rawValue)"))
      return out
    }
    if let received = r.receivedOn, received != old.receivedOn {
      out.warnings.append(
        issue(r, .receivedOn, "application date \(received.german) differs from the stored \(old.receivedOn.german): the stored one is kept"))
    }
    if let wanted = r.status, wanted != old.status {
      switch path(from: old.status, to: wanted) {
      case .some(let steps):
        var day = max(old.history?.last?.at ?? old.receivedOn, old.receivedOn)
        for (i, s) in steps.enumerated() {
          let last = i == steps.count - 1
          day = max(day, last ? stageDay(r, status: s, notBefore: day) : settings.today)
          let from = i == 0 ? old.status : steps[i - 1]
          file.history = (file.history ?? []) + [
            StatusChange(at: day, status: s, by: settings.actor, reason: CaseLifecycle.needsReason(from: from, to: s) ? reason(r) : nil)
          ]
        }
        file.status = wanted
      case .none:
        let why =
          old.status.isClosed
          ? "the file is closed in backlog (\(old.status.rawValue)); only an administrator can reopen it"
          : "backlog is further along (\(old.status.rawValue)) than the list (\(wanted.rawValue))"
        out.warnings.append(issue(r, .stage, "stage kept: \(why)"))
      }
    }
    apply(r, to: &file, office: old.office)
    let errors = file.validate() + file.futureDateErrors(today: settings.today, comparedTo: old)
    guard errors.isEmpty else {
      out.issues += errors.map { issue(r, nil, .inField($0.path, $0.reason)) }
      return out
    }
    out.file = file
    return out
  }

  /// The row's non-empty values over the file's.
  func apply(_ r: ListRecord, to file: inout CaseFile, office: Office) {
    if let route = r.route ?? settings.route, route.office == office { file.route = route }
    if let v = r.familyName, !v.isEmpty { file.person.familyName = v }
    if let v = r.givenNames { file.person.givenNames = v }
    if let v = r.birthDate { file.person.birthDate = v }
    if let v = r.nationalities { file.person.nationalities = v }
    if let v = r.municipality { file.person.municipality = v }
    if let v = r.phone { file.person.phone = v }
    if let v = r.email { file.person.email = v }
    if let v = r.languages { file.person.languages = v }
    if let v = r.interpreterNeeded { file.person.interpreterNeeded = v }
    if let v = r.clerk { file.clerk = v }
    if let v = r.team { file.team = v }
    if let v = r.decidedOn { file.decidedOn = v }
    if let v = r.certificateHandoverOn { file.certificateHandoverOn = v }
    if let v = r.followUpOn { file.followUpOn = v }
    ListCaseFiles.applyExtensions(r, to: &file)
  }

  /// The day a list's stage is dated: a decision on the list's decision date, else the "Stand"
  /// date, else the import day; never before the step preceding it nor after today.
  func stageDay(_ r: ListRecord, status: CaseStatus, notBefore: Day) -> Day {
    var day = settings.today
    if status == .granted || status == .refused, let d = r.decidedOn {
      day = d
    } else if status == .granted, let d = r.certificateHandoverOn {
      day = d
    } else if let d = r.asOf {
      day = d
    }
    return min(max(day, notBefore), max(settings.today, notBefore))
  }

  func reason(_ r: ListRecord) -> String {
    "laut Liste \(source), Zeile \(r.line)" + (r.stageWord.map { ": \($0)" } ?? "")
  }

  /// The allowed steps from a stored stage to the list's, shortest first; nil where the list is
  /// behind backlog (an earlier stage), or the stored file is closed.
  func path(from: CaseStatus, to: CaseStatus) -> [CaseStatus]? {
    if from.isClosed || Self.rank(to) < Self.rank(from) { return nil }
    var previous: [CaseStatus: CaseStatus] = [:]
    var queue = [from]
    var seen: Set<CaseStatus> = [from]
    while !queue.isEmpty {
      let s = queue.removeFirst()
      if s == to { break }
      // Review before the other working stages: the usual way on, when the list skips steps.
      let next = CaseLifecycle.next(from: s)
      for n in next.filter({ $0 == .inReview }) + next.filter({ $0 != .inReview }) where seen.insert(n).inserted {
        previous[n] = s
        queue.append(n)
      }
    }
    guard seen.contains(to) else { return nil }
    var steps: [CaseStatus] = []
    var s = to
    while s != from, let p = previous[s] {
      steps.insert(s, at: 0)
      s = p
    }
    return steps
  }

  /// How far along a file is: received, then the working stages, then ready for decision, then closed.
  static func rank(_ s: CaseStatus) -> Int {
    switch s {
    case .received: return 0
    case .documentsRequested, .inReview, .suspended: return 1
    case .decisionPending: return 2
    case .granted, .refused, .withdrawn: return 3
    }
  }
}
