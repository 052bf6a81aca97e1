import Testing
import HummingbirdTesting
@testable import WebApp
