// Law by date for decided files: a granted, refused or withdrawn file is judged by the law in
// force on its decision (or closing) day, not by today's law (legal-rules.md section 0).

extension CaseFile {
  /// The day a closed file was decided or closed: `decided_on`, else the day the history entered
  /// its closed status; nil for an open file or a closed file with neither recorded.
  public var decisionDay: Day? {
    guard status.isClosed else { return nil }
    if let d = decidedOn { return d }
    return history?.last(where: { $0.status == status })?.at
  }

  /// The day a screening asked for `asOf` applies the law of: the decision day of a closed file
  /// when that lies before `asOf`, otherwise `asOf`.
  public func screeningDay(asOf: Day) -> Day {
    guard let d = decisionDay, d < asOf else { return asOf }
    return d
  }
}
