// Places from the lexicon: major world cities and the states and provinces
// of federations are places, whole, even as the first word of a sentence.
#include <gtest/gtest.h>

#include <string>

#include "analyze_test_util.h"
#include "nlp/entity_recognizer.h"
#include "text/segmenter.h"

namespace newsgraph {
namespace {

using testing_util::TypeOf;

TEST(Places, WorldCitiesAndRegions) {
  EXPECT_EQ(TypeOf("We flew from Athens to Lisbon in May.", "Athens"), EntityType::kGpe);
  EXPECT_EQ(TypeOf("We flew from Athens to Lisbon in May.", "Lisbon"), EntityType::kGpe);
  EXPECT_EQ(TypeOf("Rain fell across New South Wales on Friday.", "New South Wales"), EntityType::kGpe);
  EXPECT_EQ(TypeOf("Ontario raised its minimum wage.", "Ontario"), EntityType::kGpe);
}

TEST(Places, NamesThatAreAlsoPeopleStayOut) {
  // Left out of the list on purpose: a person here.
  EXPECT_NE(TypeOf("Florence Reyes said the ferry was late.", "Florence Reyes"), EntityType::kGpe);
}

}  // namespace
}  // namespace newsgraph
