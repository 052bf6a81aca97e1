/// Which top-level fields of a file a change touched, for the audit row of a save (`update`
/// with the field names as the contract spells them). Compared as typed values: a save already
/// holds the stored file and the new one, so no JSON is parsed for it.
extension CaseFile {
  /// The contract's names of the top-level fields whose values differ from `old`, sorted.
  public func changedFields(from old: CaseFile) -> [String] {
    Self.fieldComparisons.filter { !$0.same(self, old) }.map(\.key.stringValue).sorted()
  }

  /// One comparison per field; a test holds this list to `CodingKeys.allCases`.
  static let fieldComparisons: [(key: CodingKeys, same: @Sendable (CaseFile, CaseFile) -> Bool)] = [
    (.fileNo, { $0.fileNo == $1.fileNo }), (.office, { $0.office == $1.office }),
    (.route, { $0.route == $1.route }), (.receivedOn, { $0.receivedOn == $1.receivedOn }),
    (.status, { $0.status == $1.status }), (.history, { $0.history == $1.history }),
    (.team, { $0.team == $1.team }), (.clerk, { $0.clerk == $1.clerk }),
    (.decidedOn, { $0.decidedOn == $1.decidedOn }),
    (.certificateHandoverOn, { $0.certificateHandoverOn == $1.certificateHandoverOn }),
    (.person, { $0.person == $1.person }), (.related, { $0.related == $1.related }),
    (.stays, { $0.stays == $1.stays }), (.absences, { $0.absences == $1.absences }),
    (.protection, { $0.protection == $1.protection }), (.identity, { $0.identity == $1.identity }),
    (.german, { $0.german == $1.german }), (.civics, { $0.civics == $1.civics }),
    (.declarations, { $0.declarations == $1.declarations }), (.livelihood, { $0.livelihood == $1.livelihood }),
    (.guestWorkerEntry, { $0.guestWorkerEntry == $1.guestWorkerEntry }),
    (.convictions, { $0.convictions == $1.convictions }),
    (.pendingInvestigation, { $0.pendingInvestigation == $1.pendingInvestigation }),
    (.securityCheck, { $0.securityCheck == $1.securityCheck }),
    (.spousesCount, { $0.spousesCount == $1.spousesCount }), (.household, { $0.household == $1.household }),
    (.waivers, { $0.waivers == $1.waivers }), (.school, { $0.school == $1.school }),
    (.marriedToGermanSince, { $0.marriedToGermanSince == $1.marriedToGermanSince }),
    (.specialIntegration, { $0.specialIntegration == $1.specialIntegration }),
    (.permit104c, { $0.permit104c == $1.permit104c }),
    (.followupApplicationOn, { $0.followupApplicationOn == $1.followupApplicationOn }),
    (.documents, { $0.documents == $1.documents }), (.consents, { $0.consents == $1.consents }),
    (.sperrfristUntil, { $0.sperrfristUntil == $1.sperrfristUntil }), (.followUpOn, { $0.followUpOn == $1.followUpOn }),
  ]
}
