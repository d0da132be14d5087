import CmpltCore

/// Reads JSON Lines test input.
enum JSONInput {
    /// Every object in `text`, read as a JSON Lines file.
    static func objects(_ text: String) throws -> [JSONLineObject] {
        try objects(Array(text.utf8))
    }

    /// Every object in `bytes`, read as a JSON Lines file.
    static func objects(_ bytes: [UInt8], maximumLineBytes: Int = JSONLinesReader.defaultMaximumLineBytes) throws
        -> [JSONLineObject]
    {
        var reader = JSONLinesReader(source: try TemporaryFile.source(bytes), maximumLineBytes: maximumLineBytes)
        var objects: [JSONLineObject] = []
        while let object = try reader.nextObject() { objects.append(object) }
        return objects
    }

    /// The one object on the single line `text`.
    static func object(_ text: String) throws -> JSONScalar {
        let objects = try objects(text)
        precondition(objects.count == 1, "expected one object in \(text)")
        return .object(objects[0].members)
    }
}
