/// What a column of a seized list holds, of the three fields that identify a person.
///
/// ```swift
/// HeaderVocabulary.role(for: "收件人电话")   // .phone
/// ```
public enum FieldRole: String, Sendable, CaseIterable {
    case name
    case phone
    case address
}
