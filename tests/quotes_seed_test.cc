// The founding page, read in place: the traps issue 2 lists must hold.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/utf8.h"
#include "nlp/entity_recognizer.h"
#include "quotes/attributor.h"
#include "text/segmenter.h"

namespace newsgraph {
namespace {

class SeedPage : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::ifstream in(NEWSGRAPH_SHARED_DIR "/seed/rfa-north-korea-party-congress.txt", std::ios::binary);
    ASSERT_TRUE(in) << "seed page missing";
    std::stringstream ss;
    ss << in.rdbuf();
    doc_ = new Document;
    doc_->text = ss.str();
    text::Segmenter().Process(*doc_);
    nlp::EntityRecognizer().Process(*doc_);
    quotes::QuoteAttributor().Process(*doc_);
  }
  static void TearDownTestSuite() { delete doc_; }

  // The quote whose content starts with `prefix`.
  static const Quote* Starting(const std::string& prefix) {
    for (const Quote& q : doc_->quotes) {
      std::string_view text = doc_->Slice(q.content);
      // Reported clauses keep their complementizer.
      if (q.kind == QuoteKind::kIndirect && text.substr(0, 5) == "that ") text.remove_prefix(5);
      if (text.substr(0, prefix.size()) == prefix) return &q;
    }
    return nullptr;
  }
  static std::string Speaker(const std::string& prefix) {
    const Quote* q = Starting(prefix);
    return q && q->speaker ? *q->speaker : "<none>";
  }
  static std::string Role(const std::string& prefix) {
    const Quote* q = Starting(prefix);
    return q && q->speaker_role ? *q->speaker_role : "<none>";
  }

  static Document* doc_;
};
Document* SeedPage::doc_ = nullptr;

TEST_F(SeedPage, CountsByKind) {
  int quoted = 0, indirect = 0;
  for (const Quote& q : doc_->quotes) (q.kind == QuoteKind::kIndirect ? indirect : quoted)++;
  EXPECT_EQ(quoted, 29);
  // The gold lists 12 reported statements and every one is found; the one
  // more is Kim's vow, "He promised to pursue ... and vowed to improve
  // Pyongyang's nuclear and missile capabilities", which the gold leaves out
  // and PolNeAR's annotators count (8 of 9 "and vowed/pledged/promised to"
  // in its train split; round 35). Any other would be a statement the page
  // does not make (see `newsgraph eval`).
  EXPECT_EQ(indirect, 13);
  EXPECT_EQ(Speaker("to improve Pyongyang's nuclear"), "Kim Jong Un");
}

TEST_F(SeedPage, NameSharersStayApart) {
  EXPECT_EQ(Speaker("North Korea's interactions"), "Soo Kim");
  EXPECT_EQ(Speaker("No matter who is in power"), "Kim Jong Un");
  EXPECT_EQ(Speaker("Our foreign political activities"), "Kim Jong Un");  // "quoted Kim as saying"
  EXPECT_EQ(Starting("Our foreign political activities")->kind, QuoteKind::kDirect);
}

TEST_F(SeedPage, PronounsFollowTheLastNamedExpert) {
  EXPECT_EQ(Speaker("It's pretty clear"), "Harry Kazianis");
  EXPECT_EQ(Speaker("President-elect Biden, who"), "Dennis Halpin");
  EXPECT_EQ(Speaker("Kim likely views"), "Soo Kim");
  EXPECT_EQ(Speaker("A fait accompli"), "Olli Heinonen");
}

TEST_F(SeedPage, NestedSingleQuotesAreNotQuotes) {
  EXPECT_EQ(Starting("a thug"), nullptr);
  EXPECT_EQ(Starting("bromance"), nullptr);
  EXPECT_EQ(Starting("Biggest Enemy"), nullptr);  // the headline's
}

TEST_F(SeedPage, RolesAndUnnamedSpeakers) {
  EXPECT_EQ(Role("This is an ambitious program"),
            "former deputy director general for the International Atomic Energy Agency");
  EXPECT_EQ(Role("President-[elect] Biden can"), "(D-Mass.)");
  EXPECT_EQ(Role("Either he can go"), "of the Virginia-based CNA think tank");
  EXPECT_EQ(Role("biggest enemy"), "Leader");
  EXPECT_EQ(Starting("biggest enemy")->kind, QuoteKind::kPartial);
  EXPECT_EQ(Speaker("a generally consistent pattern"), "A House of Representatives committee aide");
  EXPECT_EQ(Speaker("establish new U.S.-DPRK relations"), "<none>");
  EXPECT_EQ(Speaker("work toward the complete"), "<none>");
}

TEST_F(SeedPage, ReportedSpeech) {
  EXPECT_EQ(Speaker("engagement with the U.S. is not completely off the table"), "Ken Gause");
  EXPECT_EQ(Speaker("a provocation could happen"), "Bruce Klingner");  // verb left out
  EXPECT_EQ(Speaker("it was important for North Korea"), "Kim Jong Un");
  EXPECT_EQ(Speaker("the transition presents"), "A U.S. Senator");
  EXPECT_EQ(Speaker("Kim Yo Jong's demotion"), "Lee Inbae");
  EXPECT_EQ(Starting("Kim Yo Jong's demotion")->kind, QuoteKind::kIndirect);
  // "remarks ... that experts said reveal ..." is not a report.
  for (const Quote& q : doc_->quotes) {
    EXPECT_NE(doc_->Slice(q.content).substr(0, 6), "reveal");
  }
}

TEST_F(SeedPage, SpansIndexTheFile) {
  const Quote* q = Starting("difficult times.");
  ASSERT_NE(q, nullptr);
  // Code-point offsets as in the gold: 1941..1957.
  std::string_view text = doc_->text;
  EXPECT_EQ(utf8::CodePointCount(text.substr(0, q->content.begin)), 1941u);
  EXPECT_EQ(utf8::CodePointCount(text.substr(0, q->content.end)), 1957u);
}

}  // namespace
}  // namespace newsgraph
