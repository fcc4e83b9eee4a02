// The JSON Lines reader through io::ReadInputs: good lines become documents,
// each bad line one error document, and reading always goes on.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "io/input.h"
#include "io/jsonl_scan.h"

namespace newsgraph::io {
namespace {

namespace fs = std::filesystem;

class JsonlTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("io_jsonl_test_" + std::to_string(getpid()));
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

TEST_F(JsonlTest, ReadsHtmlAndTextLines) {
  std::string path = Write("a.jsonl",
                           "{\"url\": \"http://a/1\", \"html\": \"<p>One \\u00e9</p>\", \"date\": \"2024-01-02\"}\n"
                           "\n"
                           "{\"url\": \"http://a/2\", \"text\": \"Two\\nlines\"}\r\n");
  std::vector<Document> docs = Read(path);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_TRUE(docs[0].ok()) << docs[0].error;
  EXPECT_EQ(docs[0].source.url, "http://a/1");
  EXPECT_EQ(docs[0].source.kind, InputKind::kHtml);
  EXPECT_EQ(docs[0].source.raw, "<p>One \xC3\xA9</p>");
  EXPECT_EQ(docs[0].source.fetch_date, "2024-01-02");
  EXPECT_EQ(docs[1].source.kind, InputKind::kText);
  EXPECT_EQ(docs[1].source.raw, "Two\nlines");
}

TEST_F(JsonlTest, BrokenLinesAreErrorsAndReadingGoesOn) {
  std::string path = Write("b.jsonl",
                           "{\"url\": \"http://b/1\", \"text\": \"fine\"}\n"
                           "{\"url\": \"http://b/2\", \"text\": \"unterminated\n"
                           "[1, 2, 3]\n"
                           "{\"url\": \"http://b/4\"}\n"
                           "{\"url\": \"http://b/5\", \"text\": \"also fine\"}\n"
                           "{\"url\": \"http://b/6\", \"te");
  std::vector<Document> docs = Read(path);
  ASSERT_EQ(docs.size(), 6u);
  EXPECT_TRUE(docs[0].ok());
  EXPECT_FALSE(docs[1].ok());
  EXPECT_NE(docs[1].error.find("line 2"), std::string::npos) << docs[1].error;
  EXPECT_FALSE(docs[2].ok());
  EXPECT_FALSE(docs[3].ok());
  EXPECT_EQ(docs[3].source.url, "http://b/4");
  EXPECT_TRUE(docs[4].ok());
  EXPECT_EQ(docs[4].source.raw, "also fine");
  EXPECT_FALSE(docs[5].ok());
  EXPECT_NE(docs[5].error.find("line 6"), std::string::npos) << docs[5].error;
}

TEST_F(JsonlTest, OverlongLineIsDrainedNotHeld) {
  std::string path = Write("c.jsonl", "{\"url\": \"http://c/1\", \"text\": \"" + std::string(500000, 'y') +
                                          "\"}\n{\"url\": \"http://c/2\", \"text\": \"small\"}\n");
  InputOptions options;
  options.max_document_bytes = 10000;
  std::vector<Document> docs = Read(path, options);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_FALSE(docs[0].ok());
  EXPECT_NE(docs[0].error.find("limit"), std::string::npos) << docs[0].error;
  EXPECT_TRUE(docs[1].ok());
  EXPECT_EQ(docs[1].source.url, "http://c/2");
}

// The fast scanner must accept exactly what a full JSON parser accepts, and
// decode strings the same way.
TEST(JsonScanTest, AgreesWithAFullParser) {
  const char* cases[] = {
      R"({"url":"a","text":"b"})",
      R"(  {"url" : "a" , "text" : "b"}  )",
      R"({})",
      R"({"text":"esc \" \\ \/ \b \f \n \r \t end"})",
      R"({"text":"\u00e9\u4e2d\ud83d\ude00"})",
      R"({"n":-1.5e+3,"z":0,"t":true,"f":false,"x":null,"a":[1,[2,{"k":"v"}],"s"],"o":{"p":{}},"text":"t"})",
      R"({"text":"t",})",
      R"({'text':'t'})",
      R"({"text":"t"} x)",
      R"({"text":"t")",
      R"({"text":"unterminated})",
      R"({"n":01,"text":"t"})",
      R"({"n":1.,"text":"t"})",
      R"({"n":NaN,"text":"t"})",
      R"({"text":"bad \x escape"})",
      R"({"text":"\u12"})",
      R"([1,2])",
      R"("text")",
      R"({"a":[1,2,]})",
      R"({"a" "b"})",
      R"({"a":tru})",
      "{\"text\":\"raw\ttab\"}",
      "",
  };
  for (const char* c : cases) {
    nlohmann::json j = nlohmann::json::parse(c, nullptr, false);
    bool full_ok = !j.is_discarded() && j.is_object();
    std::string text, error;
    bool ours = ScanJsonObject(c, [&](std::string_view name) { return name == "text" ? &text : nullptr; }, &error);
    EXPECT_EQ(ours, full_ok) << c << " (" << error << ")";
    if (full_ok && ours && j.contains("text")) EXPECT_EQ(text, j["text"].get<std::string>()) << c;
  }
}

// Random ASCII edits of valid lines: the scanner and a full parser must
// still agree on every one.
TEST(JsonScanTest, AgreesWithAFullParserOnRandomEdits) {
  const std::string seeds[] = {
      R"({"url":"http://a/1","html":"<p class=\"x\">caf\u00e9 \ud83d\ude00</p>","date":"2024-01-02"})",
      R"({"n":[1,-2.5e3,{"a":[true,false,null]}],"text":"a\nb\t\"c\"","url":"u"})",
  };
  const char kAlphabet[] = "{}[]:,\"\\/ 0123456789.-+eEtrufalsn\tbx";
  std::mt19937 rng(42);
  int valid = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string s = seeds[i % 2];
    for (int e = 1 + rng() % 3; e > 0; --e) {
      size_t at = rng() % (s.size() + 1);
      char c = kAlphabet[rng() % (sizeof kAlphabet - 1)];
      switch (rng() % 3) {
        case 0: if (at < s.size()) s.erase(at, 1); break;
        case 1: s.insert(at, 1, c); break;
        default: if (at < s.size()) s[at] = c;
      }
    }
    nlohmann::json j = nlohmann::json::parse(s, nullptr, false);
    bool full_ok = !j.is_discarded() && j.is_object();
    if (j.is_discarded()) {
      // Lone surrogates are refused there, read as U+FFFD here on purpose:
      // crawled text has them.
      try {
        (void)nlohmann::json::parse(s);
      } catch (const nlohmann::json::parse_error& e) {
        if (std::string(e.what()).find("surrogate") != std::string::npos) continue;
      }
    }
    std::string text, error;
    bool ours = ScanJsonObject(s, [&](std::string_view name) { return name == "text" ? &text : nullptr; }, &error);
    ASSERT_EQ(ours, full_ok) << s << " (" << error << ")";
    if (ours && j.contains("text") && j["text"].is_string()) EXPECT_EQ(text, j["text"].get<std::string>()) << s;
    valid += ours;
  }
  EXPECT_GT(valid, 100);  // the edits leave some lines valid, so both verdicts are tested
}

TEST(JsonScanTest, LoneSurrogatesBecomeReplacementCharacters) {
  std::string text, error;
  ASSERT_TRUE(ScanJsonObject(R"({"text":"a\ud800b\udc00"})", [&](std::string_view) { return &text; }, &error));
  EXPECT_EQ(text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
}

TEST(JsonScanTest, DeepNestingIsRefusedNotACrash) {
  std::string deep = "{\"a\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
  std::string error;
  EXPECT_FALSE(ScanJsonObject(deep, [](std::string_view) { return nullptr; }, &error));
  EXPECT_NE(error.find("deeply"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph::io
