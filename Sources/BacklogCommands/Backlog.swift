import ArgumentParser
import Foundation

/// The `backlog` command line (spec section 5). Each subcommand decodes its options, calls one
/// library function and prints the result.
public struct Backlog: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "backlog",
    abstract: "Case register, eligibility screening and reports for naturalization and immigration offices.",
    subcommands: [
      ImportCommand.self, ExportCommand.self, ServeCommand.self, UserCommand.self,
    ])

  public init() {}

  /// Runs the command line with the exit codes of the contract: 0 success, 1 invalid input
  /// (message on stderr), 2 usage error.
  public static func main(arguments: [String]? = nil) -> Never {
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      Foundation.exit(0)
    } catch let error as InputError {
      Terminal.error(error.message)
      Foundation.exit(1)
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        Terminal.error(fullMessage(for: error))
        Foundation.exit(2)
      }
      if code == .success || code == .failure { exit(withError: error) }
      // Any other error (I/O, database) is reported as bad input or environment: exit 1.
      Terminal.error(fullMessage(for: error))
      Foundation.exit(1)
    }
  }
}

/// A failure caused by the user's input or environment: printed on stderr, exit code 1.
public struct InputError: Error, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// `--db PATH`, shared by every command that opens the database.
struct DatabaseOptions: ParsableArguments {
  @Option(name: .long, help: "Database file (default: $BACKLOG_DB or backlog.sqlite).")
  var db: String?

  var path: String { db ?? AppDatabasePath.resolve() }
}
