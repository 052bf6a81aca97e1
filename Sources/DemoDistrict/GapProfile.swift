import CaseModel

/// Which shortfalls a naturalization file shows. Drawn independently, so some files show several.
struct GapProfile: Sendable {
  var languageA2 = false
  var identityUnclear = false
  var benefits = false
  /// On benefits but working full time (20 of the last 24 months): the § 10 Abs. 1 Nr. 3 exception.
  var fulltimeException = false
  var shortResidence = false
  var civicsMissing = false
  /// Some facts not recorded yet (the screening answers `missing`).
  var unknownFacts = false
  /// A fine of at most 90 daily rates (disregarded under § 12a).
  var minorFine = false
  var majorConviction = false
  var pendingInvestigation = false
  /// A hard bar: security hit or a hate-motivated conviction.
  var excluded = false

  /// The mix of the open backlog; stuck files draw the harder gaps more often.
  static func open(stuck: Bool, rng: inout SplitMix64) -> GapProfile {
    let f = stuck ? 3.0 : 1.0
    var g = GapProfile()
    g.languageA2 = rng.chance(0.20)
    g.identityUnclear = rng.chance(0.06 * f)
    g.benefits = rng.chance(0.10)
    g.fulltimeException = g.benefits && rng.chance(0.3)
    g.shortResidence = rng.chance(0.08)
    g.civicsMissing = rng.chance(0.06)
    g.unknownFacts = rng.chance(0.08)
    g.minorFine = rng.chance(0.06)
    g.majorConviction = rng.chance(0.012 * f)
    g.pendingInvestigation = rng.chance(0.012 * f)
    g.excluded = rng.chance(0.008 * f)
    return g
  }

  /// A refused file fails on one of the usual grounds.
  static func refused(rng: inout SplitMix64) -> GapProfile {
    var g = GapProfile()
    switch rng.int(0...4) {
    case 0: g.majorConviction = true
    case 1: g.identityUnclear = true
    case 2: g.benefits = true
    case 3: g.languageA2 = true
    default: g.excluded = true
    }
    return g
  }

  /// A granted file meets every condition; a few carry a disregarded fine.
  static func granted(rng: inout SplitMix64) -> GapProfile {
    var g = GapProfile()
    g.minorFine = rng.chance(0.04)
    g.fulltimeException = rng.chance(0.03)
    g.benefits = g.fulltimeException
    return g
  }
}
