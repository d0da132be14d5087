import CmpltCore
import Foundation

/// A register in a fresh temporary folder, removed when the value is released.
final class TemporaryRegister {
    let folder: URL
    let register: Register

    var path: String { register.path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cmplt-core-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        register = try Register.open(path: folder.appendingPathComponent("r.db").path, creating: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Logs a complaint received at `receivedAt` and returns its id.
    @discardableResult
    func log(
        _ description: String = "Late delivery", category: String = "delivery", severity: Severity? = nil,
        receivedAt: Timestamp = day0, ref: String? = nil, tags: [String] = []
    ) throws -> Int64 {
        try register.log(
            NewComplaint(
                description: description, channel: "web", category: category, receivedAt: receivedAt,
                severity: severity, ref: ref, tags: tags),
            actor: "tester")
    }

    /// Moves complaint `id`, `hours` after ``day0`` unless `at` is given.
    @discardableResult
    func move(
        _ id: Int64, to target: State? = nil, hours: Int64 = 1, _ configure: (inout MoveRequest) -> Void = { _ in }
    ) throws -> MoveResult {
        var request = MoveRequest(target: target)
        request.at = day0.adding(seconds: hours * 3600)
        configure(&request)
        return try register.move(id, request, actor: "tester", now: day0.adding(seconds: 400 * 86_400))
    }
}

/// 2026-03-02T09:00:00Z, a Monday: the instant test complaints are received.
let day0 = Timestamp(rfc3339: "2026-03-02T09:00:00Z")!
