import CaseModel

// The case file of spec section 1, read and written by hand (the hot path of import, export and
// batch screening). The field names here must equal the `CodingKeys` of the model; a test checks
// that both ways agree on a fully populated file.

extension CaseFile: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(
      fileNo: try r.requiredString("file_no"), office: try r.requiredEnum("office"),
      receivedOn: try r.requiredDay("received_on"), status: try r.requiredEnum("status"),
      person: try r.requiredObject("person"))
    route = try r.enumValue("route")
    history = try r.list("history")
    team = try r.enumValue("team")
    clerk = try r.string("clerk")
    decidedOn = try r.day("decided_on")
    certificateHandoverOn = try r.day("certificate_handover_on")
    related = try r.list("related")
    stays = try r.list("stays")
    absences = try r.list("absences")
    protection = try r.enumValue("protection")
    identity = try r.object("identity")
    german = try r.object("german")
    civics = try r.object("civics")
    declarations = try r.object("declarations")
    livelihood = try r.object("livelihood")
    guestWorkerEntry = try r.object("guest_worker_entry")
    convictions = try r.list("convictions")
    pendingInvestigation = try r.bool("pending_investigation")
    securityCheck = try r.enumValue("security_check")
    spousesCount = try r.int("spouses_count")
    household = try r.object("household")
    waivers = try r.object("waivers")
    school = try r.object("school")
    marriedToGermanSince = try r.day("married_to_german_since")
    specialIntegration = try r.bool("special_integration")
    permit104c = try r.object("permit_104c")
    followupApplicationOn = try r.day("followup_application_on")
    documents = try r.list("documents")
    consents = try r.list("consents")
    sperrfristUntil = try r.day("sperrfrist_until")
    followUpOn = try r.day("follow_up_on")
  }

  public func writeFields(to w: inout JSONWriter) {
    w.field("file_no", fileNo)
    w.field("office", office)
    w.field("route", route)
    w.field("received_on", receivedOn)
    w.field("status", status)
    w.field("history", history)
    w.field("team", team)
    w.field("clerk", clerk)
    w.field("decided_on", decidedOn)
    w.field("certificate_handover_on", certificateHandoverOn)
    w.field("person", person)
    w.field("related", related)
    w.field("stays", stays)
    w.field("absences", absences)
    w.field("protection", protection)
    w.field("identity", identity)
    w.field("german", german)
    w.field("civics", civics)
    w.field("declarations", declarations)
    w.field("livelihood", livelihood)
    w.field("guest_worker_entry", guestWorkerEntry)
    w.field("convictions", convictions)
    w.field("pending_investigation", pendingInvestigation)
    w.field("security_check", securityCheck)
    w.field("spouses_count", spousesCount)
    w.field("household", household)
    w.field("waivers", waivers)
    w.field("school", school)
    w.field("married_to_german_since", marriedToGermanSince)
    w.field("special_integration", specialIntegration)
    w.field("permit_104c", permit104c)
    w.field("followup_application_on", followupApplicationOn)
    w.field("documents", documents)
    w.field("consents", consents)
    w.field("sperrfrist_until", sperrfristUntil)
    w.field("follow_up_on", followUpOn)
  }
}

extension StatusChange: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(
      at: try r.requiredDay("at"), status: try r.requiredEnum("status"), by: try r.string("by"),
      reason: try r.string("reason"))
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("at", at)
    w.field("status", status)
    w.field("by", by)
    w.field("reason", reason)
  }
}

extension Person: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(
      familyName: try r.requiredString("family_name"), givenNames: try r.string("given_names"),
      birthDate: try r.day("birth_date"))
    nationalities = try r.stringList("nationalities")
    municipality = try r.string("municipality")
    phone = try r.string("phone")
    email = try r.string("email")
    languages = try r.stringList("languages")
    interpreterNeeded = try r.bool("interpreter_needed")
    address = try r.object("address")
    sex = try r.enumValue("sex")
    maritalStatus = try r.enumValue("marital_status")
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("family_name", familyName)
    w.field("given_names", givenNames)
    w.field("birth_date", birthDate)
    w.field("nationalities", nationalities)
    w.field("municipality", municipality)
    w.field("phone", phone)
    w.field("email", email)
    w.field("languages", languages)
    w.field("interpreter_needed", interpreterNeeded)
    w.field("address", address)
    w.field("sex", sex)
    w.field("marital_status", maritalStatus)
  }
}

extension RelatedFile: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(
      fileNo: try r.requiredString("file_no"), relation: try r.requiredEnum("relation"),
      coApplication: try r.bool("co_application"))
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("file_no", fileNo)
    w.field("relation", relation)
    w.field("co_application", coApplication)
  }
}

extension Stay: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(
      from: try r.requiredDay("from"), to: try r.day("to"), status: try r.requiredEnum("status"),
      basis: try r.string("basis"), gapCause: try r.enumValue("gap_cause"))
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("from", from)
    w.field("to", to)
    w.field("status", status)
    w.field("basis", basis)
    w.field("gap_cause", gapCause)
  }
}

extension Absence: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(
      from: try r.requiredDay("from"), to: try r.requiredDay("to"), reason: try r.enumValue("reason"),
      returnedWithinSetPeriod: try r.bool("returned_within_set_period"))
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("from", from)
    w.field("to", to)
    w.field("reason", reason)
    w.field("returned_within_set_period", returnedWithinSetPeriod)
  }
}

extension Address: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(street: try r.string("street"), postalCode: try r.string("postal_code"), city: try r.string("city"))
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("street", street)
    w.field("postal_code", postalCode)
    w.field("city", city)
  }
}

extension Child: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(birthDate: try r.requiredDay("birth_date"))
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("birth_date", birthDate)
  }
}

extension Period: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(from: try r.requiredDay("from"), to: try r.requiredDay("to"))
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("from", from)
    w.field("to", to)
  }
}
