#include "io/byte_stream.h"

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace newsgraph::io {
namespace {

class FileStream : public ByteStream {
 public:
  FileStream(FILE* f, bool owned) : file_(f), owned_(owned) {}
  ~FileStream() override {
    if (owned_) fclose(file_);
  }
  size_t Read(char* buf, size_t n) override {
    size_t got = fread(buf, 1, n, file_);
    if (got == 0 && ferror(file_)) error_ = std::string("read error: ") + strerror(errno);
    return got;
  }

 private:
  FILE* file_;
  bool owned_;
};

class GzipStream : public ByteStream {
 public:
  explicit GzipStream(std::unique_ptr<ByteStream> inner) : inner_(std::move(inner)), in_(1 << 16) {
    memset(&z_, 0, sizeof z_);
    ok_ = inflateInit2(&z_, 15 + 32) == Z_OK;  // +32: accept gzip and zlib headers
    if (!ok_) error_ = "gzip: cannot initialise zlib";
  }
  ~GzipStream() override { inflateEnd(&z_); }

  size_t Read(char* buf, size_t n) override {
    if (!ok_ || done_) return 0;
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(n);
    while (z_.avail_out == n) {
      if (z_.avail_in == 0) {
        size_t got = inner_->Read(in_.data(), in_.size());
        if (got == 0) {
          if (!inner_->error().empty()) {
            error_ = inner_->error();
          } else if (in_member_) {
            error_ = "gzip: truncated stream (ended inside a member)";
          }
          done_ = true;
          break;
        }
        z_.next_in = reinterpret_cast<Bytef*>(in_.data());
        z_.avail_in = static_cast<uInt>(got);
      }
      in_member_ = true;
      int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        in_member_ = false;
        // Another member may follow (multi-member gzip, as in WARC.gz).
        inflateReset(&z_);
        continue;
      }
      if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error_ = std::string("gzip: corrupt data (") + (z_.msg ? z_.msg : "inflate failed") + ")";
        done_ = true;
        break;
      }
    }
    return n - z_.avail_out;
  }

 private:
  std::unique_ptr<ByteStream> inner_;
  std::vector<char> in_;
  z_stream z_;
  bool ok_ = false;
  bool done_ = false;
  bool in_member_ = false;
};

}  // namespace

std::unique_ptr<ByteStream> OpenFile(const std::string& path, std::string* error) {
  if (path == "-") return std::make_unique<FileStream>(stdin, false);
  FILE* f = fopen(path.c_str(), "rb");
  if (!f) {
    *error = "cannot open: " + std::string(strerror(errno));
    return nullptr;
  }
  return std::make_unique<FileStream>(f, true);
}

std::unique_ptr<ByteStream> Gunzip(std::unique_ptr<ByteStream> compressed) {
  return std::make_unique<GzipStream>(std::move(compressed));
}

std::string_view PeekableStream::Peek(size_t n) {
  while (buffer_.size() - pos_ < n && error_.empty()) {
    size_t old = buffer_.size();
    size_t want = n - (old - pos_);
    buffer_.resize(old + want);
    size_t got = inner_->Read(buffer_.data() + old, want);
    buffer_.resize(old + got);
    if (got == 0) {
      error_ = inner_->error();
      break;
    }
  }
  return std::string_view(buffer_).substr(pos_, n);
}

size_t PeekableStream::Read(char* buf, size_t n) {
  if (pos_ < buffer_.size()) {
    size_t k = std::min(n, buffer_.size() - pos_);
    memcpy(buf, buffer_.data() + pos_, k);
    pos_ += k;
    if (pos_ == buffer_.size()) {
      buffer_.clear();
      pos_ = 0;
    }
    return k;
  }
  if (!error_.empty()) return 0;
  size_t got = inner_->Read(buf, n);
  if (got == 0) error_ = inner_->error();
  return got;
}

std::unique_ptr<PeekableStream> OpenMaybeCompressed(const std::string& path, std::string* error) {
  auto file = OpenFile(path, error);
  if (!file) return nullptr;
  auto peek = std::make_unique<PeekableStream>(std::move(file));
  std::string_view head = peek->Peek(2);
  if (head.size() == 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
      static_cast<unsigned char>(head[1]) == 0x8b) {
    return std::make_unique<PeekableStream>(Gunzip(std::move(peek)));
  }
  return peek;
}

bool ReadAll(ByteStream* stream, size_t limit, std::string* out, std::string* error) {
  char buf[1 << 16];
  bool too_large = false;
  for (;;) {
    size_t got = stream->Read(buf, sizeof buf);
    if (got == 0) break;
    if (too_large) continue;
    if (out->size() + got > limit) {
      too_large = true;
      out->clear();
      out->shrink_to_fit();
      continue;
    }
    out->append(buf, got);
  }
  if (too_large) {
    *error = "document larger than the limit of " + std::to_string(limit) + " bytes";
    return false;
  }
  if (!stream->error().empty()) {
    *error = stream->error();
    return false;
  }
  return true;
}

}  // namespace newsgraph::io
