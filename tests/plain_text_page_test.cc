#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/document.h"
#include "html/credit_lines.h"
#include "html/extractor.h"

namespace newsgraph {
namespace {

Document Extract(const std::string& raw, bool verbatim = false) {
  Document doc;
  doc.source.kind = InputKind::kText;
  doc.source.raw = raw;
  doc.source.verbatim = verbatim;
  html::ExtractPlainTextPage(doc);
  return doc;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(CreditLines, ReadsAuthorsAndSkipsTranslators) {
  std::vector<std::string> authors;
  EXPECT_TRUE(html::ParseCreditLine(
      "Reported by Ann Lee and Bo Park for the Korean Service. Translated by Cy Dunn. Written in English by Di Ross.",
      &authors));
  EXPECT_EQ(authors, (std::vector<std::string>{"Ann Lee", "Bo Park", "Di Ross"}));
  authors.clear();
  EXPECT_TRUE(html::ParseCreditLine("(Reporting by Ana Lucia Ferreira; Editing by Mark Hale)", &authors));
  EXPECT_EQ(authors, (std::vector<std::string>{"Ana Lucia Ferreira"}));
  authors.clear();
  EXPECT_FALSE(html::ParseCreditLine("By the time the vote came, most members had left.", &authors));
  EXPECT_FALSE(html::ParseCreditLine("Written by hand, the letter was signed by all of them.", &authors));
  EXPECT_TRUE(authors.empty());
}

TEST(CreditLines, FindsAgencies) {
  EXPECT_EQ(html::AgencyLine("Radio Free Asia"), "Radio Free Asia");
  EXPECT_EQ(html::AgencyLine("AP"), "Associated Press");
  EXPECT_EQ(html::AgencyLine("Weapons of Mass Destruction (WMD)"), "");
  EXPECT_EQ(html::SyndicationCredit("Copyright 2020, RFA. Used with the permission of Radio Free Asia, 2025 M St."),
            "Radio Free Asia");
  EXPECT_EQ(html::SyndicationCredit("LAGOS, Nov. 20 (Reuters) - Aid convoys"), "Reuters");
  EXPECT_EQ(html::SyndicationCredit("The mayor (a former teacher) said so."), "");
}

TEST(PlainTextPage, DropsSiteLinesAndReadsMetadata) {
  Document doc = Extract(
      "Site Banner - JOIN NOW\n\nSection Label\n\nAssociated Press\n\nTown Votes to Rebuild Its Old Library\n\n"
      "MILLBROOK, March 3, 2025 -- The town voted on Monday to rebuild its library, which burned down last "
      "winter, after a long and heated public meeting.\n\n"
      "\"We owe the children of this town a place to read,\" said Mayor Jo Hart.\n\n"
      "Written by Lee Ames.\n\nCopyright 2025. All rights reserved.\n\nJoin the mailing list\n");
  EXPECT_EQ(doc.title, "Town Votes to Rebuild Its Old Library");
  EXPECT_EQ(doc.published, "2025-03-03");
  EXPECT_EQ(doc.original_source, "Associated Press");
  EXPECT_EQ(doc.authors, (std::vector<std::string>{"Lee Ames"}));
  EXPECT_EQ(doc.text.find("MILLBROOK"), 0u) << doc.text;
  EXPECT_EQ(doc.text.find("JOIN NOW"), std::string::npos);
  EXPECT_EQ(doc.text.find("Copyright"), std::string::npos);
  EXPECT_EQ(doc.text.find("Written by"), std::string::npos);
  EXPECT_NE(doc.text.find("read,\" said Mayor Jo Hart."), std::string::npos) << doc.text;
  EXPECT_NE(doc.text.find("meeting.\n\n\"We owe"), std::string::npos) << doc.text;
}

TEST(PlainTextPage, VerbatimKeepsTheInputExactlyButStillReadsMetadata) {
  std::string raw = "Banner - JOIN NOW\n\nReuters\n\nHeadline Goes Here Today\n\n"
                    "2020-05-01 -- A paragraph that is long enough to count as prose in the article body.\n";
  Document doc = Extract(raw, /*verbatim=*/true);
  EXPECT_EQ(doc.text, raw);
  EXPECT_EQ(doc.published, "2020-05-01");
  EXPECT_EQ(doc.original_source, "Reuters");
  EXPECT_EQ(doc.title, "Headline Goes Here Today");
}

TEST(PlainTextPage, FoundingPage) {
  std::string raw = ReadFile(NEWSGRAPH_SHARED_DIR "/seed/rfa-north-korea-party-congress.txt");
  if (raw.empty()) GTEST_SKIP() << "../shared/seed is not beside the checkout";
  Document doc = Extract(raw);
  EXPECT_EQ(doc.published, "2021-01-12");
  EXPECT_EQ(doc.original_source, "Radio Free Asia");
  EXPECT_EQ(doc.title, "North Korean Leader Tells Party Congress US Remains 'Biggest Enemy'");
  ASSERT_FALSE(doc.authors.empty());
  EXPECT_EQ(doc.authors.back(), "Eugene Whong");
  EXPECT_EQ(doc.authors.front(), "Seung Wook Hong");
  EXPECT_EQ(doc.text.rfind("2021-01-12 -- Leader Kim Jong Un", 0), 0u);
  for (const char* furniture : {"Security-Cleared", "Weapons of Mass Destruction", "Copyright", "mailing list",
                                "Reported by", "Terms of Use"}) {
    EXPECT_EQ(doc.text.find(furniture), std::string::npos) << furniture;
  }
  EXPECT_NE(doc.text.find("destroying a Seoul-funded joint Korean liaison office"), std::string::npos);
  EXPECT_NE(doc.text.find("resumption of dialogue."), std::string::npos);
}

TEST(PlainTextPage, WindowsLineEndsAndNoBlankLines) {
  Document doc = Extract("Headline Of The Story\r\nThe first paragraph has enough words in it to be prose, truly.\r\n"
                         "The second paragraph also has enough words in it to be prose, truly.\r\n");
  EXPECT_EQ(doc.text,
            "The first paragraph has enough words in it to be prose, truly.\n\n"
            "The second paragraph also has enough words in it to be prose, truly.");
}

}  // namespace
}  // namespace newsgraph
