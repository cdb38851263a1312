import Crypto
import Foundation
import Mustache

/// The site's templates, stylesheet and script: the files under `Assets/site/` in the package.
///
/// They are read from disk at run time rather than bundled as SwiftPM resources: SwiftPM copies
/// resources only from inside a target's own folder, and the design keeps them in the top-level
/// `Assets/` folder where authors edit them without touching Swift; a template edit needs no rebuild
/// (and `serve` picks it up on restart). `locate()` finds the folder next to an installed binary
/// (`PREFIX/share/beroepsbeeld/site`), in the source tree the binary was built in, or where
/// `BEROEPSBEELD_ASSETS` points.
public struct SiteAssets: Sendable {
    /// The templates by name (file name without `.mustache`).
    let library: MustacheLibrary
    /// Copied into the site's `assets/` folder as they are: stylesheet and scripts, by file name.
    let files: [String: [UInt8]]
    /// A hash of every file: a template change makes every page out of date.
    let hash: String

    /// Reads every file in `folder`.
    public init(folder: String) throws {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else {
            throw SiteError("cannot read the site's assets in \(folder)")
        }
        var library = MustacheLibrary()
        var files: [String: [UInt8]] = [:]
        var digest = SHA256()
        for name in names.sorted() where !name.hasPrefix(".") {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
            digest.update(data: Array(name.utf8) + [0] + bytes)
            if name.hasSuffix(".mustache") {
                do {
                    try library.register(String(decoding: bytes, as: UTF8.self), named: String(name.dropLast(".mustache".count)))
                } catch {
                    throw SiteError("\(folder)/\(name): the template does not parse: \(error)")
                }
            } else {
                files[name] = bytes
            }
        }
        self.library = library
        self.files = files
        hash = digest.finalize().map { String(format: "%02x", $0) }.joined()
        for required in ["page-head", "page-foot", "home", "occupation", "diff", "about", "problem"] where library.getTemplate(named: required) == nil {
            throw SiteError("\(folder) has no template \(required).mustache")
        }
    }

    /// The assets folder: `$BEROEPSBEELD_ASSETS`, then `share/beroepsbeeld/site` beside the binary's
    /// `bin/`, then `Assets/site` in a folder above the binary (the source tree of a `.build`), then the
    /// source tree this module was compiled from.
    public static func locate() throws -> String {
        let manager = FileManager.default
        var candidates: [String] = []
        if let folder = ProcessInfo.processInfo.environment["BEROEPSBEELD_ASSETS"], !folder.isEmpty { candidates.append(folder) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(directory.deletingLastPathComponent().path + "/share/beroepsbeeld/site")
        for _ in 0..<5 {
            candidates.append(directory.path + "/Assets/site")
            directory = directory.deletingLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path + "/Assets/site")
        for candidate in candidates where manager.fileExists(atPath: candidate + "/page-head.mustache") { return candidate }
        throw SiteError("cannot find the site's templates (Assets/site); set BEROEPSBEELD_ASSETS to that folder")
    }

    /// `template` rendered with `model`; the engine escapes every value for HTML unless the template
    /// says otherwise (`{{{…}}}`, used only for markup the site makes itself).
    func render(_ template: String, _ model: Any) -> String {
        library.render(model, withTemplate: template) ?? ""
    }
}

/// A site that cannot be built: a missing template folder, an unwritable output.
public struct SiteError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
