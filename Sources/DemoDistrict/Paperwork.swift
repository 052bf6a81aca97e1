import CaseModel

/// The document list (ids D01-D19 of legal-rules.md section 7) and the case-management consent.
enum Paperwork {
  static func naturalization(_ file: inout CaseFile, gaps: GapProfile, asOf: Day, rng: inout SplitMix64) {
    let received = file.receivedOn
    let early = file.status == .received || file.status == .documentsRequested
    let handedIn = received.adding(days: rng.int(0...40))
    let on = handedIn <= asOf ? handedIn : received
    // Files early in the procedure still wait for some papers.
    func status(_ ok: Bool) -> DocumentStatus {
      if !ok { return early ? .requested : .missing }
      return early && rng.chance(0.15) ? .requested : .provided
    }
    func doc(_ id: String, _ s: DocumentStatus) -> DocumentRecord {
      DocumentRecord(id: id, status: s, on: s == .provided ? on : nil)
    }
    let child = file.household?.minorChildren == 0 && file.civics == nil && file.school != nil
    var docs = [doc("D01", .provided), doc("D02", child ? .notRequired : status(true))]
    docs.append(passport(file.identity, received: received, asOf: asOf, rng: &rng))
    docs += [doc("D04", status(true)), doc("D05", status(true)), doc("D06", status(true))]
    docs.append(doc("D07", (file.household?.minorChildren ?? 0) > 0 ? status(true) : .notRequired))
    if !child {
      let b1 = (file.german?.level).map { $0 >= .B1 } ?? false
      docs.append(doc("D08", status(b1)))
      docs.append(doc("D09", status(file.civics?.passed == true)))
      let working = file.livelihood?.fulltimeNow == true || (file.livelihood?.incomeMonthly ?? 0) > 0
      docs.append(doc("D10", working ? status(true) : .notRequired))
      docs.append(doc("D12", file.livelihood?.benefitsSgb2Sgb12 == true ? status(true) : .notRequired))
      docs.append(doc("D13", status(true)))
      docs.append(doc("D16", file.declarations?.fdgoSignedOn != nil ? .provided : .requested))
      docs.append(doc("D17", status(true)))
      if file.waivers?.illnessDisabilityAge == true { docs.append(doc("D18", status(true))) }
    }
    file.documents = docs
    file.consents = consents(received: received, share: 0.85, asOf: asOf, rng: &rng)
  }

  /// D03: a valid passport (a few expired), or efforts only where identity is open.
  static func passport(_ identity: Identity?, received: Day, asOf: Day, rng: inout SplitMix64) -> DocumentRecord {
    guard identity?.passportValid == true else {
      let s: DocumentStatus = identity?.passportObtainable == .unreasonable ? .notRequired : .missing
      return DocumentRecord(id: "D03", status: s)
    }
    let validUntil = received.adding(days: rng.int(200...3_000))
    return DocumentRecord(id: "D03", status: validUntil < asOf ? .expired : .provided, on: received, validUntil: validUntil)
  }

  /// Consent to the data exchange with case management: most give it, a few withdraw it.
  static func consents(received: Day, share: Double, asOf: Day, rng: inout SplitMix64) -> [Consent] {
    guard rng.chance(share) else { return [] }
    let given = min(received.adding(days: rng.int(0...60)), asOf)
    var consent = Consent(scope: .caseManagementReferral, givenOn: given)
    if rng.chance(0.04) {
      let withdrawn = given.adding(days: rng.int(30...400))
      if withdrawn <= asOf { consent.withdrawnOn = withdrawn }
    }
    return [consent]
  }
}
