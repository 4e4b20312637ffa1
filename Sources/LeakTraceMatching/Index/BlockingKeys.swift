import LeakTraceCore

/// The blocking keys `CanaryIndex` files a canary under and `RecordMatcher` looks a record up by,
/// as text: what an examiner's key turns into the canaries a seized list points at.
///
/// ```swift
/// BlockingKeys.planted(PersonRecord(name: "林晓岚", phone: "13800138000", address: "…"))
/// // ["p:13800138000", "ht:13800", "t4:8000", "h7:1380013", "n:林晓岚"]
/// BlockingKeys.seized(SeizedRecord(number: 1, cells: ["林*岚", "138****8000"], seen: ""))
/// // ["ht:13800"]
/// ```
/// A record's keys are those `RecordMatcher` would look up, so the canaries they open are every
/// canary the record could be compared with: matching only those gives the same hits and the
/// same possible links as matching against all of them. A record with a full number needs no
/// name key (the matcher does not look names up for it).
public enum BlockingKeys {
    /// Every key a canary is filed under.
    public static func planted(_ person: PersonRecord) -> [String] {
        var keys: [String] = []
        if case .full(let digits)? = PhoneNormalizer.observe(person.phone), let key = PhoneKey(digits: digits) {
            keys.append("p:\(digits)")
            keys.append("ht:\(key.head3 * 100 + key.tail2)")
            keys.append("t4:\(key.tail4)")
            keys.append("h7:\(key.head7)")
        }
        if case .full(let name)? = NameNormalizer.observe(person.name) {
            keys.append("n:\(name)")
        }
        return keys
    }

    /// The keys the matcher looks `record` up by.
    public static func seized(_ record: SeizedRecord) -> [String] {
        var keys: [String] = []
        var hasFull = false
        for observation in RecordMatcher.phoneObservations(record) {
            switch observation {
            case .full(let digits):
                hasFull = true
                keys.append("p:\(digits)")
            case .masked(let masked):
                if let key = bucketKey(masked) { keys.append(key) }
            case .virtual:
                continue
            }
        }
        if !hasFull {
            for case .full(let name) in RecordFields(record).names {
                keys.append("n:\(name)")
            }
        }
        return keys
    }

    /// The one bucket `CanaryIndex` searches for a mask, as text; nil when too little shows.
    static func bucketKey(_ masked: MaskedDigits) -> String? {
        switch MaskedBucket(masked) {
        case .headTail(let key)?: "ht:\(key)"
        case .tail4(let key)?: "t4:\(key)"
        case .head7(let key)?: "h7:\(key)"
        case nil: nil
        }
    }
}
