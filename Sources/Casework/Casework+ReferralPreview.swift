import CaseModel
import CaseStore
import Eligibility
import Referrals

/// What referring one gap of many files would do, read without writing (issue 13: a bulk
/// referral is confirmed with the count and the list before anything is sent). The same checks
/// as `refer`: the file is the office's and open, the gap is referable today and not already
/// with case management; consent decides between sending and proposing.
public struct ReferralPreviewRow: Sendable {
  public enum Plan: Sendable { case send, propose, skip(ReferralError) }
  public var fileNo: String
  public var name: String
  public var plan: Plan
}

extension Casework {
  public func previewReferrals(rule: String, fileNos: [String], office: Office) async throws -> [ReferralPreviewRow] {
    let (engine, day) = (try requiredEngine(), today())
    let candidates = try await store.referralCandidates(rule: rule, fileNos: fileNos)
    let district = municipalities
    // Screening every file of the list is CPU work.
    return try await CPUWork.run {
      candidates.map { c in
        guard let file = c.file, c.office == office.rawValue else {
          return ReferralPreviewRow(fileNo: c.fileNo, name: "", plan: .skip(.notFound("no file \(c.fileNo)")))
        }
        let name = file.person.familyName + (file.person.givenNames.map { ", " + $0 } ?? "")
        return ReferralPreviewRow(
          fileNo: c.fileNo, name: name,
          plan: Self.plan(file, rule: rule, referred: c.referred, engine: engine, today: day, district: district))
      }
    }
  }

  static func plan(
    _ file: CaseFile, rule: String, referred: Bool, engine: ScreeningEngine, today: Day, district: [String]
  ) -> ReferralPreviewRow.Plan {
    if file.status.isClosed { return .skip(.fileClosed(fileNo: file.fileNo)) }
    let referable = ReferableGaps.of(engine.screen(file, asOf: today), engine: engine)
    guard referable.contains(where: { $0.rule == rule }) else {
      return .skip(.invalid([FieldError(path: "rules", reason: .notAWorkableGap(rule: rule))]))
    }
    if referred { return .skip(.alreadyReferred(rule: rule, referral: 0)) }
    if file.person.municipality == nil { return .skip(.invalid([FieldError(path: "municipality", reason: .municipalityRequired)])) }
    if let outside = outsideDistrict(file.person.municipality, district) { return .skip(outside) }
    return file.referralConsent(on: today) == nil ? .propose : .send
  }
}
