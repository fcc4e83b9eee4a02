// libFuzzer harness for the whole line: any bytes, read as whatever kind of
// input they look like (WARC, JSON Lines, HTML, text), through every stage and
// the JSON output. It must never crash, hang or read out of bounds.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "core/document_json.h"
#include "core/pipeline.h"
#include "io/byte_stream.h"
#include "io/container.h"
#include "io/input.h"

namespace {

class MemoryStream : public newsgraph::io::ByteStream {
 public:
  explicit MemoryStream(std::string_view bytes) : bytes_(bytes) {}
  size_t Read(char* buf, size_t n) override {
    size_t k = std::min(n, bytes_.size() - pos_);
    memcpy(buf, bytes_.data() + pos_, k);
    pos_ += k;
    return k;
  }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph;
  static const Pipeline pipeline;
  if (size == 0) return 0;
  // The first byte picks verbatim mode, so both text paths get explored.
  const bool verbatim = data[0] & 1;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  io::InputOptions options;
  options.verbatim = verbatim;
  options.max_document_bytes = 1 << 20;
  std::string out;
  auto run = [&](Document&& doc) {
    pipeline.Process(doc);
    out.clear();
    AppendDocumentJson(doc, &out);
  };
  InputKind kind = io::DetectKind(bytes.substr(0, 4096), "");
  if (kind == InputKind::kWarc || kind == InputKind::kJsonl) {
    MemoryStream stream(bytes);
    io::ReadContainer(kind, "", &stream, options, run);
    return 0;
  }
  Document doc;
  doc.source.kind = kind == InputKind::kUnknown ? InputKind::kText : kind;
  doc.source.verbatim = verbatim;
  doc.source.raw.assign(bytes);
  run(std::move(doc));
  return 0;
}
