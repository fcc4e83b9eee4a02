// libFuzzer harness for the HTML stage: decoding, tokenizing, tree building,
// content extraction and metadata on arbitrary bytes. Checks the promises
// callers rely on: no crash, bounded depth, and valid UTF-8 out.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/document.h"
#include "core/utf8.h"
#include "html/dom.h"
#include "html/extractor.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The first byte picks a declared charset so lying declarations get fuzzed.
  static const char* kCharsets[] = {"", "utf-8", "windows-1252", "iso-8859-1", "shift_jis",
                                    "utf-16le", "gb2312", "koi8-r", "bogus-charset"};
  std::string charset;
  if (!bytes.empty()) {
    charset = kCharsets[static_cast<unsigned char>(bytes[0]) % 9];
    bytes.remove_prefix(1);
  }
  newsgraph::Document doc;
  doc.source.kind = newsgraph::InputKind::kHtml;
  doc.source.http_charset = charset;
  doc.source.url = "https://example.com/2020/01/02/story";
  doc.source.raw = std::string(bytes);
  newsgraph::html::ExtractHtmlPage(doc);
  Check(newsgraph::utf8::IsValid(doc.text));
  Check(newsgraph::utf8::IsValid(doc.title));
  Check(newsgraph::utf8::IsValid(doc.published));
  Check(newsgraph::utf8::IsValid(doc.site_name));
  Check(newsgraph::utf8::IsValid(doc.original_source));
  Check(newsgraph::utf8::IsValid(doc.canonical_url));
  for (const std::string& a : doc.authors) Check(newsgraph::utf8::IsValid(a));

  // The tree itself: bounded depth, subtree ranges nested properly.
  newsgraph::html::ParseOptions options;
  options.max_depth = 64;
  newsgraph::html::Dom dom = newsgraph::html::ParseHtml(bytes, options);
  const auto& nodes = dom.nodes();
  for (size_t i = 1; i < nodes.size(); ++i) {
    Check(nodes[i].depth <= options.max_depth + 1);
    Check(nodes[i].parent < i);
    Check(nodes[i].end > i && nodes[i].end <= nodes[nodes[i].parent].end);
  }
  return 0;
}
