import CaseModel

/// Where a record came from: file and 1-based line.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }
  public var description: String { "\(file):\(line)" }
}

/// One bad record, named by file, line, file number and field, with the reason (typed: English on
/// the command line and in the API, German on the pages).
public struct ImportIssue: Error, Sendable, CustomStringConvertible, Equatable {
  public var location: SourceLocation?
  public var fileNo: String?
  public var field: String?
  public var reason: Reason

  public init(location: SourceLocation?, fileNo: String? = nil, field: String? = nil, reason: Reason) {
    self.location = location
    self.fileNo = fileNo
    self.field = field
    self.reason = reason
  }

  public var description: String {
    var parts: [String] = []
    if let location { parts.append(location.description) }
    if let fileNo { parts.append(fileNo) }
    if let field, !field.isEmpty { parts.append("field \(field)") }
    return (parts.isEmpty ? "" : parts.joined(separator: ": ") + ": ") + reason.english
  }
}

/// A case file read from a source, with where it came from.
public struct SourcedCaseFile: Sendable {
  public var file: CaseFile
  public var location: SourceLocation
  public init(file: CaseFile, location: SourceLocation) {
    self.file = file
    self.location = location
  }
}

/// What reading a set of sources produced: the good files and every bad record (up to a cap; the
/// count is complete).
public struct CaseFileBatch: Sendable {
  public var files: [SourcedCaseFile] = []
  public var issues: [ImportIssue] = []
  public var issueCount = 0
  public var issueCap: Int

  public init(issueCap: Int) { self.issueCap = issueCap }

  public var isValid: Bool { issueCount == 0 }

  public mutating func report(_ issue: ImportIssue) {
    issueCount += 1
    if issues.count < issueCap { issues.append(issue) }
  }
}
