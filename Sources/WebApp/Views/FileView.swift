import Foundation
import CaseExchange
import CaseModel
import CaseStore

/// Turns a stored file into the values of `file.mustache`: facts grouped for reading, documents,
/// screenings, the history as a timeline, and the edit forms with errors next to their fields.
struct FileView {
  enum State {
    case plain, saved
    /// Someone else saved first; the values this clerk entered, to enter again.
    case conflict([String: String])
    case invalid([FieldError], [String: String])
  }

  let title: String
  let data: [String: Any]

  /// `documentNames`: the evidence of `documents.yaml` by id, named in the user's language.
  init(
    stored: VersionedCaseFile, screenings: [ShownScreening], notes: [FileNote], today: Day, language: Language,
    state: State, documentNames: [String: String] = [:]
  ) {
    let t = Strings.table(language)
    let file = stored.file
    let format = FactFormat(language: language, strings: t)
    title = file.fileNo + " – " + file.person.familyName
    let docs: [[String: Any]] = (file.documents ?? []).map { d in
      let expired = d.status == .expired || (d.validUntil.map { $0 < today } ?? false)
      return [
        "id": d.id, "name": documentNames[d.id].map { d.id + " – " + $0 } ?? d.id, "status": d.status.rawValue, "statusLabel": t["docstatus_" + d.status.rawValue] ?? d.status.rawValue,
        "on": d.on.map(format.day) ?? "", "validUntil": d.validUntil.map(format.day) ?? "", "expired": expired,
      ]
    }
    let history: [[String: Any]] = (file.history ?? []).reversed().map { h in
      ["at": format.day(h.at), "status": t["status_" + h.status.rawValue] ?? h.status.rawValue]
        .merging(h.by.map { ["by": $0] } ?? [:]) { $1 }.merging(h.reason.map { ["reason": $0] } ?? [:]) { $1 }
    }
    let screeningData: [[String: Any]] = screenings.map { s in
      [
        "route": t["route_" + s.route] ?? s.route, "verdict": t["group_" + s.verdict] ?? s.verdict, "verdictKey": s.verdict,
        "asOf": format.iso(s.asOf), "eligibleOn": s.eligibleOn.map(format.iso) ?? "", "hasEligibleOn": s.eligibleOn != nil,
        "decidedLaw": file.decisionDay.map { $0.iso == s.asOf } ?? false,
        "ruleset": s.rulesetVersion, "eligibleUntil": s.eligibleUntil.map(format.iso) ?? "",
        "findings": Self.findingRows(s.findings, format: format, documentNames: documentNames),
      ]
    }
    let saved: [String: String] = [
      "german_level": file.german?.level?.rawValue ?? "", "german_proof": file.german?.proof?.rawValue ?? "",
      "german_on": file.german?.on?.german ?? "", "civics_passed": file.civics?.passed.map { $0 ? "yes" : "no" } ?? "",
      "civics_proof": file.civics?.proof?.rawValue ?? "", "civics_on": file.civics?.on?.german ?? "",
      "follow_up_on": file.followUpOn?.german ?? "", "clerk": file.clerk ?? "",
      "address_street": file.person.address?.street ?? "", "address_postal_code": file.person.address?.postalCode ?? "",
      "address_city": file.person.address?.city ?? "",
    ]
    var values = saved
    // A stored date can be removed only on purpose: its "Datum entfernen" box shows when there is one.
    for field in FactsForm.dateFields where !(saved[field] ?? "").isEmpty { values["stored_" + field] = "1" }
    var errors: [String: String] = [:]
    var message: (kind: String, text: String)?
    var rejected: [String] = []
    var others: [String] = []
    switch state {
    case .plain: break
    case .saved: message = ("ok", t["saved"]!)
    case .conflict(let entered):
      message = ("error", t["conflict"]!)
      let merge = ConflictMerge(entered: entered, current: saved)
      rejected = merge.mine.map { merge.line($0, entered[$0] ?? "", format) }
      others = merge.theirs.map { merge.line($0, saved[$0] ?? "", format) }
      for field in merge.mine { values[field] = entered[field] }
    case .invalid(let list, let entered):
      message = ("error", t["invalid"]!)
      // Everything typed comes back; a date left blank still shows the stored date it keeps.
      values.merge(entered.filter { field, value in
        (!value.isEmpty || values[field] != nil) && !(value.isEmpty && FactsForm.dateFields.contains(field))
      }) { $1 }
      for e in list { if let field = FieldErrorWording.formField(e.path) { errors[field] = ServerMessages.reason(e.reason, t) } }
      errors["general"] = list.filter { FieldErrorWording.formField($0.path) == nil }.map { ServerMessages.text($0, t) }.joined(separator: "; ")
    }
    let overdue = !file.status.isClosed && file.receivedOn <= today.adding(months: -3)
    var d: [String: Any] = [
      "fileNo": file.fileNo, "fileHref": Links.file(file.fileNo), "name": file.person.familyName + (file.person.givenNames.map { ", " + $0 } ?? ""),
      "office": t["office_" + file.office.rawValue] ?? "",
      "stage": t["status_" + file.status.rawValue] ?? "", "received": format.day(file.receivedOn),
      "version": stored.version, "pastThreeMonths": overdue,
      "groups": FactGroups.make(file, format: format),
      "documents": docs, "hasDocuments": !docs.isEmpty, "history": history, "hasHistory": !history.isEmpty,
      "screenings": screeningData, "hasScreenings": !screeningData.isEmpty,
      "form": FormOptions.make(values: values, errors: errors, strings: t, documents: documentNames)
        .merging(["was": saved]) { $1 },
    ]
    let steps = CaseLifecycle.next(from: file.status)
    d["transitions"] = steps.filter { !$0.isClosed }.map { ["value": $0.rawValue, "label": t["status_" + $0.rawValue] ?? $0.rawValue] }
    d["closings"] = steps.filter(\.isClosed).map {
      ["value": $0.rawValue, "label": t["status_" + $0.rawValue] ?? $0.rawValue, "selected": values["close_to"] == $0.rawValue]
    }
    d["hasClosings"] = steps.contains(where: \.isClosed)
    if let route = file.route { d["route"] = t["route_" + route.rawValue] ?? route.rawValue }
    d["hasTransitions"] = !steps.isEmpty
    d["isClosed"] = file.status.isClosed
    if let message { d["message"] = ["kind": message.kind, "text": message.text] }
    d["notes"] = notes.map { ["at": format.time($0.at), "author": $0.author, "text": $0.text] }
    d["hasNotes"] = !notes.isEmpty
    if !rejected.isEmpty || !others.isEmpty {
      d["rejected"] = ["lines": rejected, "others": others, "hasOthers": !others.isEmpty]
    }
    if let general = errors["general"], !general.isEmpty { d["generalError"] = general }
    data = d
  }
}
