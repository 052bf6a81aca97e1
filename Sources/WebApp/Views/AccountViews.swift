/// The values of the small pages: sign-in, password change, the landing page, an error.

/// `login.mustache`: the sign-in form, with why the last try failed.
struct LoginView: PageContent {
  static let template = "login"
  var error: String?
}

/// `password.mustache`: the form to choose a new password, with what was wrong with the last one.
struct PasswordView: PageContent {
  static let template = "password"
  var error: String?
}

/// `home.mustache`: the landing page of a role without a work list (it reads the frame's `mayReport`).
struct HomeView: PageContent {
  static let template = "home"
}

/// `error.mustache`: the status and what went wrong, in the user's language.
struct ErrorView: PageContent {
  static let template = "error"
  let status: Int
  let message: String
}
