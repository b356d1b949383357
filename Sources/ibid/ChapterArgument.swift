import ArgumentParser
import IbidDocument

extension Library {
    /// The chapter at `address` (`ID`, or `N:ID` for file N when several files hold that ID), or a
    /// usage error naming the addresses there are.
    func requireChapter(_ address: String) throws -> Chapter {
        let found = chapters(at: address)
        if found.count == 1 { return found[0] }
        let place = sources.count == 1 ? source.path : "\(sources.count) files"
        if found.count > 1 {
            let choices = found.map { self.address(of: $0) }.joined(separator: ", ")
            Output.error("\(place): ID \(address) is in several files; name one: \(choices)")
        } else {
            let ids = chapters.map { self.address(of: $0) }.joined(separator: ", ")
            Output.error("\(place): no chapter with ID \(address) (there are: \(ids))")
        }
        throw ExitCode(64)
    }
}
