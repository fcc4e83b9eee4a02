// The JSON Lines reader through io::ReadInputs: good lines become documents,
// each bad line one error document, and reading always goes on.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io/input.h"

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

}  // namespace
}  // namespace newsgraph::io
