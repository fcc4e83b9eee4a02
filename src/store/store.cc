#include "store/store.h"

#include <cctype>
#include <cstring>

#include "core/json.h"
#include "store/hashing.h"
#include "store/schema.h"

namespace newsgraph::store {
namespace {

// Texts shorter than this are matched exactly only: a SimHash of a few
// shingles says little.
constexpr uint32_t kMinWordsForNearDuplicate = 30;
// Candidates found through a shared band are copies when their estimated
// Jaccard similarity reaches this: a copy with a credit line or a trimmed
// footer stays well above it, two reports of the same event well below.
constexpr double kMinNearDuplicateSimilarity = 0.7;

int64_t AsInt(uint64_t v) { return static_cast<int64_t>(v); }

std::string HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  size_t end = rest.find_first_of("/?#");
  std::string_view host = rest.substr(0, end);
  if (size_t at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
  if (size_t colon = host.rfind(':'); colon != std::string_view::npos && host.find(']') == std::string_view::npos) {
    host = host.substr(0, colon);
  }
  std::string out(host);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (out.compare(0, 4, "www.") == 0) out.erase(0, 4);
  return out;
}

}  // namespace

std::string PageKey(const Source& source) {
  return source.url.empty() ? "file:" + source.path : source.url;
}

std::unique_ptr<Store> Store::Open(const std::string& path, std::string* error) {
  std::unique_ptr<Store> s(new Store);
  if (!OpenForWriting(path, &s->db_, error)) return nullptr;
  if (!s->Prepare(error)) {
    *error = "cannot prepare statements on " + path + ": " + *error;
    return nullptr;
  }
  return s;
}

bool Store::Prepare(std::string* e) {
  return page_done_.Prepare(db_, "SELECT 1 FROM pages WHERE url=?1 AND raw_hash=?2", e) &&
         page_upsert_.Prepare(db_,
                              "INSERT INTO pages(url, raw_hash, article_id, site_id, fetch_date, source_path) "
                              "VALUES(?1,?2,?3,?4,?5,?6) ON CONFLICT(url, raw_hash) DO UPDATE SET "
                              "article_id=excluded.article_id, site_id=excluded.site_id, "
                              "fetch_date=excluded.fetch_date, source_path=excluded.source_path",
                              e) &&
         error_insert_.Prepare(db_, "INSERT INTO ingest_errors(source_path, url, error) VALUES(?1,?2,?3)", e) &&
         article_by_hash_.Prepare(db_, "SELECT id FROM articles WHERE text_hash=?1 AND words=?2 LIMIT 1", e) &&
         article_by_band_.Prepare(db_,
                                  "SELECT DISTINCT a.id, a.minhash FROM article_bands b JOIN articles a "
                                  "ON a.id=b.article_id WHERE b.key IN (?1,?2,?3,?4,?5,?6,?7,?8)",
                                  e) &&
         band_insert_.Prepare(db_, "INSERT INTO article_bands(key, article_id) VALUES(?1,?2)", e) &&
         article_insert_.Prepare(db_,
                                 "INSERT INTO articles(title, published, language, authors, original_source, "
                                 "canonical_url, text, text_hash, minhash, words) "
                                 "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
                                 e) &&
         article_fts_.Prepare(db_,
                              "INSERT INTO articles_fts(rowid, title, text) SELECT id, title, text FROM articles "
                              "WHERE id >= ?1",
                              e) &&
         site_find_.Prepare(db_, "SELECT id, name FROM sites WHERE host=?1", e) &&
         site_insert_.Prepare(db_, "INSERT INTO sites(host, name) VALUES(?1,?2)", e) &&
         site_name_.Prepare(db_, "UPDATE sites SET name=?2 WHERE id=?1", e) &&
         entity_find_.Prepare(db_, "SELECT id FROM entities WHERE name=?1 AND type=?2", e) &&
         entity_insert_.Prepare(db_, "INSERT INTO entities(name, type) VALUES(?1,?2)", e) &&
         mention_insert_.Prepare(db_, "INSERT INTO mentions(article_id, entity_id, begin, end) VALUES(?1,?2,?3,?4)",
                                 e) &&
         speaker_find_.Prepare(db_, "SELECT id, entity_id FROM speakers WHERE name=?1", e) &&
         speaker_insert_.Prepare(db_, "INSERT INTO speakers(name, entity_id) VALUES(?1,?2)", e) &&
         quote_insert_.Prepare(db_,
                               "INSERT INTO quotes(article_id, speaker_id, kind, text, cue, role, begin, end) "
                               "VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
                               e) &&
         quote_fts_.Prepare(db_, "INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes WHERE id >= ?1", e);
}

bool Store::Fail(Stmt& s, std::string* error) {
  *error = db_.ErrorMessage();
  s.Reset();
  return false;
}

bool Store::Begin(std::string* error) { return db_.Exec("BEGIN IMMEDIATE", error); }

bool Store::Commit(std::string* error) {
  // The full-text index is fed once per batch, from the rows the batch
  // added: FTS5 flushes its pending terms at every statement savepoint, so
  // feeding it row by row between other inserts costs a third of the
  // writer's time.
  if (batch_first_article_) {
    article_fts_.Bind(1, batch_first_article_);
    article_fts_.Step();
    if (!article_fts_.ok()) return Fail(article_fts_, error);
    article_fts_.Reset();
  }
  if (batch_first_quote_) {
    quote_fts_.Bind(1, batch_first_quote_);
    quote_fts_.Step();
    if (!quote_fts_.ok()) return Fail(quote_fts_, error);
    quote_fts_.Reset();
  }
  batch_first_article_ = batch_first_quote_ = 0;
  return db_.Exec("COMMIT", error);
}

void Store::Rollback() {
  batch_first_article_ = batch_first_quote_ = 0;
  std::string ignored;
  if (!sqlite3_get_autocommit(db_.get())) db_.Exec("ROLLBACK", &ignored);
}

bool Store::Add(const Document& doc, uint64_t raw_hash, const TextFingerprint* fingerprint, AddOutcome* outcome,
                std::string* error) {
  const std::string key = PageKey(doc.source);
  page_done_.Bind(1, key).Bind(2, AsInt(raw_hash));
  bool done = page_done_.Step();
  if (!page_done_.ok()) return Fail(page_done_, error);
  page_done_.Reset();
  if (done) {
    *outcome = AddOutcome::kDuplicate;
    return true;
  }
  if (!doc.ok()) {
    // Failed documents are logged, not stored as pages, so a later run
    // (with a better extractor, say) tries them again.
    error_insert_.BindNullable(1, doc.source.path).BindNullable(2, doc.source.url).Bind(3, doc.error);
    error_insert_.Step();
    if (!error_insert_.ok()) return Fail(error_insert_, error);
    error_insert_.Reset();
    *outcome = AddOutcome::kError;
    return true;
  }
  int64_t article = 0;
  *outcome = AddOutcome::kDuplicate;
  if (!doc.text.empty()) {
    TextFingerprint fp = fingerprint ? *fingerprint : Fingerprint(doc.text);
    if (!FindArticle(fp, &article, error)) return false;
    if (article == 0) {
      if (!InsertArticle(doc, fp, &article, error)) return false;
      *outcome = AddOutcome::kStored;
    }
  }
  int64_t site = 0;
  if (!SiteId(doc, &site, error)) return false;
  page_upsert_.Bind(1, key).Bind(2, AsInt(raw_hash));
  if (article) page_upsert_.Bind(3, article); else page_upsert_.BindNull(3);
  if (site) page_upsert_.Bind(4, site); else page_upsert_.BindNull(4);
  page_upsert_.BindNullable(5, doc.source.fetch_date).BindNullable(6, doc.source.path);
  page_upsert_.Step();
  if (!page_upsert_.ok()) return Fail(page_upsert_, error);
  page_upsert_.Reset();
  if (doc.text.empty()) *outcome = AddOutcome::kStored;  // a page with no article is still done
  return true;
}

bool Store::FindArticle(const TextFingerprint& fp, int64_t* id, std::string* error) {
  *id = 0;
  article_by_hash_.Bind(1, AsInt(fp.exact)).Bind(2, fp.words);
  if (article_by_hash_.Step()) *id = article_by_hash_.Int(0);
  if (!article_by_hash_.ok()) return Fail(article_by_hash_, error);
  article_by_hash_.Reset();
  if (*id || fp.words < kMinWordsForNearDuplicate) return true;
  for (int b = 0; b < kBands; ++b) article_by_band_.Bind(b + 1, fp.BandKey(b));
  double best = kMinNearDuplicateSimilarity;
  while (article_by_band_.Step()) {
    const void* blob = sqlite3_column_blob(article_by_band_.get(), 1);
    if (!blob || sqlite3_column_bytes(article_by_band_.get(), 1) != sizeof fp.minhash) continue;
    uint32_t other[kMinHashes];
    memcpy(other, blob, sizeof other);
    double similarity = Similarity(fp.minhash, other);
    if (similarity >= best) {
      best = similarity;
      *id = article_by_band_.Int(0);
    }
  }
  if (!article_by_band_.ok()) return Fail(article_by_band_, error);
  article_by_band_.Reset();
  return true;
}

bool Store::InsertArticle(const Document& doc, const TextFingerprint& fp, int64_t* id, std::string* error) {
  std::string authors;
  if (!doc.authors.empty()) {
    authors = "[";
    for (size_t i = 0; i < doc.authors.size(); ++i) {
      if (i) authors += ",";
      json::AppendString(&authors, doc.authors[i]);
    }
    authors += "]";
  }
  Stmt& a = article_insert_;
  a.BindNullable(1, doc.title).BindNullable(2, doc.published).BindNullable(3, doc.language);
  a.BindNullable(4, authors).BindNullable(5, doc.original_source).BindNullable(6, doc.canonical_url);
  a.Bind(7, doc.text).Bind(8, AsInt(fp.exact));
  // Short texts get no signature: they are matched exactly only.
  if (fp.words >= kMinWordsForNearDuplicate) {
    sqlite3_bind_blob(a.get(), 9, fp.minhash, sizeof fp.minhash, SQLITE_TRANSIENT);
  } else {
    a.BindNull(9);
  }
  a.Bind(10, fp.words);
  a.Step();
  if (!a.ok()) return Fail(a, error);
  a.Reset();
  *id = sqlite3_last_insert_rowid(db_.get());
  if (fp.words >= kMinWordsForNearDuplicate) {
    for (int b = 0; b < kBands; ++b) {
      band_insert_.Bind(1, fp.BandKey(b)).Bind(2, *id);
      band_insert_.Step();
      if (!band_insert_.ok()) return Fail(band_insert_, error);
      band_insert_.Reset();
    }
  }
  if (!batch_first_article_) batch_first_article_ = *id;

  std::vector<int64_t> entity_ids(doc.entities.size(), 0);
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    if (!EntityId(doc.entities[i], &entity_ids[i], error)) return false;
  }
  for (const Mention& m : doc.mentions) {
    if (m.entity < 0 || static_cast<size_t>(m.entity) >= entity_ids.size()) continue;
    mention_insert_.Bind(1, *id).Bind(2, entity_ids[m.entity]).Bind(3, m.span.begin).Bind(4, m.span.end);
    mention_insert_.Step();
    if (!mention_insert_.ok()) return Fail(mention_insert_, error);
    mention_insert_.Reset();
  }
  for (const Quote& q : doc.quotes) {
    if (q.content.end > doc.text.size() || q.content.empty()) continue;
    int64_t speaker = 0;
    if (q.speaker && !q.speaker->empty()) {
      int64_t entity = q.speaker_entity >= 0 && static_cast<size_t>(q.speaker_entity) < entity_ids.size()
                           ? entity_ids[q.speaker_entity]
                           : 0;
      if (!SpeakerId(*q.speaker, entity, &speaker, error)) return false;
    }
    std::string_view text = doc.Slice(q.content);
    std::string_view cue = q.cue && q.cue->end <= doc.text.size() ? doc.Slice(*q.cue) : std::string_view();
    quote_insert_.Bind(1, *id);
    if (speaker) quote_insert_.Bind(2, speaker); else quote_insert_.BindNull(2);
    quote_insert_.Bind(3, QuoteKindName(q.kind)).Bind(4, text).BindNullable(5, cue);
    quote_insert_.BindNullable(6, q.speaker_role ? std::string_view(*q.speaker_role) : std::string_view());
    quote_insert_.Bind(7, q.content.begin).Bind(8, q.content.end);
    quote_insert_.Step();
    if (!quote_insert_.ok()) return Fail(quote_insert_, error);
    quote_insert_.Reset();
    int64_t qid = sqlite3_last_insert_rowid(db_.get());
    if (!batch_first_quote_) batch_first_quote_ = qid;
  }
  return true;
}

bool Store::SiteId(const Document& doc, int64_t* id, std::string* error) {
  *id = 0;
  std::string host = HostOf(doc.source.url);
  if (host.empty()) return true;
  site_find_.Bind(1, host);
  bool has_name = false;
  if (site_find_.Step()) {
    *id = site_find_.Int(0);
    has_name = !site_find_.IsNull(1);
  }
  if (!site_find_.ok()) return Fail(site_find_, error);
  site_find_.Reset();
  if (*id) {
    if (!has_name && !doc.site_name.empty()) {
      site_name_.Bind(1, *id).Bind(2, doc.site_name);
      site_name_.Step();
      if (!site_name_.ok()) return Fail(site_name_, error);
      site_name_.Reset();
    }
    return true;
  }
  site_insert_.Bind(1, host).BindNullable(2, doc.site_name);
  site_insert_.Step();
  if (!site_insert_.ok()) return Fail(site_insert_, error);
  site_insert_.Reset();
  *id = sqlite3_last_insert_rowid(db_.get());
  return true;
}

bool Store::EntityId(const Entity& e, int64_t* id, std::string* error) {
  std::string_view type = EntityTypeName(e.type);
  entity_find_.Bind(1, e.name).Bind(2, type);
  *id = entity_find_.Step() ? entity_find_.Int(0) : 0;
  if (!entity_find_.ok()) return Fail(entity_find_, error);
  entity_find_.Reset();
  if (*id) return true;
  entity_insert_.Bind(1, e.name).Bind(2, type);
  entity_insert_.Step();
  if (!entity_insert_.ok()) return Fail(entity_insert_, error);
  entity_insert_.Reset();
  *id = sqlite3_last_insert_rowid(db_.get());
  return true;
}

bool Store::SpeakerId(const std::string& name, int64_t entity_id, int64_t* id, std::string* error) {
  speaker_find_.Bind(1, name);
  *id = 0;
  bool has_entity = false;
  if (speaker_find_.Step()) {
    *id = speaker_find_.Int(0);
    has_entity = !speaker_find_.IsNull(1);
  }
  if (!speaker_find_.ok()) return Fail(speaker_find_, error);
  speaker_find_.Reset();
  if (*id) {
    if (!has_entity && entity_id) {
      std::string e;
      Stmt link;
      if (!link.Prepare(db_, "UPDATE speakers SET entity_id=?2 WHERE id=?1", error)) return false;
      link.Bind(1, *id).Bind(2, entity_id);
      link.Step();
      if (!link.ok()) return Fail(link, error);
    }
    return true;
  }
  speaker_insert_.Bind(1, name);
  if (entity_id) speaker_insert_.Bind(2, entity_id); else speaker_insert_.BindNull(2);
  speaker_insert_.Step();
  if (!speaker_insert_.ok()) return Fail(speaker_insert_, error);
  speaker_insert_.Reset();
  *id = sqlite3_last_insert_rowid(db_.get());
  return true;
}

bool StoredPages::Open(const std::string& path, std::string* error) {
  if (!db_.Open(path, false, /*read_only=*/true, error)) return false;
  return find_.Prepare(db_, "SELECT 1 FROM pages WHERE url=?1 AND raw_hash=?2", error);
}

bool StoredPages::Contains(const std::string& key, uint64_t raw_hash) {
  find_.Bind(1, key).Bind(2, AsInt(raw_hash));
  bool found = find_.Step();
  find_.Reset();
  return found;
}

}  // namespace newsgraph::store
