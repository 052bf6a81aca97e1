import Foundation

/// The file's lifecycle, defined once: which stage may follow which, where a reason is needed,
/// and how an administrator reopens a closed file. Every writer (form, API, import, referrals)
/// checks changes here, so a rule holds everywhere or nowhere.
///
/// received ─► documents_requested ◄─► in_review ─► decision_pending ─► granted | refused
///    │               │  ▲                 │  ▲            │
///    └──► in_review  └─► suspended ◄──────┘  └────────────┘ (back for more review or documents)
/// Every open stage may end in `withdrawn`. A closed file moves only by an administrator's reopen.
public enum CaseLifecycle {
  /// The stages a clerk may move a file to from `status`, in the order the page offers them.
  public static func next(from status: CaseStatus) -> [CaseStatus] {
    switch status {
    case .received: return [.documentsRequested, .inReview, .suspended, .withdrawn]
    case .documentsRequested: return [.inReview, .decisionPending, .suspended, .withdrawn]
    case .inReview: return [.documentsRequested, .decisionPending, .suspended, .withdrawn]
    // A suspension ends with the cause (e.g. criminal proceedings closed): back to review, to the
    // documents still missing, or straight to the decision when nothing else is open.
    case .suspended: return [.inReview, .documentsRequested, .decisionPending, .withdrawn]
    case .decisionPending: return [.granted, .refused, .inReview, .documentsRequested, .suspended, .withdrawn]
    case .granted, .refused, .withdrawn: return []
    }
  }

  /// The stage a reopened file goes back to.
  public static let reopenedStage = CaseStatus.inReview

  /// Whether `from → to` is a step of the lifecycle; `reopen` allows the administrator's step
  /// from a closed stage back to review.
  public static func allows(from: CaseStatus, to: CaseStatus, reopen: Bool = false) -> Bool {
    if from.isClosed { return reopen && to == reopenedStage }
    return next(from: from).contains(to)
  }

  /// Whether the step must carry a reason in the history: a refusal or withdrawal (the letter
  /// that ends the procedure), and every reopening.
  public static func needsReason(from: CaseStatus, to: CaseStatus) -> Bool {
    from.isClosed || to == .refused || to == .withdrawn
  }

  /// Longest reason kept in a history entry.
  public static let maximumReasonLength = 1000

  /// Moves the file one step and records it; a decision also sets `decided_on`. Reopening (from a
  /// closed stage) clears `decided_on` and needs `reopen: true`, which only an administrator's
  /// path passes.
  public static func step(
    _ file: inout CaseFile, to next: CaseStatus, on day: Day, by actor: String, reason: String?, reopen: Bool = false
  ) throws(FieldError) {
    guard allows(from: file.status, to: next, reopen: reopen) else {
      throw FieldError(path: "status", reason: stepRefusal(from: file.status, to: next))
    }
    let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
    if needsReason(from: file.status, to: next), reason?.isEmpty ?? true {
      throw FieldError(path: "history.reason", reason: .reasonRequiredForStep)
    }
    if let reason, reason.count > maximumReasonLength {
      throw FieldError(path: "history.reason", reason: .atMostCharacters(maximumReasonLength))
    }
    let wasClosed = file.status.isClosed
    file.status = next
    file.history = (file.history ?? []) + [StatusChange(at: day, status: next, by: actor, reason: reason)]
    if next == .granted || next == .refused { file.decidedOn = day }
    if wasClosed { file.decidedOn = nil }
  }

  static func stepRefusal(from: CaseStatus, to: CaseStatus) -> Reason {
    from.isClosed ? .fileClosed(from) : .cannotMove(from: from, to: to)
  }
}

// MARK: - Checking whole histories (import, API)

extension CaseLifecycle {
  /// Problems with the history of a file that is new to the register: it runs forward in time,
  /// every step is allowed (a reopening needs its reason) and it ends in the file's status. Its
  /// first entry may be any stage (a register taken over from elsewhere may not hold the earlier
  /// steps); a file without history is accepted as it is. A history of `received` and the current
  /// stage only is an import's starting point (an office's list knows nothing in between) and is
  /// accepted for any open or closed stage.
  public static func problems(inNew file: CaseFile) -> [FieldError] {
    guard let history = file.history, !history.isEmpty else { return [] }
    var errors: [FieldError] = []
    let startingPoint = history.count == 2 && history[0].status == .received
    errors += problems(steps: history, startIndex: 1, from: history[0].status, previousDay: history[0].at, lenient: startingPoint)
    if let last = history.last, last.status != file.status {
      errors.append(FieldError(path: "status", reason: .statusDiffersFromHistory(status: file.status, historyEnd: last.status)))
    }
    return errors
  }

  /// Problems with a change of a stored file: the stored history stays as it is (dates and
  /// stages), new entries only follow it, each an allowed step from the one before, and the
  /// status is where they end. Reopening needs `mayReopen` (an administrator) and a reason.
  public static func problems(changing old: CaseFile, to new: CaseFile, mayReopen: Bool = false) -> [FieldError] {
    let before = old.history ?? []
    let after = new.history ?? []
    for (i, entry) in before.enumerated() {
      guard i < after.count else {
        return [FieldError(path: "history", reason: .storedHistoryRemoved)]
      }
      if after[i].at != entry.at || after[i].status != entry.status {
        return [FieldError(path: "history[\(i)]", reason: .storedHistoryChanged)]
      }
    }
    var errors = problems(
      steps: after, startIndex: before.count, from: old.status, previousDay: before.last?.at, lenient: false,
      mayReopen: mayReopen)
    let end = after.count > before.count ? after[after.count - 1].status : old.status
    if new.status != end {
      errors.append(
        FieldError(
          path: "status",
          reason: after.count > before.count
            ? .statusDiffersFromHistory(status: new.status, historyEnd: end) : .statusChangeNeedsStep))
    }
    return errors
  }

  static func problems(
    steps: [StatusChange], startIndex: Int, from start: CaseStatus, previousDay: Day?, lenient: Bool,
    mayReopen: Bool = true
  ) -> [FieldError] {
    var errors: [FieldError] = []
    var status = start
    var day = previousDay
    var i = startIndex
    while i < steps.count {
      let s = steps[i]
      if let d = day, s.at < d {
        errors.append(FieldError(path: "history[\(i)].at", reason: .beforePrecedingStep(d)))
      }
      let reopening = status.isClosed
      if !lenient, !allows(from: status, to: s.status, reopen: reopening && mayReopen) {
        errors.append(FieldError(path: "history[\(i)].status", reason: stepRefusal(from: status, to: s.status)))
      } else if reopening, (s.reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
        errors.append(FieldError(path: "history[\(i)].reason", reason: .reopeningNeedsReason))
      }
      status = s.status
      day = s.at
      i += 1
    }
    return errors
  }
}
