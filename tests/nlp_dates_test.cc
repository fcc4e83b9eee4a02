// Dates and times of the nlp stage: full dates in either order, old years,
// decades, centuries, durations and clock times.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "nlp/entity_recognizer.h"
#include "text/segmenter.h"

namespace newsgraph {
namespace {

std::vector<std::string> Dates(const std::string& text) {
  Document doc;
  doc.text = text;
  text::Segmenter().Process(doc);
  nlp::EntityRecognizer().Process(doc);
  std::vector<std::string> out;
  for (const Mention& m : doc.mentions) {
    if (doc.entities[m.entity].type == EntityType::kDate) out.emplace_back(doc.Slice(m.span));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(Dates, DayMonthYearInEitherOrderAndOldYears) {
  EXPECT_EQ(Dates("He was born on August 2, 1754, in a village."), V{"August 2, 1754"});
  EXPECT_EQ(Dates("He died on 17 March 1782 after a fever."), V{"17 March 1782"});
  EXPECT_EQ(Dates("The fire of 30 May destroyed the mill."), V{"30 May"});
  EXPECT_EQ(Dates("It was signed in May, 1750, by both sides."), V{"May, 1750"});
  EXPECT_EQ(Dates("The order came on September 17th."), V{"September 17th"});
  EXPECT_EQ(Dates("The abbey was rebuilt in 1699 and sold in 1724."), (V{"1699", "1724"}));
  EXPECT_EQ(Dates("The council met in 347 AD."), V{"347 AD"});
}

TEST(Dates, CountsAreNoYears) {
  EXPECT_EQ(Dates("About 1500 people came."), V{});
  EXPECT_EQ(Dates("Inflation was 2015 %."), V{});
}

TEST(Dates, DecadesCenturiesAndModifiers) {
  EXPECT_EQ(Dates("Jazz boomed in the 1960s and the mid-1980s."), (V{"1960s", "mid-1980s"}));
  EXPECT_EQ(Dates("It dates from the 19th century."), V{"19th century"});
  EXPECT_EQ(Dates("A 17th-century house stands there."), V{"17th-century"});
  EXPECT_EQ(Dates("Prices rose in late September and the early 2000s."), (V{"late September", "early 2000s"}));
  EXPECT_EQ(Dates("He scored in the 90th minute."), V{"90th minute"});
}

TEST(Dates, DurationsAndClockTimes) {
  EXPECT_EQ(Dates("The visa lasts 90 days, a wait of 5 - 10 minutes."), (V{"90 days", "5 - 10 minutes"}));
  EXPECT_EQ(Dates("Doors open at 08:30 am and close at 20:00."), (V{"08:30 am", "20:00"}));
  EXPECT_EQ(Dates("The train leaves at 9 pm."), V{"9 pm"});
  EXPECT_EQ(Dates("The vote is on Thursday night."), V{"Thursday night"});
}

}  // namespace
}  // namespace newsgraph
