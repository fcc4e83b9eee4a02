// scripts/polnear_prepare.py on a tiny hand-made brat tree: code-point
// offsets, fragments, continuation lines, missing sources, the choice among
// annotators, and the refusal to touch the sealed test split.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

namespace {

namespace fs = std::filesystem;

// "Café" makes byte and code-point offsets differ by one from there on;
// “ and ” by two each.
const char kText[] = "Caf\u00e9 owner Ann Lee said \u201CWe won.\n\nWe stay.\u201D Bob, 40, thinks it.";

// Code-point offsets in kText (counted by hand, checked in the test).
//   Ann Lee [11,18)  said [19,23)  “We won.\n\nWe stay.” [24,43)
//   40 [49,51)  thinks [53,59)  it [60,62)
const char kAnn[] =
    "T1\tSource 11 18\tAnn Lee\n"
    "T2\tCue 19 23\tsaid\n"
    "T3\tContent 24 43\t\u201CWe won.\n"
    "\n"
    "We stay.\u201D\n"
    "T4\tAttribution 19 23\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tCue 53 59\tthinks\n"
    "T6\tContent 60 62\tit\n"
    "T7\tContent 49 51\t40\n"
    "T8\tAttribution-no-source 53 59\tthinks\n"
    "E2\tAttribution-no-source:T8 Cue:T5 Content:T6 Content2:T7\n"
    "T9\tDiscuss 44 47\tBob\n";

void Write(const fs::path& p, const std::string& s) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << s;
}

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class PolnearPrepareTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (std::system("python3 --version > /dev/null 2>&1") != 0) GTEST_SKIP() << "python3 not found";
    root_ = fs::path(::testing::TempDir()) / "polnear_prepare_test";
    fs::remove_all(root_);
    Write(root_ / "repo/data/dev/text/art.txt", kText);
    Write(root_ / "repo/data/dev/attributions/art_aa02.ann", kAnn);
    // A second annotator's file: must not be the one used.
    Write(root_ / "repo/data/dev/attributions/art_zz01.ann", "T1\tContent 0 4\tCaf\u00e9\n");
  }
  void TearDown() override { fs::remove_all(root_); }

  int Run(const std::string& splits) {
    const std::string cmd = "python3 " NEWSGRAPH_SOURCE_DIR "/scripts/polnear_prepare.py --repo " +
                            (root_ / "repo").string() + " --out " + (root_ / "out").string() +
                            " --splits " + splits + " > /dev/null 2>&1";
    return std::system(cmd.c_str());
  }

  fs::path root_;
};

TEST_F(PolnearPrepareTest, WritesCodePointSpansPerFragment) {
  ASSERT_EQ(Run("dev"), 0);
  EXPECT_EQ(Read(root_ / "out/dev/text/art.txt"), kText);
  std::istringstream lines(Read(root_ / "out/dev/attributions.jsonl"));
  std::string line;
  ASSERT_TRUE(std::getline(lines, line));
  const auto a = nlohmann::json::parse(line);
  EXPECT_EQ(a["id"], "art");
  EXPECT_EQ(a["text_file"], "text/art.txt");
  EXPECT_EQ(a["annotator"], "aa02");
  ASSERT_EQ(a["attributions"].size(), 2u);

  const auto& e1 = a["attributions"][0];
  EXPECT_EQ(e1["id"], "E1");
  EXPECT_EQ(e1["source"], nlohmann::json::parse("[[11,18]]"));
  EXPECT_EQ(e1["cue"], nlohmann::json::parse("[[19,23]]"));
  EXPECT_EQ(e1["content"], nlohmann::json::parse("[[24,43]]"));
  EXPECT_EQ(e1["source_text"], "Ann Lee");
  EXPECT_EQ(e1["content_text"], "\u201CWe won.\n\nWe stay.\u201D");

  const auto& e2 = a["attributions"][1];
  EXPECT_EQ(e2["id"], "E2");
  EXPECT_TRUE(e2["source"].is_null());
  EXPECT_TRUE(e2["source_text"].is_null());
  // Content2 joins the content; fragments come sorted.
  EXPECT_EQ(e2["content"], nlohmann::json::parse("[[49,51],[60,62]]"));
  EXPECT_EQ(e2["content_text"], "40 it");
}

TEST_F(PolnearPrepareTest, RejectsSpansThatDisagreeWithTheText) {
  std::string bad = kAnn;
  bad.replace(bad.find("Source 11 18"), 12, "Source 10 17");
  Write(root_ / "repo/data/dev/attributions/art_aa02.ann", bad);
  EXPECT_NE(Run("dev"), 0);
}

TEST_F(PolnearPrepareTest, RefusesTheSealedTestSplit) {
  Write(root_ / "repo/data/test/text/art.txt", kText);
  Write(root_ / "repo/data/test/attributions/art_aa02.ann", kAnn);
  EXPECT_NE(Run("test"), 0);
  EXPECT_FALSE(fs::exists(root_ / "out/test"));
}

}  // namespace
