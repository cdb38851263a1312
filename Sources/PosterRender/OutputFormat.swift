/// A file format the renderer writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Vector, text selectable and searchable, fonts embedded.
    case pdf
    /// Vector, text as glyph outlines.
    case svg
    /// Raster at a chosen resolution.
    case png

    /// The file name extension, without the dot.
    public var fileExtension: String { rawValue }
}

/// A drawing that cairo could not finish.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    public let description: String
}
