// The store and its queries on documents built here (not through the
// analysis stages): what is written, what is skipped, what is merged.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "store/hashing.h"
#include "store/query.h"
#include "store/schema.h"
#include "store/store.h"

namespace newsgraph::store {
namespace {

namespace fs = std::filesystem;

// A body of `words` pseudo-random words, different for each seed.
std::string Filler(int seed, int words) {
  static const char* kWords[] = {"river", "council", "budget", "school", "harbour", "winter", "market", "bridge",
                                 "report", "village", "station", "festival", "railway", "doctor", "garden", "museum"};
  std::string out;
  uint32_t x = static_cast<uint32_t>(seed) * 2654435761u + 1;
  for (int i = 0; i < words; ++i) {
    x = x * 1664525u + 1013904223u;
    out += std::string(i ? " " : "") + kWords[(x >> 16) % 16] + std::to_string((x >> 8) % 50);
  }
  return out + ".";
}

struct QuoteSpec {
  std::string quote, speaker, role;
};

// A document whose text is `body` followed by each quote as
// "<quote>," said <speaker>, <role>.
Document MakeDoc(const std::string& url, const std::string& published, const std::string& body,
                 const std::vector<QuoteSpec>& quotes) {
  Document doc;
  doc.source.url = url;
  doc.source.path = "test";
  doc.source.raw = "<html>" + body + "</html>";
  doc.title = "Title for " + url;
  doc.published = published;
  doc.text = body;
  for (const QuoteSpec& q : quotes) {
    doc.text += "\n\n\"";
    Quote quote;
    quote.content.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += q.quote;
    quote.content.end = static_cast<uint32_t>(doc.text.size());
    doc.text += ",\" said ";
    Mention m;
    m.span.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += q.speaker;
    m.span.end = static_cast<uint32_t>(doc.text.size());
    doc.text += ", " + q.role + ".";
    int entity = -1;
    for (size_t e = 0; e < doc.entities.size(); ++e) {
      if (doc.entities[e].name == q.speaker) entity = static_cast<int>(e);
    }
    if (entity < 0) {
      entity = static_cast<int>(doc.entities.size());
      doc.entities.push_back(Entity{q.speaker, EntityType::kPerson, {}});
    }
    m.entity = entity;
    doc.entities[entity].mentions.push_back(static_cast<uint32_t>(doc.mentions.size()));
    doc.mentions.push_back(m);
    quote.speaker = q.speaker;
    quote.speaker_entity = entity;
    quote.speaker_mention = m.span;
    quote.speaker_role = q.role;
    doc.quotes.push_back(quote);
  }
  // An entity named inside a quote, for --about.
  for (const Quote& q : doc.quotes) {
    size_t at = doc.Slice(q.content).find("Danube");
    if (at == std::string::npos) continue;
    Mention m;
    m.span.begin = q.content.begin + static_cast<uint32_t>(at);
    m.span.end = m.span.begin + 6;
    m.entity = static_cast<int>(doc.entities.size());
    doc.entities.push_back(Entity{"Danube", EntityType::kLoc, {static_cast<uint32_t>(doc.mentions.size())}});
    doc.mentions.push_back(m);
  }
  return doc;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("store_test_" + std::to_string(getpid()));
    fs::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
    std::string error;
    store_ = Store::Open(path_, &error);
    ASSERT_TRUE(store_) << error;
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }

  AddOutcome Add(const Document& doc) {
    std::string error;
    AddOutcome outcome = AddOutcome::kError;
    EXPECT_TRUE(store_->Begin(&error)) << error;
    EXPECT_TRUE(store_->Add(doc, Hash64(doc.source.raw), nullptr, &outcome, &error)) << error;
    EXPECT_TRUE(store_->Commit(&error)) << error;
    return outcome;
  }

  std::vector<QuoteRow> Quotes(QuoteFilter filter) {
    Db db;
    std::string error;
    EXPECT_TRUE(OpenForReading(path_, &db, &error)) << error;
    std::vector<QuoteRow> rows;
    EXPECT_TRUE(FindQuotes(db, filter, [&](const QuoteRow& r) { rows.push_back(r); }, &error)) << error;
    return rows;
  }

  int64_t Count(const char* table) {
    Db db;
    std::string error;
    EXPECT_TRUE(OpenForReading(path_, &db, &error)) << error;
    Stmt s;
    EXPECT_TRUE(s.Prepare(db, std::string("SELECT COUNT(*) FROM ") + table, &error)) << error;
    EXPECT_TRUE(s.Step());
    return s.Int(0);
  }

  fs::path dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreTest, QuotesAreFoundBySpeakerTopicDateAndSite) {
  Add(MakeDoc("https://www.alpha.example/a", "2024-03-05", Filler(1, 80),
              {{"The Danube is rising fast", "Maria Lopez", "the mayor"},
               {"We are ready", "John Smith", "a fire chief"}}));
  Add(MakeDoc("https://beta.example/b", "2024-05-20", Filler(2, 80),
              {{"Prices will fall", "Maria Lopez", "the mayor"}}));

  EXPECT_EQ(Quotes({}).size(), 3u);
  QuoteFilter by_speaker;
  by_speaker.speaker = "lopez";
  std::vector<QuoteRow> rows = Quotes(by_speaker);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].text, "Prices will fall");  // newest first
  EXPECT_EQ(rows[0].speaker, "Maria Lopez");
  EXPECT_EQ(rows[0].role, "the mayor");
  EXPECT_EQ(rows[0].date, "2024-05-20");
  EXPECT_EQ(rows[0].url, "https://beta.example/b");
  EXPECT_EQ(rows[0].sites, "beta.example");

  QuoteFilter about;
  about.about = "Danube";
  rows = Quotes(about);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].text, "The Danube is rising fast");

  QuoteFilter dates;
  dates.since = "2024-03";
  dates.until = "2024-04";
  EXPECT_EQ(Quotes(dates).size(), 2u);
  dates.until = "2024-05";  // inclusive of the whole month
  EXPECT_EQ(Quotes(dates).size(), 3u);

  QuoteFilter site;
  site.site = "alpha";
  EXPECT_EQ(Quotes(site).size(), 2u);

  QuoteFilter tricky;  // LIKE wildcards in user text are literal
  tricky.speaker = "%";
  EXPECT_EQ(Quotes(tricky).size(), 0u);
}

TEST_F(StoreTest, SamePageTwiceIsStoredOnce) {
  Document doc = MakeDoc("https://a.example/1", "2024-01-01", Filler(3, 60), {{"Once only", "Ann Lee", "a nurse"}});
  EXPECT_EQ(Add(doc), AddOutcome::kStored);
  EXPECT_EQ(Add(doc), AddOutcome::kDuplicate);
  EXPECT_EQ(Count("pages"), 1);
  EXPECT_EQ(Count("articles"), 1);
  EXPECT_EQ(Count("quotes"), 1);
  StoredPages stored;
  std::string error;
  ASSERT_TRUE(stored.Open(path_, &error)) << error;
  EXPECT_TRUE(stored.Contains("https://a.example/1", Hash64(doc.source.raw)));
  EXPECT_FALSE(stored.Contains("https://a.example/1", Hash64("other bytes")));
}

TEST_F(StoreTest, SyndicatedCopiesAreStoredOnceWithEverySite) {
  std::string body = Filler(4, 300);
  Document original = MakeDoc("https://rfa.example/story", "2024-02-02", body,
                              {{"We will not leave", "Tran Van", "a farmer"}});
  // The copy has a credit line and one changed word, on another site.
  std::string copied_body = "This story was first published by RFA. " + body;
  copied_body.replace(copied_body.find("river"), 5, "creek");
  Document copy = MakeDoc("https://partner.example/news/123", "2024-02-03", copied_body,
                          {{"We will not leave", "Tran Van", "a farmer"}});
  Document unrelated = MakeDoc("https://other.example/x", "2024-02-03", Filler(5, 300),
                               {{"Something else", "Tran Van", "a farmer"}});
  EXPECT_EQ(Add(original), AddOutcome::kStored);
  EXPECT_EQ(Add(copy), AddOutcome::kDuplicate);
  EXPECT_EQ(Add(unrelated), AddOutcome::kStored);
  EXPECT_EQ(Count("articles"), 2);
  EXPECT_EQ(Count("pages"), 3);
  QuoteFilter f;
  f.speaker = "Tran";
  std::vector<QuoteRow> rows = Quotes(f);
  ASSERT_EQ(rows.size(), 2u);  // the syndicated quote counts once
  for (const QuoteRow& r : rows) {
    if (r.text == "We will not leave") EXPECT_EQ(r.sites, "rfa.example partner.example");
  }
}

TEST_F(StoreTest, FingerprintsSeeNearCopiesOnly) {
  std::string body = Filler(6, 400);
  std::string edited = body;
  edited.replace(edited.find("school"), 6, "college");
  TextFingerprint a = Fingerprint(body), b = Fingerprint(edited), c = Fingerprint(Filler(7, 400));
  EXPECT_GE(Similarity(a.minhash, b.minhash), 0.8);
  EXPECT_LE(Similarity(a.minhash, c.minhash), 0.2);
  EXPECT_EQ(Fingerprint("Hello,  world!").exact, Fingerprint("hello world").exact);
  EXPECT_NE(a.exact, b.exact);
}

TEST_F(StoreTest, SearchSpeakersEntitiesAndExport) {
  Add(MakeDoc("https://a.example/1", "2024-01-01", "Floods hit the northern valley overnight. " + Filler(8, 50),
              {{"The Danube has never been this high", "Maria Lopez", "the mayor"}}));
  Add(MakeDoc("https://a.example/2", "2024-01-02", "Council approves new budget. " + Filler(9, 50),
              {{"A fair budget", "Maria Lopez", "the mayor"}, {"Too little", "Ann Lee", "an opposition leader"}}));
  Db db;
  std::string error;
  ASSERT_TRUE(OpenForReading(path_, &db, &error)) << error;

  std::vector<SearchHit> hits;
  ASSERT_TRUE(SearchArticles(db, FtsQueryFromText("northern valley!"), 10,
                             [&](const SearchHit& h) { hits.push_back(h); }, &error))
      << error;
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].url, "https://a.example/1");
  EXPECT_NE(hits[0].snippet.find("[northern]"), std::string::npos) << hits[0].snippet;

  hits.clear();
  ASSERT_TRUE(SearchQuotes(db, FtsQueryFromText("budget"), 10, [&](const SearchHit& h) { hits.push_back(h); }, &error));
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].speaker, "Maria Lopez");

  std::vector<SpeakerRow> speakers;
  ASSERT_TRUE(TopSpeakers(db, 10, [&](const SpeakerRow& r) { speakers.push_back(r); }, &error));
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0].name, "Maria Lopez");
  EXPECT_EQ(speakers[0].quotes, 2);
  EXPECT_EQ(speakers[0].articles, 2);
  EXPECT_EQ(speakers[0].role, "the mayor");

  std::vector<EntityRow> entities;
  ASSERT_TRUE(TopEntities(db, "person", 10, [&](const EntityRow& r) { entities.push_back(r); }, &error));
  ASSERT_EQ(entities.size(), 2u);
  EXPECT_EQ(entities[0].name, "Maria Lopez");
  EXPECT_EQ(entities[0].articles, 2);

  std::vector<std::string> lines;
  ASSERT_TRUE(ExportArticlesJson(db, [&](const std::string& l) { lines.push_back(l); }, &error));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[1].find("\"speaker\":\"Ann Lee\""), std::string::npos) << lines[1];
}

TEST_F(StoreTest, UnwritablePathIsAClearError) {
  std::string error;
  EXPECT_FALSE(Store::Open((dir_ / "missing" / "x.db").string(), &error));
  EXPECT_NE(error.find("missing/x.db"), std::string::npos) << error;
  if (geteuid() != 0) {  // root writes through permissions
    std::string ro = (dir_ / "ro.db").string();
    { auto s = Store::Open(ro, &error); ASSERT_TRUE(s) << error; }
    fs::remove(ro + "-wal");
    fs::remove(ro + "-shm");
    chmod(ro.c_str(), 0444);
    error.clear();
    EXPECT_FALSE(Store::Open(ro, &error));
    EXPECT_NE(error.find("ro.db"), std::string::npos) << error;
  }
  Db db;
  EXPECT_FALSE(OpenForReading((dir_ / "nothing.db").string(), &db, &error));
  EXPECT_NE(error.find("newsgraph ingest"), std::string::npos) << error;
}

}  // namespace
}  // namespace newsgraph::store
