/// Something the citation audit found wrong or doubtful in a chapter.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, CaseIterable {
        case undefinedCitation = "undefined-citation"
        case unreferencedNote = "unreferenced-note"
        case numberingGap = "numbering-gap"
        case numberingRestart = "numbering-restart"
        case duplicateNote = "duplicate-note"
        case emptyNote = "empty-note"
        case truncatedNote = "truncated-note"
        case ibidWithoutAntecedent = "ibid-without-antecedent"
        /// A marker whose note the dump lost, filled in from another edition (information only).
        case recoveredNote = "recovered-note"

        /// Information rather than a problem: `check` lists it but does not fail on it.
        public var isInformation: Bool { self == .recoveredNote }
    }

    public let code: Code
    public let number: Int?
    public let scope: NoteScope
    public let message: String

    public init(code: Code, number: Int?, scope: NoteScope = .chapter, message: String) {
        self.code = code
        self.number = number
        self.scope = scope
        self.message = message
    }

    public var description: String { "\(code.rawValue): \(message)" }
}
