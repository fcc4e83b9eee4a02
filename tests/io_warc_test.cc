// The WARC reader end to end through io::ReadInputs, on small files built
// here: record selection, HTTP decoding, and recovery from damaged records.
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io/input.h"

namespace newsgraph::io {
namespace {

namespace fs = std::filesystem;

std::string Record(const std::string& type, const std::string& uri, const std::string& content_type,
                   const std::string& block, long long length = -1) {
  if (length < 0) length = static_cast<long long>(block.size());
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2024-03-01T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:x>\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(length) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string Http(int status, const std::string& content_type, const std::string& body,
                 const std::string& extra_headers = "") {
  return "HTTP/1.1 " + std::to_string(status) + " X\r\nContent-Type: " + content_type + "\r\n" + extra_headers +
         "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::string Response(const std::string& uri, const std::string& body) {
  return Record("response", uri, "application/http; msgtype=response", Http(200, "text/html; charset=utf-8", body));
}

std::string Page(int i) {
  return "<html><head><title>Page " + std::to_string(i) + "</title></head><body><p>Body " + std::to_string(i) +
         "</p></body></html>";
}

std::string GzipMember(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

class WarcTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("io_warc_test_" + std::to_string(getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  std::vector<Document> Read(const std::string& path, InputOptions options = {}) {
    std::vector<Document> docs;
    ReadInputs({path}, options, [&](Document&& d) { docs.push_back(std::move(d)); });
    return docs;
  }

  fs::path dir_;
};

TEST_F(WarcTest, KeepsHtmlResponsesOnly) {
  std::string warc =
      Record("warcinfo", "", "application/warc-fields", "software: test\r\n") +
      Record("request", "http://a.example/1", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\n\r\n") +
      Response("http://a.example/1", Page(1)) +
      Record("metadata", "http://a.example/1", "application/warc-fields", "via: x\r\n") +
      Record("response", "http://a.example/img.png", "application/http; msgtype=response",
             Http(200, "image/png", "\x89PNG....")) +
      Record("response", "http://a.example/gone", "application/http; msgtype=response",
             Http(404, "text/html", "<html>not found</html>")) +
      Record("response", "http://a.example/moved", "application/http; msgtype=response",
             Http(301, "text/html", "")) +
      Record("response", "http://b.example/2", "application/http; msgtype=response",
             Http(200, "text/html; charset=ISO-8859-1", Page(2)));
  std::vector<Document> docs = Read(Write("a.warc", warc));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_TRUE(docs[0].ok()) << docs[0].error;
  EXPECT_EQ(docs[0].source.url, "http://a.example/1");
  EXPECT_EQ(docs[0].source.fetch_date, "2024-03-01T12:00:00Z");
  EXPECT_EQ(docs[0].source.http_charset, "utf-8");
  EXPECT_EQ(docs[0].source.kind, InputKind::kHtml);
  EXPECT_EQ(docs[0].source.raw, Page(1));
  EXPECT_EQ(docs[1].source.url, "http://b.example/2");
  EXPECT_EQ(docs[1].source.http_charset, "ISO-8859-1");
  EXPECT_EQ(docs[1].source.raw, Page(2));
}

TEST_F(WarcTest, UndoesChunkedAndGzipBodies) {
  std::string body = Page(7);
  std::string chunked = "a\r\n" + body.substr(0, 10) + "\r\n" +
                        ([&] {
                          char hex[16];
                          snprintf(hex, sizeof hex, "%zx", body.size() - 10);
                          return std::string(hex);
                        })() +
                        ";ext=1\r\n" + body.substr(10) + "\r\n0\r\n\r\n";
  std::string http_chunked = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked;
  std::string http_gzip = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" +
                          GzipMember(body);
  std::string warc = Record("response", "http://c/1", "application/http; msgtype=response", http_chunked) +
                     Record("response", "http://c/2", "application/http; msgtype=response", http_gzip);
  std::vector<Document> docs = Read(Write("c.warc", warc));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].source.raw, body);
  EXPECT_EQ(docs[1].source.raw, body);
}

TEST_F(WarcTest, ReadsMultiMemberGzip) {
  std::string file;
  for (int i = 0; i < 5; ++i) file += GzipMember(Response("http://g/" + std::to_string(i), Page(i)));
  std::vector<Document> docs = Read(Write("g.warc.gz", file));
  ASSERT_EQ(docs.size(), 5u);
  for (int i = 0; i < 5; ++i) {
    EXPECT_TRUE(docs[i].ok()) << docs[i].error;
    EXPECT_EQ(docs[i].source.raw, Page(i));
  }
}

TEST_F(WarcTest, GzipGarbageCostsOnlyTheDamagedRecord) {
  std::vector<std::string> members;
  for (int i = 0; i < 6; ++i) members.push_back(GzipMember(Response("http://g/" + std::to_string(i), Page(i))));
  // Overwrite the middle of member 2's compressed data.
  std::string& bad = members[2];
  for (size_t k = 12; k < bad.size() - 10; ++k) bad[k] = static_cast<char>(k * 37);
  std::string file;
  for (const auto& m : members) file += m;
  std::vector<Document> docs = Read(Write("bad.warc.gz", file));
  int errors = 0;
  std::vector<std::string> urls;
  for (const auto& d : docs) {
    if (d.ok()) {
      urls.push_back(d.source.url);
    } else {
      ++errors;
    }
  }
  EXPECT_EQ(errors, 1);
  EXPECT_EQ(urls, (std::vector<std::string>{"http://g/0", "http://g/1", "http://g/3", "http://g/4", "http://g/5"}));
}

TEST_F(WarcTest, ResyncsAcrossLongGarbageAndLargeMembers) {
  // Members and garbage larger than the 64 KiB read buffers, so that
  // resynchronising crosses buffer refills, including a header split by one.
  std::string big = "<html><body>";
  for (int i = 0; big.size() < 300000; ++i) big += "<p>paragraph " + std::to_string(i * 7919 % 100003) + "</p>";
  big += "</body></html>";
  std::string file = GzipMember(Response("http://l/0", big));
  std::string garbage;
  for (size_t k = 0; k < 200000; ++k) garbage.push_back(static_cast<char>((k * 131 + k / 7) % 251));
  for (size_t k = 0; k + 2 < garbage.size(); ++k) {
    if (garbage[k] == '\x1f' && garbage[k + 1] == '\x8b') garbage[k] = 0;  // no false member starts
  }
  // Place the next member so that its magic straddles a 64 KiB boundary of the file.
  size_t want = ((file.size() + garbage.size()) / 65536 + 1) * 65536 - 1;
  file += garbage;
  file.append(want - file.size(), 'z');
  file += GzipMember(Response("http://l/1", big));
  file += GzipMember(Response("http://l/2", Page(2)));
  std::vector<Document> docs = Read(Write("long.warc.gz", file));
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_TRUE(docs[0].ok()) << docs[0].error;
  EXPECT_EQ(docs[0].source.raw, big);
  EXPECT_FALSE(docs[1].ok());
  EXPECT_TRUE(docs[2].ok()) << docs[2].error;
  EXPECT_EQ(docs[2].source.url, "http://l/1");
  EXPECT_EQ(docs[2].source.raw, big);
  EXPECT_EQ(docs[3].source.url, "http://l/2");
}

// Damage a few members of a WARC.gz at random (flipped bytes, a member cut
// short, garbage after a member): no undamaged record may be lost, and no
// damaged member may cost more than one error.
TEST_F(WarcTest, RandomDamageLosesNoGoodRecord) {
  constexpr int kMembers = 40;
  for (int trial = 0; trial < 60; ++trial) {
    std::mt19937 rng(trial);
    std::vector<std::string> members;
    for (int i = 0; i < kMembers; ++i) {
      std::string body = Page(i) + std::string(rng() % 2000, 'w');
      members.push_back(GzipMember(Response("http://r/" + std::to_string(i), body)));
    }
    std::set<int> damaged;
    int damages = 1 + rng() % 5;
    for (int d = 0; d < damages; ++d) {
      int m = rng() % kMembers;
      damaged.insert(m);
      std::string& b = members[m];
      switch (rng() % 3) {
        case 0:
          for (int k = 1 + rng() % 4; k > 0; --k) b[10 + rng() % (b.size() - 10)] ^= static_cast<char>(1 + rng() % 255);
          break;
        case 1: b.resize(10 + rng() % (b.size() - 10)); break;
        default:
          for (int k = 1 + rng() % 3000; k > 0; --k) b.push_back(static_cast<char>(rng()));
      }
    }
    std::string file;
    for (const auto& m : members) file += m;
    std::vector<Document> docs = Read(Write("random.warc.gz", file));
    std::set<std::string> good;
    int errors = 0;
    for (const auto& d : docs) {
      if (d.ok()) {
        good.insert(d.source.url);
      } else {
        ++errors;
      }
    }
    for (int i = 0; i < kMembers; ++i) {
      if (!damaged.count(i)) EXPECT_TRUE(good.count("http://r/" + std::to_string(i))) << "trial " << trial << " lost " << i;
    }
    EXPECT_LE(errors, static_cast<int>(damaged.size())) << "trial " << trial;
  }
}

// The same for an uncompressed WARC: records cut short, wrong
// Content-Lengths, junk after or inside a record. Damage not next to other
// damage must cost only the damaged record.
TEST_F(WarcTest, RandomDamageToPlainWarcLosesNoGoodRecord) {
  constexpr int kRecords = 40;
  for (int trial = 0; trial < 100; ++trial) {
    std::mt19937 rng(1000 + trial);
    std::vector<std::string> records;
    for (int i = 0; i < kRecords; ++i) {
      records.push_back(Response("http://p/" + std::to_string(i), Page(i) + std::string(rng() % 2000, 'w')));
    }
    std::set<int> damaged;
    for (int d = 1 + rng() % 3; d > 0; --d) {
      int m = rng() % kRecords;
      if (damaged.count(m - 1) || damaged.count(m + 1)) continue;  // adjacent damage can compound
      damaged.insert(m);
      std::string& r = records[m];
      switch (rng() % 4) {
        case 0: r.resize(20 + rng() % (r.size() - 20)); break;
        case 1: {
          size_t at = r.find("Content-Length: ") + 16;
          size_t end = r.find("\r\n", at);
          long long n = std::stoll(r.substr(at, end - at));
          static const int kDelta[] = {-50, -1, 1, 5, 50, 5000};
          r.replace(at, end - at, std::to_string(n + kDelta[rng() % 6]));
          break;
        }
        case 2:
          for (int k = 1 + rng() % 500; k > 0; --k) r.push_back(static_cast<char>(rng()));
          break;
        default: {
          std::string junk;
          for (int k = 1 + rng() % 30; k > 0; --k) junk.push_back(static_cast<char>(rng()));
          r.insert(rng() % r.size(), junk);
        }
      }
    }
    std::string file;
    for (const auto& r : records) file += r;
    std::vector<Document> docs = Read(Write("random.warc", file));
    std::set<std::string> good;
    for (const auto& d : docs) {
      if (d.ok()) good.insert(d.source.url);
    }
    for (int i = 0; i < kRecords; ++i) {
      if (!damaged.count(i)) EXPECT_TRUE(good.count("http://p/" + std::to_string(i))) << "trial " << trial << " lost " << i;
    }
  }
}

TEST_F(WarcTest, MemberFailingItsChecksumIsAnError) {
  // Garbage that inflates cleanly is caught only by the member's CRC, after
  // its bytes were read: the page must still come out as an error.
  std::vector<std::string> members;
  for (int i = 0; i < 4; ++i) members.push_back(GzipMember(Response("http://k/" + std::to_string(i), Page(i))));
  members[1][members[1].size() - 8] ^= 0x55;  // first byte of the CRC32
  std::string file;
  for (const auto& m : members) file += m;
  std::vector<Document> docs = Read(Write("crc.warc.gz", file));
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_TRUE(docs[0].ok());
  EXPECT_FALSE(docs[1].ok());
  EXPECT_EQ(docs[1].source.url, "http://k/1");
  EXPECT_TRUE(docs[1].source.raw.empty());
  EXPECT_TRUE(docs[2].ok()) << docs[2].error;
  EXPECT_TRUE(docs[3].ok()) << docs[3].error;
}

TEST_F(WarcTest, ContentLengthTooSmallIsOneErrorThenResync) {
  std::string block = Http(200, "text/html", Page(2));
  std::string warc = Response("http://w/1", Page(1)) +
                     Record("response", "http://w/2", "application/http; msgtype=response", block,
                            static_cast<long long>(block.size()) - 30) +
                     Response("http://w/3", Page(3));
  std::vector<Document> docs = Read(Write("short.warc", warc));
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_TRUE(docs[0].ok());
  EXPECT_FALSE(docs[1].ok());
  EXPECT_EQ(docs[1].source.url, "http://w/2");
  EXPECT_NE(docs[1].error.find("Content-Length"), std::string::npos) << docs[1].error;
  EXPECT_TRUE(docs[2].ok());
  EXPECT_EQ(docs[2].source.url, "http://w/3");
}

TEST_F(WarcTest, ContentLengthTooLargeKeepsTheNextRecord) {
  std::string block = Http(200, "text/html", Page(2));
  std::string warc = Response("http://w/1", Page(1)) +
                     Record("response", "http://w/2", "application/http; msgtype=response", block,
                            static_cast<long long>(block.size()) + 100) +
                     Response("http://w/3", Page(3)) + Response("http://w/4", Page(4));
  std::vector<Document> docs = Read(Write("long.warc", warc));
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_TRUE(docs[0].ok());
  EXPECT_FALSE(docs[1].ok());
  EXPECT_EQ(docs[2].source.url, "http://w/3");
  EXPECT_TRUE(docs[2].ok()) << docs[2].error;
  EXPECT_EQ(docs[3].source.url, "http://w/4");
}

TEST_F(WarcTest, TruncatedFileEndsWithOneError) {
  std::string warc = Response("http://t/1", Page(1)) + Response("http://t/2", Page(2));
  warc.resize(warc.size() - 40);
  std::vector<Document> docs = Read(Write("trunc.warc", warc));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_TRUE(docs[0].ok());
  EXPECT_FALSE(docs[1].ok());
  EXPECT_NE(docs[1].error.find("truncated"), std::string::npos) << docs[1].error;
}

TEST_F(WarcTest, OversizedRecordIsDrainedAndReported) {
  std::string big = "<html><body>" + std::string(300000, 'x') + "</body></html>";
  std::string warc = Response("http://s/1", Page(1)) + Response("http://s/big", big) + Response("http://s/3", Page(3));
  InputOptions options;
  options.max_document_bytes = 100000;
  std::vector<Document> docs = Read(Write("big.warc", warc), options);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_TRUE(docs[0].ok());
  EXPECT_FALSE(docs[1].ok());
  EXPECT_NE(docs[1].error.find("limit"), std::string::npos) << docs[1].error;
  EXPECT_TRUE(docs[1].source.raw.empty());
  EXPECT_TRUE(docs[2].ok());
}

TEST_F(WarcTest, GarbageBetweenRecordsIsOneError) {
  std::string warc = Response("http://x/1", Page(1)) + "this is not a record\r\nnor this\r\n\r\n" +
                     Response("http://x/2", Page(2));
  std::vector<Document> docs = Read(Write("junk.warc", warc));
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_TRUE(docs[0].ok());
  EXPECT_FALSE(docs[1].ok());
  EXPECT_TRUE(docs[2].ok());
  EXPECT_EQ(docs[2].source.url, "http://x/2");
}

}  // namespace
}  // namespace newsgraph::io
