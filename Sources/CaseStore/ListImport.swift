import CaseExchange
import CaseModel
import Foundation
import GRDB
import OfficeLists

/// An office's own list to import (`backlog import LIST`, the administrator's upload page).
public struct ListImportRequest: Sendable {
  public var bytes: [UInt8]
  public var source: String
  public var sheet: String?
  public var profile: ListProfile
  /// `--office`; the profile's office otherwise.
  public var office: Office?
  public var today: Day
  public var actor: String
  public var dryRun: Bool
  public var issueCap: Int
  /// The office's municipalities (configuration); empty: any name is accepted.
  public var municipalities: [String]
  /// Corrections of the recognised mapping by column index (the upload page); nil: not imported.
  public var columnOverrides: [Int: ListField?]

  public init(
    bytes: [UInt8], source: String, sheet: String? = nil, profile: ListProfile = ListProfile(), office: Office? = nil,
    today: Day, actor: String, dryRun: Bool = false, issueCap: Int = 50, municipalities: [String] = [],
    columnOverrides: [Int: ListField?] = [:]
  ) {
    self.bytes = bytes
    self.source = source
    self.sheet = sheet
    self.profile = profile
    self.office = office
    self.today = today
    self.actor = actor
    self.dryRun = dryRun
    self.issueCap = issueCap
    self.municipalities = municipalities
    self.columnOverrides = columnOverrides
  }
}

/// What a list import found and did (or, on a dry run or with problems, would do).
public struct ListImportResult: Sendable {
  public var table: ListTable
  public var mapping: ListMapping
  public var rowCount: Int
  /// Lines left out: no file number and no name (totals, remarks).
  public var skippedLines: [Int]
  /// Nil when the import stopped before the store (problems in the rows, or the office unknown).
  public var summary: ImportSummary?
  public var issues: [ImportIssue]
  public var issueCount: Int
  /// What was kept as stored, and municipalities outside the office's list.
  public var warnings: [ImportIssue]
  /// Lines of rows whose office neither the list, the profile nor `--office` says.
  public var linesWithoutOffice: [Int]
  /// A few of the files as they would be stored.
  public var preview: [CaseFile]

  public var needsOffice: Bool { !linesWithoutOffice.isEmpty }
  public var succeeded: Bool { issueCount == 0 && !needsOffice && summary != nil }
}

/// A list that cannot be read at all (encoding, syntax, workbook, profile).
public struct ListUnreadable: Error, Sendable, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}

extension AppDatabase {
  /// Reads, recognises and maps a list, merges its rows with the stored files, and imports them
  /// through `importCaseFiles` (all or nothing, the lifecycle checked, every problem named).
  public func importList(
    _ request: ListImportRequest, screen: Screener? = nil,
    progress: ((Int) -> Void)? = nil
  ) throws -> ListImportResult {
    let sheet: ListSheet
    do { sheet = try ListReader.read(request.bytes, source: request.source, sheet: request.sheet ?? request.profile.sheet) } catch {
      throw ListUnreadable("\(request.source): \(error)")
    }
    var (table, mapping) = ListMapping.recognise(sheet, profile: request.profile, today: request.today)
    for (index, field) in request.columnOverrides where mapping.columns.indices.contains(index) {
      mapping.columns[index].field = field
      mapping.columns[index].source = .profile
      mapping.columns[index].note = "set by hand"
    }
    let rows = RowReader(table: table, mapping: mapping, today: request.today).read()
    var result = ListImportResult(
      table: table, mapping: mapping, rowCount: table.rows.count, skippedLines: rows.skippedLines, summary: nil, issues: [],
      issueCount: 0, warnings: [], linesWithoutOffice: [], preview: [])
    func report(_ i: ImportIssue) {
      result.issueCount += 1
      if result.issues.count < request.issueCap { result.issues.append(i) }
    }
    guard mapping.has(.fileNo) else {
      report(
        ImportIssue(
          location: SourceLocation(file: request.source, line: table.headerLine),
          reason: .noFileNumberColumn))
      return result
    }
    rows.issues.forEach(report)
    let settings = ListImportSettings(
      office: request.office ?? request.profile.office, route: request.profile.route, today: request.today, actor: request.actor)
    let maker = ListCaseFiles(mapping: mapping, settings: settings, source: table.sheet.map { "\(request.source) [\($0)]" } ?? request.source)
    let stored = try storedFiles(rows.records.compactMap(\.fileNo))
    let towns = MunicipalityNames(request.municipalities)
    var files: [SourcedCaseFile] = []
    var expected: [String: Int] = [:]
    var flags: [(fileNo: String, text: String)] = []
    for var record in rows.records {
      guard let fileNo = record.fileNo else { continue }
      if let m = record.municipality {
        if let known = towns.match(m) {
          record.municipality = known
        } else if towns.restricts {
          let previous = stored[fileNo]?.file.person.municipality
          if previous != m {
            flags.append((fileNo, "Gemeinde „\(m)“ steht nicht in der Liste der Gemeinden des Amts (Import aus \(maker.source), Zeile \(record.line)); bitte prüfen."))
          }
          result.warnings.append(
            ImportIssue(
              location: SourceLocation(file: maker.source, line: record.line), fileNo: fileNo,
              field: mapping.columns(for: .municipality).first.map { "\"\($0.header)\" (column \($0.letter))" },
              reason: .municipalityOutsideOffice(m)))
        }
      }
      let outcome: ListCaseFiles.Outcome
      if let old = stored[fileNo] {
        outcome = maker.merge(record, into: old.file)
        expected[fileNo] = old.version
      } else {
        switch maker.office(of: record) {
        case .failure(let i):
          report(i)
          continue
        case .success(nil):
          result.linesWithoutOffice.append(record.line)
          continue
        case .success(let office?):
          outcome = maker.newFile(record, office: office)
          expected[fileNo] = 0
        }
      }
      outcome.issues.forEach(report)
      result.warnings += outcome.warnings
      if let f = outcome.file {
        files.append(SourcedCaseFile(file: f, location: SourceLocation(file: maker.source, line: record.line)))
        if result.preview.count < 3 { result.preview.append(f) }
      }
    }
    guard result.issueCount == 0, !result.needsOffice else { return result }
    // Chunks of 1,000 so the progress line moves and canonical JSON is made while the writer stores.
    let chunkSize = 1_000
    let channel = ChunkChannel(capacity: files.count / chunkSize + 2)
    var start = 0
    while start < files.count {
      channel.send(ImportChunk(files: Array(files[start..<min(start + chunkSize, files.count)]), issues: []))
      start += chunkSize
    }
    channel.send(nil)
    let stamp = timestamp()
    let imported = try importCaseFiles(
      chunks: { channel.receive() }, actor: request.actor, dryRun: request.dryRun, issueCap: request.issueCap,
      screen: screen, progress: progress, expectedVersions: expected, today: request.today,
      finish: { db in
        let note = try db.makeStatement(
          sql: "INSERT INTO file_note (case_id, at, author, text) SELECT id, ?, ?, ? FROM case_file WHERE file_no = ?")
        for f in flags { try note.execute(arguments: [stamp, request.actor, f.text, f.fileNo]) }
        try CaseFileWrites(db: db, timestamp: stamp).audit(
          actor: request.actor, action: "import-list", fileNo: nil,
          detail: "\(request.source): \(files.count) rows, \(flags.count) municipalities flagged")
      })
    result.summary = imported.summary
    imported.issues.forEach(report)
    result.issueCount += imported.issueCount - imported.issues.count
    return result
  }

  /// The stored files of these numbers with their versions (read to merge a list's rows).
  func storedFiles(_ fileNos: [String]) throws -> [String: (file: CaseFile, version: Int)] {
    var out: [String: (file: CaseFile, version: Int)] = [:]
    let unique = Array(Set(fileNos))
    try writer.read { db in
      var start = 0
      while start < unique.count {
        let slice = Array(unique[start..<min(start + 500, unique.count)])
        let marks = Array(repeating: "?", count: slice.count).joined(separator: ",")
        let rows = try Row.fetchAll(
          db, sql: "SELECT file_no, version, facts FROM case_file WHERE file_no IN (\(marks))", arguments: StatementArguments(slice))
        for row in rows {
          let no: String = row[0]
          out[no] = (try Self.decodeStored(row[2], fileNo: no), row[1])
        }
        start += 500
      }
    }
    return out
  }
}

/// The office's municipalities, matched tolerantly ("Hennef" for "Hennef (Sieg)", "St. Augustin").
struct MunicipalityNames {
  let names: [String]
  let byKey: [String: String]
  var restricts: Bool { !names.isEmpty }

  init(_ names: [String]) {
    self.names = names
    var t: [String: String] = [:]
    for n in names {
      t[Self.key(n)] = n
      let short = Self.key(n.components(separatedBy: "(")[0])
      if t[short] == nil { t[short] = n }
    }
    byKey = t
  }

  static func key(_ s: String) -> String {
    Normalize.compact(s.replacingOccurrences(of: "St.", with: "Sankt").replacingOccurrences(of: "Stadt ", with: ""))
  }

  func match(_ name: String) -> String? {
    guard restricts else { return nil }
    if names.contains(name) { return name }
    return byKey[Self.key(name)] ?? byKey[Self.key(name.components(separatedBy: "(")[0])]
  }
}
