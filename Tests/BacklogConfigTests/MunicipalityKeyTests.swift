import BacklogConfig
import Testing

@Suite("Municipality keys (Amtlicher Gemeindeschlüssel)")
struct MunicipalityKeyTests {
  @Test("an 8-digit key is read, with or without quotes; a municipality without one has none")
  func reads() throws {
    let c = try BacklogConfiguration.parse(
      """
      municipalities:
        - {name: Siegburg, key: "05382056"}
        - {name: Eitorf, key: 05382012}
        - name: Lohmar
      """, file: "k.yaml")
    #expect(c.municipalities.map(\.key) == ["05382056", "05382012", nil])
  }

  @Test("a key of other than 8 digits, a Land outside 01–16 and a key given twice are refused, naming the place")
  func refuses() {
    let text = """
      municipalities:
        - {name: A, key: "5382056"}
        - {name: B, key: "0538205X"}
        - {name: C, key: "17382056"}
        - {name: D, key: "05382056"}
        - {name: E, key: "05382056"}
      """
    do {
      _ = try BacklogConfiguration.parse(text, file: "bad.yaml")
      Issue.record("expected problems")
    } catch {
      let paths = error.problems.map(\.path)
      for p in ["municipalities[0].key", "municipalities[1].key", "municipalities[2].key", "municipalities"] {
        #expect(paths.contains(p), "no problem named for \(p): \(error.problems)")
      }
      #expect(error.problems.contains { $0.message.contains("\"E\" has the key 05382056 of \"D\"") })
    }
  }
}
