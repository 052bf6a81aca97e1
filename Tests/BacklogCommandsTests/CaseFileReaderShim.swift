import CaseExchange
import CaseModel

enum CaseFileReaderShim {
  static func read(_ path: String) -> [CaseFile] { CaseFileReader().read(paths: [path]).files.map(\.file) }
}
