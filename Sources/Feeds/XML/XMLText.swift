import CLibXML2

/// The XML library feeds are written with.
public enum XMLText {
    /// libxml2's version, for `herald --version`.
    public static var libraryVersion: String { String(cString: herald_xml_version()) }
}
