import Testing

@testable import BacklogConfig

@Suite("The configuration file")
struct ConfigurationTests {
  let full = """
    server:
      host: 0.0.0.0
      port: 8443
      secure_cookies: true
      trusted_proxies: [127.0.0.1, "10.0.0.0/8", "::1"]
    office:
      name: Rhein-Sieg-Kreis – Der Landrat
      unit: Amt für Einbürgerung
      address: {street: Kaiser-Wilhelm-Platz 1, postal_code: "53721", city: Siegburg}
      phone: 02241 13-0
      email: einbuergerung@rhein-sieg-kreis.de
      opening_hours: Mo–Fr 8–12 Uhr
    municipalities:
      - name: Siegburg
        case_management:
          name: KIM Siegburg
          phone: 02241 102-0
          contact: Frau Yilmaz
      - name: Eitorf
    """

  @Test("a complete file is read with every section")
  func readsEverySection() throws {
    let c = try BacklogConfiguration.parse(full, file: "backlog.yaml")
    #expect(c.server.port == 8443)
    #expect(c.server.host == "0.0.0.0")
    #expect(c.server.trustedProxies.count == 3)
    #expect(c.office?.address?.postalCode == "53721")
    #expect(c.municipalities.map(\.name) == ["Siegburg", "Eitorf"])
    #expect(c.municipality(named: "Siegburg")?.caseManagement?.contact == "Frau Yilmaz")
    #expect(c.municipality(named: "Atlantis") == nil)
    #expect(c.source == "backlog.yaml")
  }

  @Test("an empty file means the defaults")
  func emptyFileIsDefaults() throws {
    let c = try BacklogConfiguration.parse("", file: "x.yaml")
    #expect(c.server.port == 8080)
    #expect(c.server.secureCookies)
    #expect(c.municipalities.isEmpty)
  }

  @Test("every problem is named with its path, not only the first")
  func namesEveryProblem() {
    let text = """
      server:
        port: 70000
        trusted_proxies: [10.0.0.0/33, not-an-ip]
        colour: blue
      office:
        phone: call me
        address: {street: x, postal_code: "5372", city: y}
      municipalities:
        - name: Siegburg
        - name: Siegburg
        - case_management: {name: KIM}
      backupz: {}
      """
    do {
      _ = try BacklogConfiguration.parse(text, file: "bad.yaml")
      Issue.record("expected problems")
    } catch {
      let paths = Set(error.problems.map(\.path))
      for p in [
        "server.port", "server.trusted_proxies[0]", "server.trusted_proxies[1]", "server.colour", "office.name",
        "office.phone", "office.address.postal_code", "municipalities", "municipalities[2].name", "backupz",
      ] {
        #expect(paths.contains(p), "no problem named for \(p): \(error.problems)")
      }
      #expect(error.problems.allSatisfy { $0.line != nil || $0.path == "municipalities" })
    }
  }

  @Test("broken YAML is one clear problem, not a crash")
  func brokenYAML() {
    #expect(throws: ConfigurationError.self) { try BacklogConfiguration.parse("server: [unclosed", file: "y") }
  }

  @Test("a missing file is named")
  func missingFile() {
    #expect(throws: ConfigurationError.self) { try BacklogConfiguration.load(path: "/nonexistent/backlog.yaml") }
  }
}

@Suite("IP ranges of trusted proxies")
struct IPRangeTests {
  @Test("an IPv4 CIDR range contains its addresses and no others")
  func ipv4() throws {
    let r = try #require(IPRange("10.0.0.0/8"))
    #expect(r.contains("10.200.3.4"))
    #expect(!r.contains("11.0.0.1"))
    #expect(r.contains("::ffff:10.1.2.3"))
    #expect(!r.contains("nonsense"))
  }

  @Test("a single address is a range of one")
  func single() throws {
    let r = try #require(IPRange("127.0.0.1"))
    #expect(r.contains("127.0.0.1"))
    #expect(!r.contains("127.0.0.2"))
    #expect(try #require(IPRange("::1")).contains("::1"))
  }

  @Test("impossible ranges are refused")
  func refused() {
    for text in ["", "10.0.0.0/33", "1.2.3", "::1/129", "10.0.0.0/-1", "a/b/c", String(repeating: "1", count: 100)] {
      #expect(IPRange(text) == nil, "\(text)")
    }
  }
}
