import ArgumentParser
import IbidDocument

extension Library {
    /// The chapter with `id`, or a usage error naming the IDs there are.
    func requireChapter(_ id: Int) throws -> Chapter {
        if let chapter = chapter(id: id) { return chapter }
        let ids = chapters.map { String($0.id) }.joined(separator: ", ")
        Shown.error("\(source.path): no chapter with ID \(id) (there are: \(ids))")
        throw ExitCode(64)
    }
}
