/// A municipality of the Rhein-Sieg-Kreis with its approximate population (2023, rounded) and the
/// area code used for the fake phone numbers.
struct Municipality: Sendable {
  let name: String
  let population: Double
  let areaCode: String
}

enum Municipalities {
  /// Troisdorf runs its own ABH and EBH (evaluation report, footnote 1), so only a few of its
  /// files reach the district's offices: it gets a tenth of its weight.
  static let table = WeightedTable<Municipality>(
    [
      Municipality(name: "Alfter", population: 24_000, areaCode: "2222"),
      Municipality(name: "Bad Honnef", population: 26_000, areaCode: "2224"),
      Municipality(name: "Bornheim", population: 49_000, areaCode: "2222"),
      Municipality(name: "Eitorf", population: 19_500, areaCode: "2243"),
      Municipality(name: "Hennef (Sieg)", population: 48_500, areaCode: "2242"),
      Municipality(name: "Königswinter", population: 41_500, areaCode: "2223"),
      Municipality(name: "Lohmar", population: 30_500, areaCode: "2246"),
      Municipality(name: "Meckenheim", population: 25_500, areaCode: "2225"),
      Municipality(name: "Much", population: 14_500, areaCode: "2245"),
      Municipality(name: "Neunkirchen-Seelscheid", population: 20_000, areaCode: "2247"),
      Municipality(name: "Niederkassel", population: 39_000, areaCode: "2208"),
      Municipality(name: "Rheinbach", population: 27_500, areaCode: "2226"),
      Municipality(name: "Ruppichteroth", population: 10_500, areaCode: "2295"),
      Municipality(name: "Sankt Augustin", population: 56_000, areaCode: "2241"),
      Municipality(name: "Siegburg", population: 42_500, areaCode: "2241"),
      Municipality(name: "Swisttal", population: 19_000, areaCode: "2255"),
      Municipality(name: "Troisdorf", population: 7_800, areaCode: "2241"),
      Municipality(name: "Wachtberg", population: 20_500, areaCode: "228"),
      Municipality(name: "Windeck", population: 19_000, areaCode: "2292"),
    ].map { ($0, $0.population) })

  static var names: [String] { table.items.map(\.name) }
}
