/// The one place ibid's version is written down; `ibid --version` prints it.
enum IbidVersion {
    static let current = "0.2.0"
}
