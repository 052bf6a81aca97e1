import ArgumentParser
import CaseStore

/// `backlog user add|list|token|revoke-tokens` (spec section 6).
struct UserCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "user", abstract: "Manage the users of the web application and their API tokens.",
    subcommands: [
      Add.self, List.self, Token.self, RevokeTokens.self, ResetPassword.self, EndSessions.self, Lock.self, Unlock.self,
    ])

  struct Add: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Create a user; prints a one-time password and an API token (shown only now).")
    @Argument(help: "User name (letters, digits, . _ -).") var name: String
    @Option(help: "ebh-clerk, abh-clerk, case-manager, management or admin.") var role: String
    @Option(name: .long, help: "Municipality of a case manager (repeatable).") var municipality: [String] = []
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
      guard let role = Role(rawValue: role) else {
        throw ValidationError("unknown role \(role); use one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      do {
        let created = try await AppDatabase.open(path: database.path).createUser(name: name, role: role, municipalities: municipality)
        Terminal.out("Created \(created.account.name) (\(role.rawValue)).")
        Terminal.out("One-time password: \(created.password)   (must be changed at first login)")
        Terminal.out("API token:         \(created.apiToken)")
      } catch let e as AccountError {
        throw InputError(e.description)
      }
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List users and roles.")
    @OptionGroup var database: DatabaseOptions
    func run() async throws {
      let store = try AppDatabase.open(path: database.path)
      let accounts = try await store.accounts()
      for a in accounts {
        let places = a.municipalities.isEmpty ? "" : " [" + a.municipalities.joined(separator: ", ") + "]"
        Terminal.out("\(a.name)\t\(a.role.rawValue)\(places)")
      }
    }
  }

  struct Token: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Issue a further API token for a user.")
    @Argument var name: String
    @OptionGroup var database: DatabaseOptions
    func run() async throws {
      do { Terminal.out(try await AppDatabase.open(path: database.path).createAPIToken(userName: name)) } catch let e as AccountError {
        throw InputError(e.description)
      }
    }
  }

  struct RevokeTokens: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke-tokens", abstract: "Revoke every API token of a user.")
    @Argument var name: String
    @OptionGroup var database: DatabaseOptions
    func run() async throws {
      do {
        let n = try await AppDatabase.open(path: database.path).revokeAPITokens(userName: name, actor: Terminal.actor)
        Terminal.out("Revoked \(n) token(s) of \(name).")
      } catch let e as AccountError {
        throw InputError(e.description)
      }
    }
  }

  struct ResetPassword: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "reset-password",
      abstract: "Give a user a new one-time password, lift the lock-outs of failed logins and end every session.")
    @Argument var name: String
    @OptionGroup var database: DatabaseOptions
    func run() async throws {
      do {
        let password = try await AppDatabase.open(path: database.path).resetPassword(userName: name, actor: Terminal.actor)
        Terminal.out("One-time password for \(name): \(password)   (every session of \(name) has ended)")
      } catch let e as AccountError {
        throw InputError(e.description)
      }
    }
  }

  struct EndSessions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "end-sessions", abstract: "End every browser session of a user (they must log in again).")
    @Argument var name: String
    @OptionGroup var database: DatabaseOptions
    func run() async throws {
      do {
        let n = try await AppDatabase.open(path: database.path).endSessions(userName: name, actor: Terminal.actor)
        Terminal.out("Ended \(n) session(s) of \(name).")
      } catch let e as AccountError {
        throw InputError(e.description)
      }
    }
  }

  struct Lock: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Lock an account: no login; its sessions end and its API tokens stop working until unlocked.")
    @Argument var name: String
    @OptionGroup var database: DatabaseOptions
    func run() async throws {
      do {
        try await AppDatabase.open(path: database.path).lockAccount(userName: name, actor: Terminal.actor)
        Terminal.out("Locked \(name); every session ended.")
      } catch let e as AccountError {
        throw InputError(e.description)
      }
    }
  }

  struct Unlock: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Unlock an account locked with `user lock`.")
    @Argument var name: String
    @OptionGroup var database: DatabaseOptions
    func run() async throws {
      do {
        try await AppDatabase.open(path: database.path).unlockAccount(userName: name, actor: Terminal.actor)
        Terminal.out("Unlocked \(name).")
      } catch let e as AccountError {
        throw InputError(e.description)
      }
    }
  }
}
