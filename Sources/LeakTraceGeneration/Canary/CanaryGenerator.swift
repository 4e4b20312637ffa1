import Foundation
import LeakTraceCore
import LeakTraceCorpus

/// Turns a 32-byte seed into a complete canary: person (name, phone, address) and order.
///
/// Everything is fixed by the seed, which the registry derives with HKDF from its secret and the
/// plant counter; so whoever holds the key can re-derive a canary, and nobody else can tell it
/// from a customer. Each field draws from its own stream, so choosing a pool phone instead of a
/// synthetic one leaves the name, address and order unchanged.
///
/// ```swift
/// let generator = CanaryGenerator()
/// let person = generator.person(seed: seed, phone: .pool(controlledNumbers))
/// let order = generator.order(seed: seed, plantedAt: Date())
/// ```
public struct CanaryGenerator: Sendable {
    public let names: NameGenerator
    public let phones: PhoneGenerator
    public let addresses: AddressGenerator
    public let orders: OrderGenerator

    public init(reference: ReferenceData = .standard) {
        names = NameGenerator(reference: reference)
        phones = PhoneGenerator(reference: reference)
        addresses = AddressGenerator(reference: reference)
        orders = OrderGenerator(reference: reference)
    }

    /// Everything is fixed by `seed` (32 bytes the registry derives with HKDF from its secret and the plant counter).
    public func person(seed: [UInt8], phone: PhoneChoice) -> PersonRecord {
        draw(seed: seed, phone: phone).person
    }

    /// The person and the parts of its address, drawn once (the planter needs both for its keys).
    public func draw(seed: [UInt8], phone: PhoneChoice) -> (person: PersonRecord, address: GeneratedAddress) {
        var streams = RandomStreams.person(seed: seed)
        let name = names.generate(using: &streams.name)
        let number: String
        switch phone {
        case .synthetic:
            number = phones.generate(using: &streams.phone)
        case .pool(let pool):
            precondition(!pool.isEmpty, "a phone pool needs at least one number")
            number = streams.phone.pick(pool)
        }
        let address = addresses.generate(using: &streams.address)
        return (PersonRecord(name: name, phone: number, address: address.text), address)
    }

    /// The address of `person(seed:phone:)` in parts (for waybill masking and division checks).
    public func address(seed: [UInt8]) -> GeneratedAddress {
        var streams = RandomStreams.person(seed: seed)
        return addresses.generate(using: &streams.address)
    }

    /// The order the canary rides on, placed a few days before `plantedAt`.
    public func order(seed: [UInt8], plantedAt: Date) -> OrderDetails {
        var stream = RandomStreams.order(seed: seed)
        return orders.generate(using: &stream, around: plantedAt)
    }
}
