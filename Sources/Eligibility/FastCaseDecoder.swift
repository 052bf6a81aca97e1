import CaseExchange
import CaseModel

/// A fast path for bulk screening: decodes a parsed case file straight into `CaseFile` without
/// the `Decoder` machinery. It accepts exactly what the strict decoder accepts or gives up: on
/// any unknown key, wrong type or failed validation it hands the value to
/// `CaseFileReader.decode`, so error messages and acceptance stay those of the contract.
public enum FastCaseDecoder {
  /// Decodes one JSON Lines record from bytes: the streaming path first, then parse + decode.
  public static func decode(line bytes: UnsafeBufferPointer<UInt8>, at location: SourceLocation) -> (CaseFile?, [ImportIssue]) {
    if let f = StreamingCaseDecoder.decode(bytes) { return (f, []) }
    var p = JSONParser(bytes: bytes)
    do {
      let v = try p.parseValue()
      guard p.peek() == nil else { return (nil, [ImportIssue(location: location, reason: "unexpected text after the record")]) }
      return decode(v, at: location)
    } catch {
      return (nil, [ImportIssue(location: location, reason: "invalid JSON: \(error)")])
    }
  }

  public static func decode(_ value: JSONValue, at location: SourceLocation) -> (CaseFile?, [ImportIssue]) {
    if let file = try? caseFile(value), file.validate().isEmpty { return (file, []) }
    return CaseFileReader.decode(value, textScalars: false, at: location)
  }

  struct GiveUp: Error {}

  static func caseFile(_ v: JSONValue) throws -> CaseFile {
    var o = try Obj(v)
    var f = CaseFile(
      fileNo: try o.required(o.string("file_no")), office: try o.required(o.enumValue("office")),
      receivedOn: try o.required(o.day("received_on")), status: try o.required(o.enumValue("status")),
      person: try o.required(o.object("person", person)))
    f.route = try o.enumValue("route")
    f.history = try o.list("history") { v in
      var h = try Obj(v)
      let c = StatusChange(at: try h.required(h.day("at")), status: try h.required(h.enumValue("status")), by: try h.string("by"))
      try h.finish()
      return c
    }
    f.team = try o.enumValue("team")
    f.clerk = try o.string("clerk")
    f.decidedOn = try o.day("decided_on")
    f.certificateHandoverOn = try o.day("certificate_handover_on")
    f.related = try o.list("related") { v in
      var r = try Obj(v)
      let x = RelatedFile(fileNo: try r.required(r.string("file_no")), relation: try r.required(r.enumValue("relation")))
      try r.finish()
      return x
    }
    f.stays = try o.list("stays") { v in
      var s = try Obj(v)
      let x = Stay(from: try s.required(s.day("from")), to: try s.day("to"), status: try s.required(s.enumValue("status")), basis: try s.string("basis"))
      try s.finish()
      return x
    }
    f.absences = try o.list("absences") { v in
      var a = try Obj(v)
      let x = Absence(from: try a.required(a.day("from")), to: try a.required(a.day("to")))
      try a.finish()
      return x
    }
    f.protection = try o.enumValue("protection")
    f.identity = try o.object("identity", identity)
    f.german = try o.object("german") { g in
      var x = German(level: try g.enumValue("level"), proof: try g.enumValue("proof"), on: try g.day("on"))
      x.oralOnly = try g.bool("oral_only")
      return x
    }
    f.civics = try o.object("civics") { c in Civics(passed: try c.bool("passed"), proof: try c.enumValue("proof"), on: try c.day("on")) }
    f.declarations = try o.object("declarations") { d in
      Declarations(fdgoSignedOn: try d.day("fdgo_signed_on"), historySignedOn: try d.day("history_signed_on"))
    }
    f.livelihood = try o.object("livelihood", livelihood)
    f.guestWorkerEntry = try o.object("guest_worker_entry") { g in
      GuestWorkerEntry(kind: try g.required(g.enumValue("kind")), on: try g.required(g.day("on")))
    }
    f.convictions = try o.list("convictions", conviction)
    f.pendingInvestigation = try o.bool("pending_investigation")
    f.securityCheck = try o.enumValue("security_check")
    f.spousesCount = try o.int("spouses_count")
    f.household = try o.object("household") { h in
      var x = Household()
      x.minorChildren = try h.int("minor_children")
      x.childrenSchoolAttendanceProven = try h.bool("children_school_attendance_proven")
      x.spouseOfFulltimeWorker = try h.bool("spouse_of_fulltime_worker")
      x.ownDwelling = try h.bool("own_dwelling")
      return x
    }
    f.waivers = try o.object("waivers") { w in
      var x = Waivers()
      x.illnessDisabilityAge = try w.bool("illness_disability_age")
      x.languageHardship = try w.bool("language_hardship")
      return x
    }
    f.school = try o.object("school") { s in
      var x = School()
      x.yearsAttendedInGermany = try s.double("years_attended_in_germany")
      x.qualification = try s.bool("qualification")
      return x
    }
    f.marriedToGermanSince = try o.day("married_to_german_since")
    f.specialIntegration = try o.bool("special_integration")
    f.permit104c = try o.object("permit_104c") { p in Period(from: try p.required(p.day("from")), to: try p.required(p.day("to"))) }
    f.followupApplicationOn = try o.day("followup_application_on")
    f.documents = try o.list("documents") { v in
      var d = try Obj(v)
      let x = DocumentRecord(id: try d.required(d.string("id")), status: try d.required(d.enumValue("status")), on: try d.day("on"), validUntil: try d.day("valid_until"))
      try d.finish()
      return x
    }
    f.consents = try o.list("consents") { v in
      var c = try Obj(v)
      let x = Consent(scope: try c.required(c.enumValue("scope")), givenOn: try c.required(c.day("given_on")), withdrawnOn: try c.day("withdrawn_on"))
      try c.finish()
      return x
    }
    f.sperrfristUntil = try o.day("sperrfrist_until")
    f.followUpOn = try o.day("follow_up_on")
    try o.finish()
    return f
  }
}
