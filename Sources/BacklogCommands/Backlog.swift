import ArgumentParser
import Foundation

/// The `backlog` command line (spec section 5). Each subcommand decodes its options, calls one
/// library function and prints the result.
public struct Backlog: AsyncParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "backlog",
    abstract: "Case register, eligibility screening and reports for naturalization and immigration offices.",
    subcommands: [
      ImportCommand.self, ExportCommand.self, ScreenCommand.self, ChecklistsCommand.self, ReportCommand.self, ReportsCommand.self,
      StatisticsCommand.self, ServeCommand.self, UserCommand.self, DemoCommand.self, BenchCommand.self, ConfigCommand.self,
      ReopenCommand.self,
      BackupCommand.self, RestoreCommand.self, MigrateCommand.self, RetentionCommand.self, PersonReportCommand.self,
    ])

  public init() {}

  /// Runs the command line with the given environment and exits with the code of
  /// `run(arguments:)`.
  public static func main(environment: CommandEnvironment, arguments: [String]? = nil) async -> Never {
    let code = await CommandEnvironment.$current.withValue(environment) { await run(arguments: arguments) }
    Foundation.exit(code)
  }

  /// Runs one command line with the exit codes of the contract: 0 success, 1 invalid input
  /// (message on stderr), 2 usage error. Commands that use the store are async
  /// (`AsyncParsableCommand`): the store's methods run on GRDB's queues.
  public static func run(arguments: [String]?) async -> Int32 {
    do {
      var command = try parseAsRoot(arguments)
      if var command = command as? AsyncParsableCommand {
        try await command.run()
      } else {
        try command.run()
      }
      return 0
    } catch let error as InputError {
      Terminal.error(error.message)
      return 1
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        Terminal.out(fullMessage(for: error))  // --help, --version
        return 0
      }
      Terminal.error(fullMessage(for: error))
      // Usage errors (unknown option, missing argument, bad value) are 2; anything else, such as
      // an unreadable database, counts as invalid input or environment: 1.
      return code == .validationFailure ? 2 : 1
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
  @Option(name: .long, help: "Database file (default: $BACKLOG_DB, the configuration's server.database, or backlog.sqlite).")
  var db: String?

  var path: String { db ?? ConfiguredDefaults.path("BACKLOG_DB", \.database) ?? AppDatabasePath.resolve() }
}
