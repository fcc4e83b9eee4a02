#include "io/warc_http.h"

#include <zlib.h>

#include <cctype>
#include <cstring>

namespace newsgraph::io {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Undoes chunked transfer encoding. Returns false when `in` is not chunked
// after all (crawlers often store the decoded body but keep the header).
bool Dechunk(std::string_view in, size_t max, std::string* out, bool* too_large) {
  out->clear();
  size_t pos = 0;
  for (;;) {
    size_t eol = in.find('\n', pos);
    if (eol == std::string_view::npos) return false;
    std::string_view size_line = Trim(in.substr(pos, eol - pos));
    if (size_t semi = size_line.find(';'); semi != std::string_view::npos) size_line = size_line.substr(0, semi);
    if (size_line.empty() || size_line.size() > 15) return false;
    size_t size = 0;
    for (char c : size_line) {
      if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
      size = size * 16 + (std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (std::tolower(c) - 'a' + 10));
    }
    pos = eol + 1;
    if (size == 0) return true;  // trailers are ignored
    if (size > in.size() - pos) {
      // A truncated last chunk: keep what is there.
      size = in.size() - pos;
    }
    if (out->size() + size > max) {
      *too_large = true;
      return true;
    }
    out->append(in.substr(pos, size));
    pos += size;
    if (pos >= in.size()) return true;
    if (in[pos] == '\r') ++pos;
    if (pos < in.size() && in[pos] == '\n') ++pos;
  }
}

bool Inflate(std::string_view in, size_t max, std::string* out, std::string* error) {
  z_stream z;
  memset(&z, 0, sizeof z);
  if (inflateInit2(&z, 15 + 32) != Z_OK) {
    *error = "cannot initialise zlib";
    return false;
  }
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  char buf[1 << 15];
  int rc = Z_OK;
  out->clear();
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    size_t got = sizeof buf - z.avail_out;
    if (out->size() + got > max) {
      inflateEnd(&z);
      *error = "decoded body larger than the limit of " + std::to_string(max) + " bytes";
      return false;
    }
    out->append(buf, got);
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // truncated: keep what decoded
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END && rc != Z_BUF_ERROR && rc != Z_OK) {
    if (out->empty()) {
      *error = "cannot decode compressed body";
      return false;
    }
  }
  return true;
}

}  // namespace

void ParseContentType(std::string_view value, std::string* media_type, std::string* charset) {
  size_t semi = value.find(';');
  *media_type = Lower(Trim(value.substr(0, semi)));
  charset->clear();
  while (semi != std::string_view::npos) {
    size_t next = value.find(';', semi + 1);
    std::string_view param = Trim(value.substr(semi + 1, next == std::string_view::npos ? next : next - semi - 1));
    if (param.size() > 8 && Lower(param.substr(0, 8)) == "charset=") {
      std::string_view v = Trim(param.substr(8));
      if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'')) v = v.substr(1, v.size() - 2);
      *charset = std::string(v);
    }
    semi = next;
  }
}

bool ParseHttpResponse(std::string_view block, size_t max_body, HttpResponse* out, std::string* error) {
  if (block.substr(0, 5) != "HTTP/") {
    *error = "response record does not hold an HTTP response";
    return false;
  }
  size_t head_end = block.find("\r\n\r\n");
  size_t body_start = head_end == std::string_view::npos ? head_end : head_end + 4;
  if (head_end == std::string_view::npos) {
    head_end = block.find("\n\n");
    body_start = head_end == std::string_view::npos ? block.size() : head_end + 2;
    if (head_end == std::string_view::npos) head_end = block.size();
  }
  std::string_view head = block.substr(0, head_end);
  size_t eol = head.find('\n');
  std::string_view status_line = head.substr(0, eol);
  size_t sp = status_line.find(' ');
  out->status = 0;
  if (sp != std::string_view::npos) {
    for (size_t i = sp + 1; i < status_line.size() && std::isdigit(static_cast<unsigned char>(status_line[i])); ++i) {
      out->status = out->status * 10 + (status_line[i] - '0');
      if (out->status > 999) break;
    }
  }
  std::string transfer_encoding, content_encoding;
  out->content_type.clear();
  out->charset.clear();
  while (eol != std::string_view::npos) {
    size_t next = head.find('\n', eol + 1);
    std::string_view line = head.substr(eol + 1, next == std::string_view::npos ? next : next - eol - 1);
    eol = next;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name = Lower(Trim(line.substr(0, colon)));
    std::string_view value = Trim(line.substr(colon + 1));
    if (name == "content-type") {
      ParseContentType(value, &out->content_type, &out->charset);
    } else if (name == "transfer-encoding") {
      transfer_encoding = Lower(value);
    } else if (name == "content-encoding") {
      content_encoding = Lower(value);
    }
  }
  std::string_view body = block.substr(std::min(body_start, block.size()));
  std::string dechunked;
  if (transfer_encoding.find("chunked") != std::string::npos) {
    bool too_large = false;
    if (Dechunk(body, max_body, &dechunked, &too_large)) {
      if (too_large) {
        *error = "document larger than the limit of " + std::to_string(max_body) + " bytes";
        return false;
      }
      body = dechunked;
    }
  }
  if (content_encoding == "gzip" || content_encoding == "x-gzip" || content_encoding == "deflate") {
    // Some crawlers store the decoded body and keep the header; only inflate
    // what looks compressed.
    bool gz = body.size() >= 2 && static_cast<unsigned char>(body[0]) == 0x1f &&
              static_cast<unsigned char>(body[1]) == 0x8b;
    bool zlib = body.size() >= 2 && (static_cast<unsigned char>(body[0]) & 0x0f) == 8 &&
                ((static_cast<unsigned char>(body[0]) << 8) | static_cast<unsigned char>(body[1])) % 31 == 0;
    if (gz || zlib) {
      std::string inflated;
      if (!Inflate(body, max_body, &inflated, error)) return false;
      out->body = std::move(inflated);
      return true;
    }
  }
  if (body.size() > max_body) {
    *error = "document larger than the limit of " + std::to_string(max_body) + " bytes";
    return false;
  }
  out->body.assign(body);
  return true;
}

}  // namespace newsgraph::io
