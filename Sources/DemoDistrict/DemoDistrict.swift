import CaseModel

/// A generated district: the naturalization (EBH) and Duldung (ABH) files of an office like the
/// Rhein-Sieg-Kreis, from 2020 up to `today`, with full histories and realistic gaps.
///
/// Output depends only on `seed`, `today` and `fileCount` (own PRNG, no clock). Without a file
/// count it is the realistic district (about 11,700 EBH files of which about 2,600 open, and about
/// 1,270 ABH files); with one, the same mix scaled to that many files (EBH:ABH about 2:1).
public struct DemoDistrict: Sendable {
  public let seed: UInt64
  public let today: Day
  public let fileCount: Int?

  public init(seed: UInt64, today: Day, fileCount: Int? = nil) {
    self.seed = seed
    self.today = today
    self.fileCount = fileCount.map { max(0, $0) }
  }

  /// The plans of both offices: intake per year, closure capacity, team shares.
  var plans: (ebh: FlowPlan, abh: FlowPlan) {
    let ebhCount = fileCount.map { Int((Double($0) * 2 / 3).rounded()) }
    return (
      FlowPlan(office: .EBH, today: today, total: ebhCount),
      FlowPlan(office: .ABH, today: today, total: fileCount.map { $0 - ebhCount! })
    )
  }

  /// All files, EBH first, each office in order of receipt.
  public func generate() -> [CaseFile] {
    var files: [CaseFile] = []
    files.reserveCapacity(fileCount ?? 13_000)
    forEach { files.append($0) }
    return files
  }

  /// Streams the files one by one without keeping them, for benchmark inputs of millions.
  /// The order is that of `generate()`; an error thrown by `body` stops the stream.
  public func forEach(_ body: (CaseFile) throws -> Void) rethrows {
    let (ebh, abh) = plans
    try IntakeStream(plan: ebh, seed: seed, familyShare: 0.10).forEach { try body(NaturalizationFile.make($0, plan: ebh)) }
    try IntakeStream(plan: abh, seed: seed, familyShare: 0.08).forEach { try body(DuldungFile.make($0, plan: abh)) }
  }
}
