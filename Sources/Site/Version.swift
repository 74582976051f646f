/// Herald's version, as `--version`, feeds' generator and the HTTP User-Agent give it.
public enum Version {
    public static let herald = "0.1.0"
}
