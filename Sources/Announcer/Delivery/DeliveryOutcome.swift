/// How one announcement's delivery ended in this run.
public enum DeliveryOutcome: Sendable, Equatable {
    case delivered
    /// Not delivered now; kept and tried again next run.
    case failed(String)
    /// Still told to slow down (429) after every try: the target is left alone for this run.
    case rateLimited(String)
    /// The target answered 404 or 410: its address is gone.
    case broken(String)
}
