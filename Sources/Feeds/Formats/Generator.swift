/// How feeds name the program that wrote them.
public enum Generator {
    public static let version = "0.1.0"
    public static let uri = "https://github.com/herald-feeds/herald"
}
