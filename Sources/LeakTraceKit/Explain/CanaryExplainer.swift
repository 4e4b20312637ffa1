import Foundation
import LeakTraceCore
import LeakTraceGeneration
import LeakTraceMatching
import LeakTraceRegistry

/// Shows whether a record is one of the registry's canaries, and which plant produced it, by
/// recomputation with the key: candidates come from the registry's indexes (phone, masked keys),
/// then each candidate is derived again from the secret, its sequence and its attempt, and compared.
///
/// Without the key nothing here works: `Workspace.open` refuses to open a registry without it, and
/// a registry row that does not derive from the key in hand is reported as not reproduced.
///
/// ```swift
/// let explainer = CanaryExplainer(workspace: workspace)
/// let explanation = try explainer.explain(name: "陈志华", phone: "13957106215", address: "浙江省杭州市…301室")
/// print(explanation.text())
/// ```
public struct CanaryExplainer: Sendable {
    public let workspace: Workspace
    let generator: CanaryGenerator
    /// The phone pool the plants used, to check pool numbers; nil leaves them unchecked.
    let phonePool: [String]?

    public init(workspace: Workspace, generator: CanaryGenerator = CanaryGenerator(), phonePool: [String]? = nil) {
        self.workspace = workspace
        self.generator = generator
        self.phonePool = phonePool
    }

    /// The address normalised and as written, each without a trailing mask; one when they agree.
    static func addressForms(_ address: String) -> [String] {
        var normalized = AddressNormalizer.normalize(address)
        while normalized.hasSuffix("*") { normalized.removeLast() }
        var written = address.trimmingCharacters(in: .whitespaces)
        while written.hasSuffix("*") { written.removeLast() }
        return written == normalized ? [normalized] : [normalized, written]
    }

    public func explain(name: String, phone: String, address: String) throws -> Explanation {
        let nameObservation = NameNormalizer.observe(name)
        let phoneObservation = PhoneNormalizer.observe(phone)
        let nameText = nameObservation?.description ?? name
        let phoneText: String? = switch phoneObservation {
        case .full(let digits): digits
        case .masked(let masked): masked.description
        case .virtual, nil: nil
        }
        var fullPhone: String?
        if case .full(let digits) = phoneObservation { fullPhone = digits }

        // Look-ups: each mask view the record can be read under, for the address normalised (a
        // seized copy in traditional characters) and as written: the keys were made from the
        // planted text, which may hold a character the normaliser folds (乾安县 reads 干安县).
        var candidates: [Canary] = []
        var found = Set<String>()
        for addressText in Self.addressForms(address) {
            let probe = PersonRecord(name: nameText, phone: phoneText ?? "", address: addressText)
            var viewKeys = [CanaryViewKeys.viewHash(.virtualNumber, person: probe), CanaryViewKeys.viewHash(.surnameOnly, person: probe)]
            var maskedKey: String?
            if let phoneText, phoneText.count == 11 {
                maskedKey = MaskView.gbt41833.key(for: probe)
                viewKeys.append(CanaryViewKeys.viewHash(.legacyFourDigit, person: probe))
            }
            for canary in try workspace.registry.canaryCandidates(
                phone: fullPhone, name: nameText, address: addressText, maskedKey: maskedKey, viewKeys: viewKeys)
            where found.insert(canary.id).inserted {
                candidates.append(canary)
            }
        }

        let pipeline = try workspace.registry.pipeline()
        var explained: [ExplainedCanary] = []
        for canary in candidates {
            let plant = try workspace.registry.plant(id: canary.plantID)
            let attempt = try derivedAttempt(of: canary)
            explained.append(ExplainedCanary(
                canaryID: canary.id, sequence: canary.sequence, plantID: canary.plantID, placement: canary.placement,
                visibility: canary.visibility.sorted(), plantedAt: canary.plantedAt, operatorName: plant?.operatorName,
                phoneOrigin: canary.phoneOrigin, burned: try workspace.registry.isBurned(canaryID: canary.id),
                derivedAtAttempt: attempt,
                orderReproduced: generator.order(seed: try workspace.secret.orderSeed(sequence: canary.sequence), plantedAt: canary.plantedAt) == canary.order,
                phoneCheck: try phoneCheck(of: canary, attempt: attempt, pipeline: pipeline),
                fields: FieldAgreements(
                    phone: Self.compare(phoneObservation, with: canary.person.phone),
                    name: Self.compare(nameObservation, with: canary.person.name),
                    address: AddressNormalizer.compare(seen: address, planted: canary.person.address))))
        }
        explained.sort { ($0.isProven ? 0 : 1, $0.sequence) < ($1.isProven ? 0 : 1, $1.sequence) }
        return Explanation(name: name, phone: phone, address: address, candidatesChecked: candidates.count, canaries: explained)
    }

    /// The attempt whose seed gives the stored name and address (the phone stream is separate).
    private func derivedAttempt(of canary: Canary) throws -> Int? {
        for attempt in 0..<Planter.maximumAttempts {
            let (person, _) = generator.draw(seed: try workspace.secret.canarySeed(sequence: canary.sequence, attempt: attempt), phone: .synthetic)
            if person.name == canary.person.name && person.address == canary.person.address { return attempt }
        }
        return nil
    }

    private func phoneCheck(of canary: Canary, attempt: Int?, pipeline: Pipeline) throws -> String {
        guard let attempt else { return "not-reproduced" }
        let seed = try workspace.secret.canarySeed(sequence: canary.sequence, attempt: attempt)
        switch canary.phoneOrigin {
        case .synthetic:
            return generator.draw(seed: seed, phone: .synthetic).person.phone == canary.person.phone ? "derived" : "not-reproduced"
        case .pool:
            guard let phonePool else { return "pool-unchecked" }
            let numbers = PhonePoolAssignment(pipeline: pipeline, pool: phonePool).numbers(for: canary.placement)
            return generator.draw(seed: seed, phone: .pool(numbers)).person.phone == canary.person.phone ? "pool" : "not-reproduced"
        }
    }

    static func compare(_ observation: NameObservation?, with name: String) -> FieldAgreement {
        switch observation {
        case .full(let seen): seen == name ? .exact : .disagree
        case .masked(let masked): masked.isCompatible(with: name) ? .masked : .disagree
        case nil: .missing
        }
    }

    static func compare(_ observation: PhoneObservation?, with phone: String) -> FieldAgreement {
        switch observation {
        case .full(let seen): seen == phone ? .exact : .disagree
        case .masked(let masked): masked.isCompatible(with: phone) ? .masked : .disagree
        // A platform's virtual number says nothing about the buyer's.
        case .virtual, nil: .missing
        }
    }
}
