#ifndef NEWSGRAPH_IO_BYTE_STREAM_H_
#define NEWSGRAPH_IO_BYTE_STREAM_H_

#include <cstddef>
#include <cstdio>
#include <memory>
#include <string>

namespace newsgraph::io {

// A source of bytes read front to back in bounded memory.
class ByteStream {
 public:
  virtual ~ByteStream() = default;
  // Reads up to `n` bytes into `buf` and returns how many were read; 0 means
  // the end of the stream or a failure, told apart by error().
  virtual size_t Read(char* buf, size_t n) = 0;
  // Empty while the stream is healthy; otherwise what went wrong. Bytes read
  // before a failure stay valid.
  const std::string& error() const { return error_; }

 protected:
  std::string error_;
};

// Opens `path` for reading ("-" is standard input). Returns null and sets
// *error when the file cannot be opened.
std::unique_ptr<ByteStream> OpenFile(const std::string& path, std::string* error);

// Decompresses a gzip stream of one or more members (as WARC.gz uses).
// A truncated or corrupt stream reports an error after the bytes it could decode.
std::unique_ptr<ByteStream> Gunzip(std::unique_ptr<ByteStream> compressed);

// Buffers a stream so the first bytes can be inspected before reading on.
class PeekableStream : public ByteStream {
 public:
  explicit PeekableStream(std::unique_ptr<ByteStream> inner) : inner_(std::move(inner)) {}
  // Returns up to `n` leading bytes without consuming them.
  std::string_view Peek(size_t n);
  size_t Read(char* buf, size_t n) override;

 private:
  std::unique_ptr<ByteStream> inner_;
  std::string buffer_;
  size_t pos_ = 0;
};

// Opens `path`, undoing gzip compression when the content is gzip (by its
// magic bytes, whatever the name), and returns a peekable stream.
std::unique_ptr<PeekableStream> OpenMaybeCompressed(const std::string& path, std::string* error);

// Reads the rest of `stream` into *out, up to `limit` bytes. Returns false when
// the stream holds more than `limit` bytes (the rest is drained unread) or fails.
bool ReadAll(ByteStream* stream, size_t limit, std::string* out, std::string* error);

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_BYTE_STREAM_H_
