#ifndef NEWSGRAPH_STORE_STORE_H_
#define NEWSGRAPH_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <string>

#include "core/document.h"
#include "store/hashing.h"
#include "store/sqlite.h"

namespace newsgraph::store {

// What Store::Add did with one document.
enum class AddOutcome {
  kStored,      // a new article with its entities, mentions and quotes
  kDuplicate,   // same or near-same body as a stored article: only the page
                // (URL, site) was recorded, pointing at that article
  kError,       // a failed document, recorded so it can be reported
};

// The key a page is stored and skipped under: its URL, or for a local file
// without one, "file:" and its path.
std::string PageKey(const Source& source);

// Writes processed documents into a newsgraph database (schema in
// docs/schema.md). One Store per database and process; one thread only.
// Writes happen inside batches: Begin, Add..., Commit. A batch is one
// transaction, so after a crash a database holds whole batches only.
class Store {
 public:
  // Opens or creates the database. Returns null with *error set on failure.
  static std::unique_ptr<Store> Open(const std::string& path, std::string* error);

  bool Begin(std::string* error);
  // Also brings the full-text index up to date with the batch.
  // Adds one document read with raw bytes hashing to `raw_hash`. A page
  // already stored under the same key and hash is left as it is (and
  // reported kDuplicate). `fingerprint` is Fingerprint(doc.text) when the
  // caller computed it already (on another thread), else null. Returns false
  // on a database failure, after which the batch must be rolled back.
  bool Add(const Document& doc, uint64_t raw_hash, const TextFingerprint* fingerprint, AddOutcome* outcome,
           std::string* error);
  bool Commit(std::string* error);
  void Rollback();

 private:
  Store() = default;
  bool Prepare(std::string* error);
  bool FindArticle(const TextFingerprint& fp, int64_t* id, std::string* error);
  bool InsertArticle(const Document& doc, const TextFingerprint& fp, int64_t* id, std::string* error);
  bool SiteId(const Document& doc, int64_t* id, std::string* error);
  bool EntityId(const Entity& e, int64_t* id, std::string* error);
  bool SpeakerId(const std::string& name, int64_t entity_id, int64_t* id, std::string* error);
  bool Fail(Stmt& s, std::string* error);

  Db db_;
  int64_t batch_first_article_ = 0;  // rows from here on still need indexing
  int64_t batch_first_quote_ = 0;
  Stmt page_done_, page_upsert_, error_insert_;
  Stmt article_by_hash_, article_by_band_, band_insert_, article_insert_, article_fts_;
  Stmt site_find_, site_insert_, site_name_;
  Stmt entity_find_, entity_insert_, mention_insert_;
  Stmt speaker_find_, speaker_insert_, quote_insert_, quote_fts_;
};

// Answers "is this page stored already?" from its own connection, so other
// threads can skip finished pages while the writer writes. One per thread.
class StoredPages {
 public:
  bool Open(const std::string& path, std::string* error);
  bool Contains(const std::string& key, uint64_t raw_hash);

 private:
  Db db_;
  Stmt find_;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_STORE_H_
