import Foundation
import CaseModel
import Hummingbird

/// The form that moves a file one stage on. Routine steps are one click; a step that closes the
/// file (granted, refused, withdrawn) needs the day it happened, a reason where the lifecycle asks
/// for one, and an explicit confirmation, because only an administrator can reopen a closed file.
struct StageForm {
  static let fields = ["close_reason", "closed_on", "confirm"]

  var next: CaseStatus
  var day: Day
  var reason: String?
  var errors: [FieldError] = []
  /// What the user typed, put back into the form after an error.
  var entered: [String: String] = [:]

  init?(_ form: Form, today: Day) {
    guard let next = form["status"].flatMap(CaseStatus.init(rawValue:)) else { return nil }
    self.next = next
    day = today
    let reason = (form["close_reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    self.reason = reason.isEmpty ? nil : reason
    entered = ["close_reason": form["close_reason"] ?? "", "closed_on": form["closed_on"] ?? "", "close_to": next.rawValue]
    guard next.isClosed else { return }
    if form["confirm"] != "1" {
      errors.append(FieldError(path: "confirm", reason: .confirmClosing))
    }
    if let text = form["closed_on"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
      if let d = GermanDate.parse(text) {
        if d > today {
          errors.append(FieldError(path: "closed_on", reason: .dateInFuture))
        } else {
          day = d
        }
      } else {
        errors.append(FieldError(path: "closed_on", reason: .notAFormDate(text)))
      }
    }
    if CaseLifecycle.needsReason(from: .inReview, to: next), self.reason == nil {
      errors.append(FieldError(path: "close_reason", reason: .closingReasonRequired))
    }
    if reason.count > CaseLifecycle.maximumReasonLength {
      errors.append(FieldError(path: "close_reason", reason: .atMostCharacters(CaseLifecycle.maximumReasonLength)))
    }
  }

  /// Applies the step (the lifecycle checks it is allowed from the stored stage).
  func apply(to file: inout CaseFile, by actor: String) throws {
    do {
      try CaseLifecycle.step(&file, to: next, on: day, by: actor, reason: reason)
    } catch {
      throw InvalidCaseFile([error])
    }
  }
}
