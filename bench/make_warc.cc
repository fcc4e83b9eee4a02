// Builds a WARC.gz for the ingest benchmark from pages given on the command
// line (HTML, optionally gzipped; plain text is wrapped as paragraphs),
// repeating them under varied URLs until it holds the number of pages (or
// bytes) asked for. Each record is its own gzip member, as crawlers write.
//
//   make_warc OUT.warc.gz [--pages N] [--bytes B] FILE_OR_DIR...
//
// Prints "pages=N raw_bytes=B" (page bodies, uncompressed) on stdout.
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "io/byte_stream.h"

namespace {

namespace fs = std::filesystem;

std::string Escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      default: out += c;
    }
  }
  return out;
}

// Plain text becomes a small HTML page: first line the title, blank-line
// separated blocks the paragraphs.
std::string TextToHtml(const std::string& text) {
  std::string html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>";
  size_t nl = text.find('\n');
  html += Escape(text.substr(0, nl)) + "</title></head><body><article><h1>" + Escape(text.substr(0, nl)) + "</h1>\n";
  size_t pos = nl == std::string::npos ? text.size() : nl + 1;
  while (pos < text.size()) {
    size_t end = text.find("\n\n", pos);
    if (end == std::string::npos) end = text.size();
    std::string para = text.substr(pos, end - pos);
    if (para.find_first_not_of(" \n\t") != std::string::npos) html += "<p>" + Escape(para) + "</p>\n";
    pos = end + 2;
  }
  return html + "</article></body></html>\n";
}

void AppendMember(z_stream* z, const std::string& data, std::string* out) {
  deflateReset(z);
  size_t old = out->size();
  out->resize(old + deflateBound(z, data.size()) + 64);
  z->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z->avail_in = static_cast<uInt>(data.size());
  z->next_out = reinterpret_cast<Bytef*>(out->data() + old);
  z->avail_out = static_cast<uInt>(out->size() - old);
  deflate(z, Z_FINISH);
  out->resize(out->size() - z->avail_out);
}

std::string Record(const char* type, const std::string& uri, const std::string& date, const char* content_type,
                   const std::string& block) {
  char head[1024];
  snprintf(head, sizeof head,
           "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\n"
           "WARC-Record-ID: <urn:uuid:%016llx>\r\nContent-Type: %s\r\nContent-Length: %zu\r\n\r\n",
           type, uri.c_str(), date.c_str(), static_cast<unsigned long long>(std::hash<std::string>()(uri + type)),
           content_type, block.size());
  return head + block + "\r\n\r\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::string out_path;
  long long want_pages = 20000, want_bytes = 0;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--pages" && i + 1 < argc) {
      want_pages = atoll(argv[++i]);
    } else if (a == "--bytes" && i + 1 < argc) {
      want_bytes = atoll(argv[++i]);
      want_pages = 0;
    } else if (out_path.empty()) {
      out_path = a;
    } else {
      inputs.push_back(a);
    }
  }
  if (out_path.empty() || inputs.empty()) {
    fprintf(stderr, "usage: make_warc OUT.warc.gz [--pages N | --bytes B] FILE_OR_DIR...\n");
    return 2;
  }
  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    if (fs::is_directory(in)) {
      for (const auto& e : fs::directory_iterator(in)) {
        if (e.is_regular_file()) files.push_back(e.path().string());
      }
    } else {
      files.push_back(in);
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> pages;
  for (const std::string& f : files) {
    std::string error, body;
    auto stream = newsgraph::io::OpenMaybeCompressed(f, &error);
    if (!stream || !newsgraph::io::ReadAll(stream.get(), size_t{64} << 20, &body, &error)) {
      fprintf(stderr, "make_warc: %s: %s\n", f.c_str(), error.c_str());
      continue;
    }
    std::string name = f.size() > 3 && f.compare(f.size() - 3, 3, ".gz") == 0 ? f.substr(0, f.size() - 3) : f;
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0) body = TextToHtml(body);
    pages.push_back(std::move(body));
  }
  if (pages.empty()) {
    fprintf(stderr, "make_warc: no pages\n");
    return 1;
  }
  FILE* out = fopen(out_path.c_str(), "wb");
  if (!out) {
    perror(out_path.c_str());
    return 1;
  }
  z_stream z{};
  deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);  // fast: the bench measures reading
  std::string buf;
  AppendMember(&z, Record("warcinfo", "", "2024-01-01T00:00:00Z", "application/warc-fields",
                          "software: newsgraph make_warc\r\nformat: WARC File Format 1.0\r\n"),
               &buf);
  long long n = 0, raw = 0;
  for (; want_pages ? n < want_pages : raw < want_bytes; ++n) {
    const std::string& body = pages[n % pages.size()];
    char uri[256], date[64];
    snprintf(uri, sizeof uri, "https://site%lld.example/%04lld/%02lld/story-%lld.html", n % 97, 2000 + n % 25,
             1 + n % 12, n);
    snprintf(date, sizeof date, "%04lld-%02lld-%02lldT%02lld:%02lld:00Z", 2000 + n % 25, 1 + n % 12, 1 + n % 28,
             n % 24, n % 60);
    std::string request = "GET " + std::string(strchr(uri + 8, '/')) + " HTTP/1.1\r\nHost: example\r\n\r\n";
    AppendMember(&z, Record("request", uri, date, "application/http; msgtype=request", request), &buf);
    std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                       std::to_string(body.size()) + "\r\n\r\n" + body;
    AppendMember(&z, Record("response", uri, date, "application/http; msgtype=response", http), &buf);
    raw += static_cast<long long>(body.size());
    if (buf.size() > (8 << 20)) {
      fwrite(buf.data(), 1, buf.size(), out);
      buf.clear();
    }
  }
  fwrite(buf.data(), 1, buf.size(), out);
  deflateEnd(&z);
  if (fclose(out) != 0) {
    perror(out_path.c_str());
    return 1;
  }
  printf("pages=%lld raw_bytes=%lld\n", n, raw);
  return 0;
}
