import Foundation

/// A pipe whose write end a thread fills with `bytes` and closes: a piece arriving on stdin, as
/// from an engine's `RDD.pipe`.
///
/// ```swift
/// let reading = PipeFeeder.reader(feeding: Array("a,b\n".utf8))
/// try matcher.match(descriptor: reading.fileDescriptor) { … }
/// ```
/// The read end is returned as its handle, which the caller keeps while reading: the handle
/// closes its descriptor when it goes away.
enum PipeFeeder {
    static func reader(feeding bytes: [UInt8]) -> FileHandle {
        let pipe = Pipe()
        let writer = pipe.fileHandleForWriting
        let feeding = Thread {
            writer.write(Data(bytes))
            try? writer.close()
        }
        feeding.start()
        return pipe.fileHandleForReading
    }
}
