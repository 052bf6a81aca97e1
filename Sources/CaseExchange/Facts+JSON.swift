import CaseModel

// The grouped facts, read and written by hand; names equal the model's `CodingKeys`.

extension Identity: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init()
    passportValid = try r.bool("passport_valid")
    evidenceLevel = try r.int("evidence_level")
    passportObtainable = try r.enumValue("passport_obtainable")
    deception = try r.enumValue("deception")
    deceptionCausedDuldung = try r.bool("deception_caused_duldung")
    efforts = try r.list("efforts")
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("passport_valid", passportValid)
    w.field("evidence_level", evidenceLevel)
    w.field("passport_obtainable", passportObtainable)
    w.field("deception", deception)
    w.field("deception_caused_duldung", deceptionCausedDuldung)
    w.field("efforts", efforts)
  }
}

extension IdentityEffort: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(on: try r.requiredDay("on"), action: try r.requiredString("action"))
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("on", on)
    w.field("action", action)
  }
}

extension German: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(level: try r.enumValue("level"), proof: try r.enumValue("proof"), on: try r.day("on"))
    oralOnly = try r.bool("oral_only")
    ageAppropriate = try r.bool("age_appropriate")
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("level", level)
    w.field("oral_only", oralOnly)
    w.field("proof", proof)
    w.field("on", on)
    w.field("age_appropriate", ageAppropriate)
  }
}

extension Civics: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(passed: try r.bool("passed"), proof: try r.enumValue("proof"), on: try r.day("on"))
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("passed", passed)
    w.field("proof", proof)
    w.field("on", on)
  }
}

extension Declarations: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(fdgoSignedOn: try r.day("fdgo_signed_on"), historySignedOn: try r.day("history_signed_on"))
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("fdgo_signed_on", fdgoSignedOn)
    w.field("history_signed_on", historySignedOn)
  }
}

extension Livelihood: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init()
    benefitsSgb2Sgb12 = try r.bool("benefits_sgb2_sgb12")
    fulltimeNow = try r.bool("fulltime_now")
    fulltimeMonthsLast24 = try r.int("fulltime_months_last_24")
    notAtFault = try r.bool("not_at_fault")
    incomeMonthly = try r.double("income_monthly")
    needMonthly = try r.double("need_monthly")
    inEducation = try r.bool("in_education")
    singleParent = try r.bool("single_parent")
    carer = try r.bool("carer")
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("benefits_sgb2_sgb12", benefitsSgb2Sgb12)
    w.field("fulltime_now", fulltimeNow)
    w.field("fulltime_months_last_24", fulltimeMonthsLast24)
    w.field("not_at_fault", notAtFault)
    w.field("income_monthly", incomeMonthly)
    w.field("need_monthly", needMonthly)
    w.field("in_education", inEducation)
    w.field("single_parent", singleParent)
    w.field("carer", carer)
  }
}

extension GuestWorkerEntry: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(kind: try r.requiredEnum("kind"), on: try r.requiredDay("on"))
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("kind", kind)
    w.field("on", on)
  }
}

extension Conviction: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(on: try r.requiredDay("on"), kind: try r.requiredEnum("kind"))
    dailyRates = try r.int("daily_rates")
    months = try r.double("months")
    suspended = try r.bool("suspended")
    remitted = try r.bool("remitted")
    hateMotive = try r.bool("hate_motive")
    foreignerOnlyOffence = try r.bool("foreigner_only_offence")
    erasableOn = try r.day("erasable_on")
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("on", on)
    w.field("kind", kind)
    w.field("daily_rates", dailyRates)
    w.field("months", months)
    w.field("suspended", suspended)
    w.field("remitted", remitted)
    w.field("hate_motive", hateMotive)
    w.field("foreigner_only_offence", foreignerOnlyOffence)
    w.field("erasable_on", erasableOn)
  }
}

extension Household: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init()
    minorChildren = try r.int("minor_children")
    childrenSchoolAttendanceProven = try r.bool("children_school_attendance_proven")
    spouseOfFulltimeWorker = try r.bool("spouse_of_fulltime_worker")
    ownDwelling = try r.bool("own_dwelling")
    children = try r.list("children")
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("minor_children", minorChildren)
    w.field("children_school_attendance_proven", childrenSchoolAttendanceProven)
    w.field("spouse_of_fulltime_worker", spouseOfFulltimeWorker)
    w.field("own_dwelling", ownDwelling)
    w.field("children", children)
  }
}

extension Waivers: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init()
    illnessDisabilityAge = try r.bool("illness_disability_age")
    languageHardship = try r.bool("language_hardship")
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("illness_disability_age", illnessDisabilityAge)
    w.field("language_hardship", languageHardship)
  }
}

extension School: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init()
    yearsAttendedInGermany = try r.double("years_attended_in_germany")
    qualification = try r.bool("qualification")
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("years_attended_in_germany", yearsAttendedInGermany)
    w.field("qualification", qualification)
  }
}

extension DocumentRecord: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(
      id: try r.requiredString("id"), status: try r.requiredEnum("status"), on: try r.day("on"),
      validUntil: try r.day("valid_until"))
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("id", id)
    w.field("status", status)
    w.field("on", on)
    w.field("valid_until", validUntil)
  }
}

extension Consent: JSONReadable, JSONWritable {
  public init(json r: inout JSONReader) throws {
    self.init(
      scope: try r.requiredEnum("scope"), givenOn: try r.requiredDay("given_on"),
      withdrawnOn: try r.day("withdrawn_on"), formVersion: try r.string("form_version"),
      recordedBy: try r.string("recorded_by"))
  }
  public func writeFields(to w: inout JSONWriter) {
    w.field("scope", scope)
    w.field("given_on", givenOn)
    w.field("withdrawn_on", withdrawnOn)
    w.field("form_version", formVersion)
    w.field("recorded_by", recordedBy)
  }
}
