#include "io/input.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "io/byte_stream.h"
#include "io/container.h"

namespace newsgraph::io {
namespace {

namespace fs = std::filesystem;

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) return false;
  }
  return true;
}

bool ContainsNoCase(std::string_view hay, std::string_view needle) {
  auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == b;
  });
  return it != hay.end();
}

Document ErrorDocument(const std::string& path, const std::string& error) {
  Document doc;
  doc.source.path = path;
  doc.error = error;
  return doc;
}

void ReadOne(const std::string& path, const InputOptions& options, bool alone, const DocumentSink& sink) {
  std::string error;
  auto stream = OpenMaybeCompressed(path, &error);
  if (!stream) {
    sink(ErrorDocument(path, error));
    return;
  }
  std::string name = path;
  if (EndsWith(name, ".gz")) name.resize(name.size() - 3);
  std::string_view head = stream->Peek(4096);
  InputKind kind = DetectKind(head, name);
  if (kind == InputKind::kWarc || kind == InputKind::kJsonl) {
    ReadContainer(kind, path, stream.get(), options, sink);
    return;
  }
  Document doc;
  doc.source.path = path;
  if (alone) doc.source.url = options.url;
  doc.source.kind = kind;
  doc.source.verbatim = options.verbatim;
  if (kind == InputKind::kUnknown) {
    doc.error = head.empty() && stream->error().empty() ? "" : "binary content: neither text nor HTML";
    if (head.empty() && !stream->error().empty()) doc.error = stream->error();
    if (!doc.error.empty()) {
      sink(std::move(doc));
      return;
    }
    doc.source.kind = InputKind::kText;  // an empty file is an empty text
  }
  if (!ReadAll(stream.get(), options.max_document_bytes, &doc.source.raw, &error)) {
    if (doc.source.raw.empty()) {
      doc.error = error;
      doc.source.raw.clear();
      sink(std::move(doc));
      return;
    }
    // A truncated compressed file still yields what could be decoded.
    fprintf(stderr, "newsgraph: %s: %s; using the %zu bytes read\n", path.c_str(), error.c_str(),
            doc.source.raw.size());
  }
  sink(std::move(doc));
}

void Walk(const fs::path& dir, const InputOptions& options, const DocumentSink& sink) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    sink(ErrorDocument(dir.string(), "cannot read folder: " + ec.message()));
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    entries.push_back(*it);
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  for (const auto& entry : entries) {
    const std::string name = entry.path().filename().string();
    if (!name.empty() && name[0] == '.') continue;  // hidden files and folders
    std::error_code type_ec;
    if (entry.is_directory(type_ec) && !entry.is_symlink(type_ec)) {
      Walk(entry.path(), options, sink);
    } else if (entry.is_regular_file(type_ec)) {
      ReadOne(entry.path().string(), options, false, sink);
    } else if (entry.is_symlink(type_ec) && !entry.exists(type_ec)) {
      sink(ErrorDocument(entry.path().string(), "broken link: its target does not exist"));
    }
    // Sockets, pipes and devices are skipped: opening a pipe would block.
  }
}

}  // namespace

InputKind DetectKind(std::string_view head, std::string_view name) {
  size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  std::string_view body = head.substr(i);
  if (body.substr(0, 5) == "WARC/") return InputKind::kWarc;
  if (EndsWith(name, ".warc")) return InputKind::kWarc;
  // UTF-16 text carries NULs, so a byte-order mark goes before the binary test.
  bool utf16 = head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF";
  if (!utf16) {
    size_t controls = 0;
    for (unsigned char c : head) {
      if (c == 0) return InputKind::kUnknown;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
    }
    if (controls * 10 > head.size()) return InputKind::kUnknown;
  }
  if (!body.empty() && body[0] == '{' &&
      (EndsWith(name, ".jsonl") || EndsWith(name, ".ndjson") || EndsWith(name, ".json") ||
       ContainsNoCase(body.substr(0, 1024), "\"url\""))) {
    return InputKind::kJsonl;
  }
  if (EndsWith(name, ".html") || EndsWith(name, ".htm") || EndsWith(name, ".xhtml")) return InputKind::kHtml;
  if (!body.empty() && body[0] == '<') return InputKind::kHtml;
  for (std::string_view tag : {"<html", "<!doctype html", "<body", "<head>", "<p>", "<div"}) {
    if (ContainsNoCase(head, tag)) return InputKind::kHtml;
  }
  return InputKind::kText;
}

void ReadInputs(const std::vector<std::string>& paths, const InputOptions& options, const DocumentSink& sink) {
  const bool alone = paths.size() == 1;
  for (const std::string& path : paths) {
    if (path == "-") {
      ReadOne(path, options, alone, sink);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      sink(ErrorDocument(path, "no such file or folder"));
    } else if (fs::is_directory(st)) {
      Walk(path, options, sink);
    } else {
      ReadOne(path, options, alone, sink);
    }
  }
}

}  // namespace newsgraph::io
