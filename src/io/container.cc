#include "io/container.h"

#include <atomic>

#include "io/jsonl_reader.h"
#include "io/warc_gzip.h"
#include "io/warc_line_reader.h"
#include "io/warc_reader.h"

namespace newsgraph::io {
namespace {

std::atomic<uint64_t> g_bytes_read{0};

// Counts the bytes that pass, for progress reports.
class CountingStream : public ByteStream {
 public:
  explicit CountingStream(ByteStream* inner) : inner_(inner) {}
  size_t Read(char* buf, size_t n) override {
    size_t got = inner_->Read(buf, n);
    g_bytes_read.fetch_add(got, std::memory_order_relaxed);
    if (got == 0) error_ = inner_->error();
    return got;
  }

 private:
  ByteStream* inner_;
};

bool IsGzipFile(const std::string& path) {
  if (path == "-") return false;
  std::string error;
  auto file = OpenFile(path, &error);
  if (!file) return false;
  unsigned char magic[2] = {0, 0};
  return file->Read(reinterpret_cast<char*>(magic), 2) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
}

}  // namespace

uint64_t ContainerBytesRead() { return g_bytes_read.load(std::memory_order_relaxed); }

void ReadContainer(InputKind kind, const std::string& path, ByteStream* stream,
                   const InputOptions& options, const DocumentSink& sink) {
  std::unique_ptr<ByteStream> file;
  std::unique_ptr<CountingStream> counted;
  std::unique_ptr<ResyncingGunzip> gzip;
  ByteStream* source = nullptr;
  std::string error;
  if (IsGzipFile(path) && (file = OpenFile(path, &error))) {
    gzip = std::make_unique<ResyncingGunzip>(std::make_unique<CountingStream>(file.get()));
    source = gzip.get();
  } else {
    counted = std::make_unique<CountingStream>(stream);
    source = counted.get();
  }
  LineReader in(source, gzip.get());
  if (kind == InputKind::kWarc) {
    ReadWarc(path, &in, options, sink);
  } else {
    ReadJsonl(path, &in, options, sink);
  }
}

}  // namespace newsgraph::io
