import CaseModel

/// The clerks of the district's offices: regular staff and the module-3 (KIM) clerks.
enum Clerks {
  static let ebhRegular = ["m.schmitz", "a.becker", "s.wagner", "t.hoffmann", "j.klein", "c.schneider"]
  static let ebhKim = ["k.yilmaz", "l.fischer"]
  static let abhRegular = ["b.krause", "n.richter", "p.wolf"]
  static let abhKim = ["d.neumann"]

  static func names(office: Office, team: Team) -> [String] {
    switch (office, team) {
    case (.EBH, .regular): return ebhRegular
    case (.EBH, .kim): return ebhKim
    case (.ABH, .regular): return abhRegular
    case (.ABH, .kim): return abhKim
    }
  }
}
