import Mustache
import Testing

@testable import WebApp

/// How the templates read the typed view models (through `TemplateTree`, as `Pages` renders):
/// the rules the page structs rely on.
@Suite("View models in templates")
struct ViewModelRenderingTests {
  struct Item: TemplateValues {
    let name: String
    let note: String?
  }

  struct Inner: TemplateValues {
    let value: String
  }

  struct Model: TemplateValues {
    let title: String
    let items: [Item]
    let none: [Item]
    let flag: Bool
    let missing: String?
    let present: String?
    let empty: String
    let inner: Inner
  }

  struct Frame: TemplateValues {
    let t: Texts
    let csrf: String
    let note: String
    let model: Model
  }

  static func render(_ template: String) throws -> String {
    var library = MustacheLibrary()
    try library.register("{{#model}}" + template + "{{/model}}", named: "page")
    let model = Model(
      title: "T", items: [Item(name: "a", note: nil), Item(name: "b", note: "n")], none: [], flag: true, missing: nil,
      present: "p", empty: "", inner: Inner(value: "v"))
    let frame = Frame(t: .german, csrf: "c", note: "outer", model: model)
    return library.render(TemplateTree.make(frame), withTemplate: "page") ?? "failed"
  }

  @Test("properties, booleans, lists and nested values")
  func values() throws {
    #expect(try Self.render("{{title}}|{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}|{{inner.value}}") == "T|yes|v")
    #expect(try Self.render("{{#items}}{{name}},{{/items}}|{{^none}}empty{{/none}}") == "a,b,|empty")
  }

  @Test("a nil optional is absent: the section is skipped and a lookup goes on to the frame")
  func optionals() throws {
    #expect(try Self.render("{{#missing}}x{{/missing}}{{^missing}}none{{/missing}}|{{#present}}{{.}}{{/present}}") == "none|p")
    #expect(try Self.render("{{#items}}{{name}}:{{note}};{{/items}}") == "a:outer;b:n;")
  }

  @Test("an empty string is present (a section over it renders)")
  func emptyString() throws {
    #expect(try Self.render("{{#empty}}shown{{/empty}}") == "shown")
  }

  @Test("the frame's texts and token reach every section")
  func frame() throws {
    #expect(try Self.render("{{#items}}{{t.save}}/{{csrf}} {{/items}}") == "Speichern/c Speichern/c ")
  }

  @Test("numbers as they are; a value of the frame is found from inside the model")
  func numbers() throws {
    struct Counted: TemplateValues {
      let count: Int
      let id: Int64
    }
    var library = MustacheLibrary()
    try library.register("{{count}}/{{id}}", named: "n")
    #expect(library.render(TemplateTree.make(Counted(count: 0, id: 42)), withTemplate: "n") == "0/42")
  }

  @Test("inline values are read as the page's own, beside its other values")
  func inline() throws {
    struct Page: TemplateValues {
      let title: String
      let part: Inline<Inner>
      let after: Int
    }
    var library = MustacheLibrary()
    try library.register("{{title}}/{{value}}/{{after}}/{{part.value}}", named: "i")
    #expect(library.render(TemplateTree.make(Page(title: "T", part: Inline(values: Inner(value: "v")), after: 2)), withTemplate: "i") == "T/v/2/")
  }

  @Test("the page templates render inside their model with unchanged whitespace")
  func wrapping() throws {
    #expect(try Self.render("<p>{{title}}</p>\n{{#flag}}\nline\n{{/flag}}\n") == "<p>T</p>\nline\n")
  }
}
