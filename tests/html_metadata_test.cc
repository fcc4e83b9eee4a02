// Metadata accuracy on the hand-written pages in tests/data/metadata: every
// field of every page must match expected.json. Also prints the share right
// per field, so a regression shows which way of stating a field broke.

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/document.h"
#include "html/dates.h"
#include "html/extractor.h"
#include "html/metadata.h"

namespace newsgraph::html {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : "; ") + s;
  return out;
}

TEST(HtmlMetadata, HandWrittenPages) {
  std::string dir = std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/data/metadata/";
  nlohmann::json expected = nlohmann::json::parse(ReadFile(dir + "expected.json"));
  ASSERT_GE(expected.size(), 10u);
  const std::vector<std::string> fields = {"title",         "published", "authors",
                                           "site_name",     "language",  "canonical_url",
                                           "original_source"};
  std::map<std::string, int> right;
  for (auto& [file, want] : expected.items()) {
    Document doc;
    doc.source.kind = InputKind::kHtml;
    doc.source.url = want.value("url", "");
    doc.source.raw = ReadFile(dir + file);
    ASSERT_FALSE(doc.source.raw.empty()) << file;
    ExtractHtmlPage(doc);
    ASSERT_TRUE(doc.ok()) << file << ": " << doc.error;
    EXPECT_FALSE(doc.text.empty()) << file;
    std::map<std::string, std::string> got = {
        {"title", doc.title},
        {"published", doc.published},
        {"authors", Join(doc.authors)},
        {"site_name", doc.site_name},
        {"language", doc.language},
        {"canonical_url", doc.canonical_url},
        {"original_source", doc.original_source}};
    for (const std::string& f : fields) {
      std::string w = f == "authors" ? Join(want[f].get<std::vector<std::string>>())
                                     : want[f].get<std::string>();
      if (got[f] == w) ++right[f];
      EXPECT_EQ(got[f], w) << file << " field " << f;
    }
  }
  std::printf("metadata share right over %zu pages:\n", expected.size());
  for (const std::string& f : fields)
    std::printf("  %-16s %d/%zu\n", f.c_str(), right[f], expected.size());
}

// The stage's language: the markup's, unless the words clearly say another
// language the guesser knows (a site template's lang="de" around English).
std::string StageLanguage(const std::string& lang, const std::string& body) {
  Document doc;
  doc.source.kind = InputKind::kHtml;
  doc.source.raw = "<html lang=\"" + lang + "\"><head><title>A page</title></head><body><article><p>" + body +
                   "</p></article></body></html>";
  ArticleExtractor().Process(doc);
  EXPECT_TRUE(doc.ok()) << doc.error;
  return doc.language;
}

TEST(HtmlMetadata, WordsOverruleATemplatesLanguage) {
  const std::string english =
      "The council said on Tuesday that it would vote on the plan, which has been debated for a year by the "
      "members of the town and their neighbours, who have asked for more time to read it.";
  const std::string german =
      "Der Rat sagte am Dienstag, dass er über den Plan abstimmen wird, der seit einem Jahr in der Stadt und bei "
      "den Bürgern umstritten ist und nicht einfach ist, weil die Kosten hoch sind.";
  EXPECT_EQ(StageLanguage("de", english), "en");
  EXPECT_EQ(StageLanguage("en-US", german), "de");
  EXPECT_EQ(StageLanguage("en", english), "en");
  // Japanese the guesser cannot read: a few English words do not overrule it.
  EXPECT_EQ(StageLanguage("ja",
                          "Kindle for PCの起動ホットキーがKeePassと被る。設定で変更できる箇所も少なく、融通が効かない面も"
                          "多々あります。 It is the app for the PC and the Mac, and the keys of the app are set for you "
                          "by the app when you install it on the PC."),
            "ja");
}

TEST(HtmlMetadata, NormalizesDates) {
  EXPECT_EQ(NormalizeDate("2019-11-19T10:05:00Z"), "2019-11-19T10:05:00Z");
  EXPECT_EQ(NormalizeDate("2019-11-19 10:05"), "2019-11-19T10:05:00");
  EXPECT_EQ(NormalizeDate("2019-11-19T10:05:00.123+0100"), "2019-11-19T10:05:00+01:00");
  EXPECT_EQ(NormalizeDate("20191119"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("2019/11/19"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("November 19, 2019"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("Nov. 19 2019"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("19 November 2019"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("Tue, 19 Nov 2019 10:05:00 GMT"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("yesterday"), "");
  EXPECT_EQ(NormalizeDate("2019-13-45"), "");
  EXPECT_EQ(NormalizeDate("The mayor met 19 officials in 2019"), "");
}

TEST(HtmlMetadata, DatesFromUrls) {
  EXPECT_EQ(DateFromUrl("https://x.example/2019/11/19/story"), "2019-11-19");
  EXPECT_EQ(DateFromUrl("https://x.example/news/2019-11-19-story"), "2019-11-19");
  EXPECT_EQ(DateFromUrl("https://x.example/a/20191119/story"), "2019-11-19");
  EXPECT_EQ(DateFromUrl("https://x.example/story-123456789"), "");
  EXPECT_EQ(DateFromUrl("https://2019.example/story"), "");
}

TEST(HtmlMetadata, SplitsBylines) {
  EXPECT_EQ(SplitAuthors("By Jane Roe and John Doe"),
            (std::vector<std::string>{"Jane Roe", "John Doe"}));
  EXPECT_EQ(SplitAuthors("BY JANE ROE, JOHN DOE AND ANN POE"),
            (std::vector<std::string>{"JANE ROE", "JOHN DOE", "ANN POE"}));
  EXPECT_EQ(SplitAuthors("By Jane Roe | Updated Nov. 3"), (std::vector<std::string>{"Jane Roe"}));
  EXPECT_EQ(SplitAuthors("by staff"), (std::vector<std::string>{}));
}

TEST(HtmlMetadata, CleansTitles) {
  EXPECT_EQ(CleanTitle("A Long Story About Rain - The Daily", ""), "A Long Story About Rain");
  EXPECT_EQ(CleanTitle("A Long Story About Rain | The Daily", "The Daily"), "A Long Story About Rain");
  EXPECT_EQ(CleanTitle("The Daily | A Long Story About Rain", "The Daily"), "A Long Story About Rain");
  EXPECT_EQ(CleanTitle("Deal reached on the budget - for now", ""),
            "Deal reached on the budget - for now");
  // A dash inside a title is not a site separator when both halves are long.
  EXPECT_EQ(CleanTitle("Rain returns to the valley - and farmers are glad of it", ""),
            "Rain returns to the valley - and farmers are glad of it");
}

}  // namespace
}  // namespace newsgraph::html
