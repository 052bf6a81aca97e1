import StrictYAML
import Testing

@Suite("Strict YAML: typed getters, every problem with path and line")
struct StrictYAMLTests {
  func read(_ text: String) -> (YAMLValue?, ProblemLog) {
    let log = ProblemLog()
    return (YAMLValue.parse(text, log: log), log)
  }

  @Test("typed getters read their values; null counts as absent")
  func getters() throws {
    let (v, log) = read("""
      name: Siegburg
      port: 8080
      secure: yes
      on: 2024-03-01
      kinds: [a, b]
      empty: ~
      nested: {x: 1}
      list: [{a: 1}, {a: 2}]
      """)
    let root = try #require(v)
    #expect(root.string("name") == "Siegburg")
    #expect(root.int("port", in: 1...65535) == 8080)
    #expect(root.bool("secure") == true)
    #expect(root.parsed("on", format: "a date") { $0.count == 10 ? $0 : nil } == "2024-03-01")
    #expect(root.strings("kinds") == ["a", "b"])
    #expect(root.string("empty", required: false) == nil)
    #expect(root.map("nested")?.int("x") == 1)
    #expect(root.maps("list").compactMap { $0.int("a") } == [1, 2])
    #expect(log.isEmpty, "\(log.problems)")
  }

  @Test("every problem is collected with its path, key and line, not only the first")
  func collectsEveryProblem() throws {
    let (v, log) = read("""
      server:
        port: 70000
        hosts: [a, {b: 1}]
        colour: blue
      missing_list: 3
      """)
    let root = try #require(v)
    root.only(["server", "missing_list"])
    let server = try #require(root.map("server"))
    server.only(["port", "hosts"])
    _ = server.int("port", in: 1...65535)
    _ = server.strings("hosts")
    _ = server.string("name", required: true)
    _ = root.list("missing_list")
    let found = log.problems.map { "\($0.path)@\($0.line ?? 0)" }
    #expect(found == ["server.colour@4", "server.port@2", "server.hosts[1]@3", "server.name@2", "missing_list@5"])
    #expect(log.problems[0].fault == .unknownKey("colour", allowed: ["port", "hosts"]))
    #expect(log.problems[1].fault == .expectedInt(got: "70000", range: 1...65535))
    #expect(log.problems[2].name == "hosts")
    #expect(log.problems[3].fault == .required)
    #expect(log.problems[4].fault == .expectedList)
  }

  @Test("choices name the allowed values; labels travel with the value")
  func choices() throws {
    enum Kind: String, CaseIterable { case bars, lines }
    let (v, log) = read("kinds: [bars, pie]\nkind: dots\n")
    let root = try #require(v).labelled("chart")
    #expect(root.choices("kinds", Kind.self) == [.bars])
    #expect(root.choice("kind", Kind.self) == nil)
    #expect(log.problems.map(\.fault) == [
      .expectedChoice(got: "pie", allowed: ["bars", "lines"]), .expectedChoice(got: "dots", allowed: ["bars", "lines"]),
    ])
    #expect(log.problems.allSatisfy { $0.context == "chart" })
  }

  @Test("text that is not YAML is one problem, an empty text no value")
  func notYAML() {
    let (bad, log) = read("a: [unclosed")
    #expect(bad == nil)
    if case .notValidYAML = log.problems.first?.fault {} else { Issue.record("\(log.problems)") }
    let (empty, emptyLog) = read("")
    #expect(empty == nil && emptyLog.isEmpty)
  }

  @Test("quoted scalars are text, plain ones typed (YAML 1.2 core schema)")
  func scalarKinds() throws {
    let (v, _) = read("a: 1\nb: \"1\"\nc: true\nd: ~\ne: 1.5\n")
    let root = try #require(v)
    #expect(root["a"]?.scalar?.kind == .int)
    #expect(root["b"]?.scalar?.kind == .string)
    #expect(root["c"]?.scalar?.kind == .bool)
    #expect(root["d"] == nil)
    #expect(root["e"]?.scalar?.kind == .float)
  }
}
