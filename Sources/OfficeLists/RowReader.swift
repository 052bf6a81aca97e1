import CaseExchange
import CaseModel

/// Reads the rows of a list through its mapping into `ListRecord`s, naming every bad cell with its
/// line, column and reason (a wrong date, an unknown country word with the closest known ones, a
/// stage word that maps to nothing).
public struct RowReader: Sendable {
  public var table: ListTable
  public var mapping: ListMapping
  public var today: Day

  public init(table: ListTable, mapping: ListMapping, today: Day) {
    self.table = table
    self.mapping = mapping
    self.today = today
  }

  public struct Result: Sendable {
    public var records: [ListRecord] = []
    public var issues: [ImportIssue] = []
    /// Rows without file number and name, left out.
    public var skippedLines: [Int] = []
  }

  public func read() -> Result {
    var result = Result()
    let mapped = mapping.columns.filter { $0.field != nil && $0.field != .ignore }
    for row in table.rows {
      var record = ListRecord(line: row.line)
      var issues: [ImportIssue] = []
      for column in mapped {
        let cell = row[column.index]
        if cell.isEmpty { continue }
        if let problem = read(cell, column.field!, into: &record) {
          issues.append(issue(row.line, column, problem))
        }
      }
      // A total or remark under the table ("Summe: 5 Verfahren") fills one cell only.
      let filled = row.cells.lazy.filter { !$0.isEmpty }.count
      if (record.isFiller && issues.isEmpty) || (filled <= 1 && record.familyName == nil && record.givenNames == nil) {
        result.skippedLines.append(row.line)
        continue
      }
      if record.fileNo == nil, let c = mapping.columns(for: .fileNo).first {
        issues.append(issue(row.line, c, "no file number"))
      }
      for i in issues.indices { issues[i].fileNo = record.fileNo }
      result.issues += issues
      result.records.append(record)
    }
    return result
  }

  func issue(_ line: Int, _ column: ColumnMapping, _ reason: String) -> ImportIssue {
    ImportIssue(
      location: SourceLocation(file: table.sheet.map { "\(table.source) [\($0)]" } ?? table.source, line: line),
      field: "\"\(column.header)\" (column \(column.letter))", reason: .described(reason))
  }

  /// Reads one cell into the record; returns the problem, if any.
  func read(_ cell: ListCell, _ field: ListField, into r: inout ListRecord) -> String? {
    let text = cell.text
    let profile = mapping.profile
    func date() -> Day? { GermanDate.parse(cell, today: today) }
    func dateProblem() -> String {
      "not a date: \"\(text)\" (expected DD.MM.YYYY)"
    }
    switch field {
    case .fileNo: r.fileNo = text
    case .familyName: r.familyName = text
    case .givenNames: r.givenNames = text
    case .fullName:
      let parts = text.split(separator: ",", maxSplits: 1)
      r.familyName = String(parts[0]).trimmedCell
      if parts.count == 2 {
        let given = String(parts[1]).trimmedCell
        if !given.isEmpty { r.givenNames = given }
      }
    case .fullNameGivenFirst:
      if let space = text.lastIndex(of: " ") {
        r.givenNames = String(text[..<space]).trimmedCell
        r.familyName = String(text[text.index(after: space)...]).trimmedCell
      } else {
        r.familyName = text
      }
    case .birthDate, .receivedOn, .asOf, .decidedOn, .certificateHandoverOn, .followUpOn:
      guard let d = date() else { return dateProblem() }
      if field == .birthDate || field == .receivedOn || field == .decidedOn || field == .certificateHandoverOn, d > today {
        return "\(text) lies in the future"
      }
      switch field {
      case .birthDate: r.birthDate = d
      case .receivedOn: r.receivedOn = d
      case .asOf: r.asOf = d
      case .decidedOn: r.decidedOn = d
      case .certificateHandoverOn: r.certificateHandoverOn = d
      default: r.followUpOn = d
      }
    case .nationality:
      if let v = profile.value(.nationality, text) {
        append(v.split(separator: "|").map(String.init), to: &r.nationalities)
        return nil
      }
      switch NationalityWords.codes(text) {
      case .success(let codes): append(codes, to: &r.nationalities)
      case .failure(let u): return unknown("country", u)
      }
    case .stage:
      r.stageWord = text
      if let v = profile.value(.stage, text) {
        r.status = CaseStatus(rawValue: v)
      } else if let s = StageWords.status(text) {
        r.status = s
      } else {
        return unknown("stage", UnknownWord(word: text, closest: StageWords.closest(text)))
      }
    case .procedure, .office, .route:
      let p = profile.value(field, text).flatMap(ValueTarget.procedure)
        ?? (field == .office ? ValueWords.office(text).map { Procedure(office: $0) } : ProcedureWords.procedure(text))
      guard let p else {
        return "unknown procedure \"\(text)\"; expected e.g. \"§ 10 StAG\", \"§ 25b AufenthG\", EBH or ABH (or map it in a profile under values: \(field.rawValue))"
      }
      if let o = r.office, o != p.office { return "says \(p.office.rawValue), another column says \(o.rawValue)" }
      r.office = p.office
      if let route = p.route { r.route = route }
    case .team:
      guard let t = profile.value(.team, text).flatMap(Team.init(rawValue:)) ?? ValueWords.team(text) else {
        return "unknown team \"\(text)\"; expected KIM/Modul 3 or regulär (or map it in a profile under values: team)"
      }
      r.team = t
    case .clerk: r.clerk = text
    case .municipality: r.municipality = text
    case .phone: if r.phone == nil { r.phone = text }
    case .email:
      guard text.contains("@"), !text.contains(" ") else { return "not an e-mail address: \"\(text)\"" }
      r.email = text
    case .street: r.street = text
    case .postalCode: r.postalCode = text
    case .city: r.city = text
    case .postalCodeCity:
      let parts = text.split(separator: " ", maxSplits: 1)
      if parts.count == 2, parts[0].allSatisfy(\.isNumber) {
        r.postalCode = String(parts[0])
        r.city = String(parts[1]).trimmedCell
      } else {
        r.city = text
      }
    case .sex:
      guard let s = profile.value(.sex, text) ?? ValueWords.sex(text) else {
        return "unknown sex \"\(text)\"; expected w, m, d or ohne Angabe"
      }
      r.sex = s
    case .maritalStatus:
      guard let s = profile.value(.maritalStatus, text) ?? ValueWords.maritalStatus(text) else {
        return "unknown marital status \"\(text)\"; expected ledig, verheiratet, verwitwet, geschieden, Lebenspartnerschaft"
      }
      r.maritalStatus = s
    case .languages:
      switch ValueWords.languages(text) {
      case .success(let codes): append(codes, to: &r.languages)
      case .failure(let u): return unknown("language", u)
      }
    case .interpreterNeeded:
      guard let b = ValueWords.yesNo(cell) else { return "expected ja or nein, got \"\(text)\"" }
      r.interpreterNeeded = b
    case .ignore: break
    }
    return nil
  }

  func append(_ codes: [String], to list: inout [String]?) {
    var l = list ?? []
    for c in codes where !l.contains(c) { l.append(c) }
    list = l
  }

  func unknown(_ what: String, _ u: UnknownWord) -> String {
    let closest = u.closest.isEmpty ? "" : "; closest known: \(u.closest.map { "\"\($0)\"" }.joined(separator: ", "))"
    return "unknown \(what) word \"\(u.word)\"\(closest)"
  }
}
