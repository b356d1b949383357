/// The form a file's posts came in. Told from the content, never from the file name: the same
/// export is saved as `.txt`, `.xml`, `.json` or `.html` as often as not.
public enum DumpForm: String, Sendable, CaseIterable {
    case printR = "print_r"
    case varDump = "var_dump"
    case wxr
    case restJSON = "rest-json"
    case wpCLIJSON = "wp-cli-json"
    case html
}
