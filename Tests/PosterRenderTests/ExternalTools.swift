import Foundation
import TestSupport

/// Runs the checking tools nobody here wrote: poppler's pdfinfo and pdftotext, librsvg's
/// rsvg-convert, libxml2's xmllint.
enum ExternalTools {
    /// Runs `tool` with `arguments`; returns its exit status and standard output.
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try TestSupport.tool(tool, arguments)
        return (result.status, result.output)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL { try TestSupport.temporaryFolder() }
}
