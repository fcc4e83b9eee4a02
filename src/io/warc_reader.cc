#include "io/warc_reader.h"

#include <cctype>
#include <cstdlib>

#include "io/warc_http.h"

namespace newsgraph::io {
namespace {

constexpr size_t kMaxHeaderLine = 64 << 10;
constexpr size_t kMaxHeaderLines = 1000;
constexpr size_t kHttpHeadAllowance = 256 << 10;  // room for HTTP headers beyond the body cap

struct WarcHeader {
  std::string type;
  std::string target_uri;
  std::string date;
  std::string content_type;
  int64_t content_length = -1;
};

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// zlib's words for a member whose data decoded but whose trailer disagrees:
// the bytes already handed out are bad. ("incorrect header check" is the
// next member's problem.)
bool IsChecksumFailure(const std::string& why) {
  return why.find("incorrect data check") != std::string::npos ||
         why.find("incorrect length check") != std::string::npos;
}

// "WARC/1.0" or "WARC/1.1" closing a line: a record's first line, maybe
// after junk that lost its line end.
bool EndsWithVersion(std::string_view line) {
  return line.size() >= 8 && (line.substr(line.size() - 8) == "WARC/1.0" || line.substr(line.size() - 8) == "WARC/1.1");
}

bool IsHtmlType(const std::string& media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

class WarcReader {
 public:
  WarcReader(const std::string& path, LineReader* in, const InputOptions& options, const DocumentSink& sink)
      : path_(path), in_(in), options_(options), sink_(sink) {}

  void Run() {
    std::string line;
    bool resyncing = false;
    for (;;) {
      uint64_t at = in_->offset();
      if (!in_->ReadLine(&line, kMaxHeaderLine)) {
        if (in_->AtGap()) {
          bool poisoned = PendingFailedCheck();
          PoisonPending();
          Flush();
          if (!resyncing && !poisoned) Error(at, "", CorruptionMessage());
          in_->CrossGap();
          resyncing = true;
          continue;
        }
        Flush();
        if (!in_->stream_error().empty() && !resyncing) Error(at, "", in_->stream_error());
        return;
      }
      if (Trim(line).empty()) continue;
      if (line.compare(0, 7, "WARC/1.") != 0 && line.compare(0, 7, "WARC/0.") != 0) {
        if (!resyncing) Error(at, "", "expected a WARC record header; skipping to the next record");
        resyncing = true;
        // Junk without a line end glues itself to the next version line.
        if (!EndsWithVersion(line)) continue;
      }
      resyncing = !ReadRecord(at);
    }
  }

 private:
  std::string CorruptionMessage() const {
    std::string why = in_->last_corruption();
    return "record cut by corrupt compressed data" + (why.empty() ? std::string() : " (" + why + ")");
  }

  // Pages are handed on one record late: gzip checks a member's CRC only at
  // its end, after its bytes were read, so a page whose member fails the
  // check must still be turned into an error.
  void Emit(Document&& doc) {
    Flush();
    pending_ = std::move(doc);
    has_pending_ = true;
    pending_end_ = in_->offset();
  }
  void Flush() {
    if (has_pending_) sink_(std::move(pending_));
    has_pending_ = false;
    pending_ = Document();
  }
  // True when the gap just reached says the pending page's own member failed
  // its checksum (not the member after it).
  bool PendingFailedCheck() const {
    return has_pending_ && pending_end_ == in_->offset() && IsChecksumFailure(in_->last_corruption()) &&
           in_->last_failed_member_start() < pending_end_;
  }
  void PoisonPending() {
    if (!PendingFailedCheck()) return;
    std::string why = in_->last_corruption();
    pending_.source.raw.clear();
    pending_.error = "WARC record failed its gzip check (" + why + ")";
  }

  void Error(uint64_t at, const std::string& url, const std::string& what) {
    Flush();
    Document doc;
    doc.source.path = path_;
    doc.source.url = url;
    doc.source.kind = InputKind::kWarc;
    doc.error = "WARC record at byte " + std::to_string(at) + ": " + what;
    sink_(std::move(doc));
  }

  // Reads the record whose version line was just read. Returns false when the
  // input is out of step (the caller then resynchronises on "WARC/1.").
  bool ReadRecord(uint64_t at) {
    WarcHeader h;
    std::string line;
    bool truncated = false;
    for (size_t n = 0;; ++n) {
      if (!in_->ReadLine(&line, kMaxHeaderLine, &truncated)) {
        Error(at, h.target_uri, in_->AtGap() ? CorruptionMessage() : "truncated record header");
        return false;
      }
      if (line.empty()) break;
      if (truncated || n > kMaxHeaderLines) {
        Error(at, h.target_uri, "malformed record header");
        return false;
      }
      size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string_view name = Trim(std::string_view(line).substr(0, colon));
      std::string_view value = Trim(std::string_view(line).substr(colon + 1));
      if (IEquals(name, "WARC-Type")) {
        h.type = value;
      } else if (IEquals(name, "WARC-Target-URI")) {
        if (value.size() >= 2 && value.front() == '<' && value.back() == '>') value = value.substr(1, value.size() - 2);
        h.target_uri = value;
      } else if (IEquals(name, "WARC-Date")) {
        h.date = value;
      } else if (IEquals(name, "Content-Type")) {
        h.content_type = value;
      } else if (IEquals(name, "Content-Length")) {
        char* end = nullptr;
        std::string v(value);
        long long len = std::strtoll(v.c_str(), &end, 10);
        if (!v.empty() && end && *end == '\0' && len >= 0) h.content_length = len;
      }
    }
    if (h.content_length < 0) {
      Error(at, h.target_uri, "missing or invalid Content-Length");
      return false;
    }
    std::string media_type, warc_charset;
    ParseContentType(h.content_type, &media_type, &warc_charset);
    bool response = h.type == "response" && media_type == "application/http";
    bool resource = h.type == "resource" && IsHtmlType(media_type);
    bool wanted = response || resource;

    const size_t cap = options_.max_document_bytes + (response ? kHttpHeadAllowance : 0);
    std::string block;
    bool overflow = false;
    // Unwanted blocks are kept only while small, so a Content-Length that is
    // too large can still be recovered from (see Recover).
    uint64_t got = in_->Consume(static_cast<uint64_t>(h.content_length), &block, wanted ? cap : (1 << 20), &overflow);
    if (got < static_cast<uint64_t>(h.content_length)) {
      std::string why = in_->AtGap() ? CorruptionMessage()
                                     : "truncated record (" + std::to_string(got) + " of " +
                                           std::to_string(h.content_length) + " bytes)";
      Error(at, h.target_uri, why);
      Recover(block, overflow);
      return false;
    }
    if (!CheckTrailer(block)) {
      Error(at, h.target_uri, "record does not end where its Content-Length says (wrong Content-Length?)");
      Recover(block, overflow);
      return false;
    }
    if (!wanted) return true;
    if (overflow) {
      Error(at, h.target_uri, "document larger than the limit of " + std::to_string(options_.max_document_bytes) + " bytes");
      return true;
    }
    Document doc;
    doc.source.path = path_;
    doc.source.url = h.target_uri;
    doc.source.fetch_date = h.date;
    doc.source.kind = InputKind::kHtml;
    if (resource) {
      doc.source.http_charset = warc_charset;
      doc.source.raw = std::move(block);
      Emit(std::move(doc));
      return true;
    }
    HttpResponse http;
    std::string error;
    if (!ParseHttpResponse(block, options_.max_document_bytes, &http, &error)) {
      Error(at, h.target_uri, error);
      return true;
    }
    block.clear();
    block.shrink_to_fit();
    if (http.status < 200 || http.status >= 300) return true;  // redirects and errors hold no article
    if (!http.content_type.empty() && !IsHtmlType(http.content_type)) return true;
    if (http.content_type.empty() && DetectKind(std::string_view(http.body).substr(0, 4096), "") != InputKind::kHtml) {
      return true;
    }
    doc.source.http_charset = http.charset;
    doc.source.raw = std::move(http.body);
    Emit(std::move(doc));
    return true;
  }

  // A record ends with "\r\n\r\n" followed by the next record or the end of
  // input; lenient about the line ends. A full "\r\n\r\n" followed by
  // something else is junk after a good record, unless the block holds a
  // record's first line: then its Content-Length was too large, and the
  // block ended on a blank line of a later record by chance.
  bool CheckTrailer(const std::string& block) {
    std::string_view p = in_->Peek(4 + 7);
    size_t i = 0;
    while (i < p.size() && i < 4 && (p[i] == '\r' || p[i] == '\n')) ++i;
    std::string_view rest = p.substr(i);
    if (rest.empty()) {
      in_->Skip(i);
      return in_->AtGap() || in_->AtEnd();
    }
    // A block holding a whole record header swallowed records: its
    // Content-Length was too large and ended on a record boundary by chance.
    if (block.find("\r\n\r\nWARC/1.0\r\nWARC-") != std::string::npos ||
        block.find("\r\n\r\nWARC/1.1\r\nWARC-") != std::string::npos) {
      return false;
    }
    bool next_record = i > 0 && rest.substr(0, 5) == std::string_view("WARC/").substr(0, rest.size());
    bool junk_after = p.substr(0, 4) == "\r\n\r\n" && FindVersionLine(block) == std::string::npos;
    if (!next_record && !junk_after) return false;
    in_->Skip(i);
    return true;
  }

  // Where a record's first line starts in `block` (not at 0), or npos.
  static size_t FindVersionLine(const std::string& block) {
    size_t k = std::string::npos;
    for (std::string_view version : {"WARC/1.0\r\n", "WARC/1.1\r\n"}) {
      size_t at = block.find(version, 1);
      if (at < k) k = at;
    }
    return k;
  }

  // After a bad record: if its block swallowed the start of the next record
  // (Content-Length too large, or the record cut short), read that part
  // again so the next record survives.
  void Recover(const std::string& block, bool overflow) {
    if (overflow) return;
    size_t k = FindVersionLine(block);
    if (k == std::string::npos) {
      // Swallowed only the first bytes of the next record's first line? Put
      // back the longest tail that could start one; if it was not one, the
      // resynchronisation reads past it as usual.
      std::string_view version = "WARC/1.0\r\n";
      for (size_t n = std::min(block.size(), version.size() - 1); n > 0; --n) {
        std::string_view tail = std::string_view(block).substr(block.size() - n);
        if (tail == version.substr(0, n) || (n > 7 && tail.substr(0, 7) == "WARC/1." && tail[7] == '1')) {
          k = block.size() - n;
          break;
        }
      }
    }
    if (k != std::string::npos) in_->Unread(std::string_view(block).substr(k));
  }

  const std::string& path_;
  Document pending_;
  bool has_pending_ = false;
  uint64_t pending_end_ = 0;
  LineReader* in_;
  const InputOptions& options_;
  const DocumentSink& sink_;
};

}  // namespace

void ReadWarc(const std::string& path, LineReader* in, const InputOptions& options, const DocumentSink& sink) {
  WarcReader(path, in, options, sink).Run();
}

}  // namespace newsgraph::io
