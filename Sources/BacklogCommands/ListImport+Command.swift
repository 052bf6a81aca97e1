import ArgumentParser
import CaseExchange
import CaseModel
import CaseStore
import Casework
import Eligibility
import Foundation
import OfficeLists

/// `backlog import LIST`: an office's own list (German headers, Windows-1252, `.xlsx`), beside
/// the contract's format, which `ImportCommand` reads exactly as before.
enum ListImportCommand {
  /// Whether a path is an office's list rather than the contract's JSON or CSV: a workbook, a
  /// tab-separated text, or a CSV whose header does not name `file_no`.
  static func isList(_ path: String) -> Bool {
    let lower = path.lowercased()
    if [".xlsx", ".xlsm", ".xls", ".tsv", ".txt"].contains(where: { lower.hasSuffix($0) }) { return true }
    guard lower.hasSuffix(".csv"), let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let head = [UInt8]((try? handle.read(upToCount: 64 * 1024)) ?? Data())
    return !ListReader.isContractCSV(head)
  }

  static func run(
    path: String, office: Office?, profilePath: String?, sheet: String?, dryRun: Bool, issueCap: Int,
    municipalities: [String], casework: Casework
  ) throws {
    let clock = ContinuousClock()
    let started = clock.now
    guard let data = FileManager.default.contents(atPath: path) else { throw InputError("\(path): cannot read the file") }
    let profile: ListProfile
    do { profile = try profilePath.map(ListProfile.load) ?? ListProfile() } catch { throw InputError("\(error)") }
    let today = Day.today()
    let label = dryRun ? "Checking" : "Importing"
    let request = ListImportRequest(
      bytes: [UInt8](data), source: (path as NSString).lastPathComponent, sheet: sheet, profile: profile, office: office,
      today: today, actor: Terminal.actor, dryRun: dryRun, issueCap: issueCap, municipalities: municipalities)
    let result: ListImportResult
    do {
      result = try casework.importList(
        request,
        progress: { done in
          if Terminal.isInteractive { FileHandle.standardError.write(Data("\r\(label) \(Terminal.grouped(done)) rows".utf8)) }
        })
    } catch let e as ListUnreadable {
      throw InputError(e.description)
    }
    if Terminal.isInteractive && result.summary != nil { FileHandle.standardError.write(Data("\n".utf8)) }
    if dryRun {
      Terminal.out(MappingReport.text(table: result.table, mapping: result.mapping, office: request.office ?? profile.office, today: today))
      Terminal.out("")
    }
    if result.needsOffice {
      let lines = result.linesWithoutOffice.prefix(5).map(String.init).joined(separator: ", ")
      throw ValidationError(
        "The list does not say the office (EBH or ABH) of \(result.linesWithoutOffice.count) row(s) (line \(lines)\(result.linesWithoutOffice.count > 5 ? ", ..." : "")): give --office EBH or --office ABH, or office: in a profile. Nothing was imported.")
    }
    for w in result.warnings.prefix(issueCap) { Terminal.error("note: \(w.description)") }
    if result.warnings.count > issueCap { Terminal.error("note: ... and \(result.warnings.count - issueCap) more") }
    guard result.issueCount == 0, let summary = result.summary else {
      for issue in result.issues { Terminal.error(issue.description) }
      if result.issueCount > result.issues.count {
        Terminal.error("... and \(result.issueCount - result.issues.count) more problems")
      }
      throw InputError("Nothing was imported: \(result.issueCount) problem(s) found. Fix them (or map them in a profile) and import again.")
    }
    Terminal.out(ImportReport.text(summary))
    if !result.skippedLines.isEmpty {
      Terminal.out("Left out \(result.skippedLines.count) row(s) without file number and name (line \(result.skippedLines.prefix(5).map(String.init).joined(separator: ", "))).")
    }
    if dryRun, let first = result.preview.first {
      Terminal.out("The first file as it would be stored:\n" + CaseFileWriter().canonicalJSON(first))
    }
    let elapsed = clock.now - started
    if result.rowCount >= 1000 {
      Terminal.error("\(Terminal.grouped(result.rowCount)) rows in \(Terminal.seconds(elapsed)), \(Terminal.rate(result.rowCount, elapsed)) rows per second.")
    }
  }
}
