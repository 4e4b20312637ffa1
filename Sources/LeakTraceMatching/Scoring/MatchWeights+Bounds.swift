extension MatchWeights {
    /// The most a canary can weigh whose number is compatible with one of `phones`' masks, whose
    /// name agrees with one of `names` as well as any can, and whose address scores `address`
    /// at best. Below `threshold` no such canary can be a hit, so none needs scoring.
    ///
    /// ```swift
    /// // 138******78, 林*岚, an address in another district: 9.9 + 14.3 − 5.6 bits at most
    /// weights.bestWeight(maskedPhones: phones, names: fields.names, address: weights.addressScore(.disagree))
    /// ```
    /// Each weight is taken at its largest: u falls with the term frequency, which is never
    /// believed below `nameMinimumU`, so a frequency of zero gives the most a name can weigh.
    func bestWeight(maskedPhones phones: [PhoneObservation], names: [NameObservation], address: FieldScore) -> Double {
        var phone = -Double.infinity
        for case .masked(let masked) in phones {
            phone = max(phone, phoneScore(.masked, visibleDigits: masked.visibleCount).weight)
        }
        var name = FieldScore.missing.weight
        for observation in names {
            switch observation {
            case .full:
                name = max(name, nameScore(.exact, termFrequency: 0).weight)
            case .masked(let masked):
                let surname = masked.showsSurname
                name = max(name, nameScore(.masked, termFrequency: 0, showsSurname: surname,
                                           otherVisible: masked.visibleCount - (surname ? 1 : 0)).weight)
            }
        }
        return phone + name + address.weight
    }
}
