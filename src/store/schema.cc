#include "store/schema.h"

#include <sys/stat.h>

namespace newsgraph::store {
namespace {

// Kept in step with docs/schema.md.
const char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS sites (
  id    INTEGER PRIMARY KEY,
  host  TEXT NOT NULL UNIQUE,
  name  TEXT
);
CREATE TABLE IF NOT EXISTS articles (
  id              INTEGER PRIMARY KEY,
  title           TEXT,
  published       TEXT,
  language        TEXT,
  authors         TEXT,
  original_source TEXT,
  canonical_url   TEXT,
  text            TEXT NOT NULL,
  text_hash       INTEGER NOT NULL,
  minhash         BLOB,
  words           INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_text_hash ON articles(text_hash);
CREATE TABLE IF NOT EXISTS article_bands (
  key         INTEGER NOT NULL,
  article_id  INTEGER NOT NULL REFERENCES articles(id)
);
CREATE INDEX IF NOT EXISTS article_bands_key ON article_bands(key);
CREATE TABLE IF NOT EXISTS pages (
  id          INTEGER PRIMARY KEY,
  url         TEXT NOT NULL,
  raw_hash    INTEGER NOT NULL,
  article_id  INTEGER REFERENCES articles(id),
  site_id     INTEGER REFERENCES sites(id),
  fetch_date  TEXT,
  source_path TEXT,
  UNIQUE (url, raw_hash)
);
CREATE INDEX IF NOT EXISTS pages_article ON pages(article_id);
CREATE INDEX IF NOT EXISTS pages_site ON pages(site_id);
CREATE TABLE IF NOT EXISTS entities (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL,
  type  TEXT NOT NULL,
  UNIQUE (name, type)
);
CREATE TABLE IF NOT EXISTS mentions (
  article_id  INTEGER NOT NULL REFERENCES articles(id),
  entity_id   INTEGER NOT NULL REFERENCES entities(id),
  begin       INTEGER NOT NULL,
  end         INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id, article_id);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id, begin);
CREATE TABLE IF NOT EXISTS speakers (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  entity_id  INTEGER REFERENCES entities(id)
);
CREATE TABLE IF NOT EXISTS quotes (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id),
  speaker_id  INTEGER REFERENCES speakers(id),
  kind        TEXT NOT NULL,
  text        TEXT NOT NULL,
  cue         TEXT,
  role        TEXT,
  begin       INTEGER NOT NULL,
  end         INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_id);
CREATE TABLE IF NOT EXISTS ingest_errors (
  id          INTEGER PRIMARY KEY,
  source_path TEXT,
  url         TEXT,
  error       TEXT NOT NULL,
  at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
  text, content='quotes', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
)sql";

bool CheckVersion(Db* db, bool fresh_ok, std::string* error) {
  Stmt v;
  if (!v.Prepare(*db, "PRAGMA user_version", error)) return false;
  int version = v.Step() ? static_cast<int>(v.Int(0)) : -1;
  if (version == kSchemaVersion) return true;
  if (version == 0 && fresh_ok) return true;
  *error = version == 0 ? "not a newsgraph database (run `newsgraph ingest` first)"
                        : "database schema version " + std::to_string(version) + " is not supported (expected " +
                              std::to_string(kSchemaVersion) + ")";
  return false;
}

}  // namespace

bool OpenForWriting(const std::string& path, Db* db, std::string* error) {
  if (!db->Open(path, /*create=*/true, /*read_only=*/false, error)) return false;
  std::string e;
  // journal_mode=WAL needs to write; a read-only file or folder fails here.
  // A larger cache and fewer, larger checkpoints: the writer is the one
  // thread that cannot be parallelised, and each checkpoint syncs the disk.
  if (!db->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                "PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16384; PRAGMA temp_store=MEMORY;",
                &e) ||
      !CheckVersion(db, true, &e) || !db->Exec("BEGIN IMMEDIATE", &e)) {
    *error = "cannot write database " + path + ": " + e;
    return false;
  }
  std::string version = "PRAGMA user_version=" + std::to_string(kSchemaVersion);
  if (!db->Exec(kSchema, &e) || !db->Exec(version.c_str(), &e) || !db->Exec("COMMIT", &e)) {
    db->Exec("ROLLBACK", &e);
    *error = "cannot create the schema in " + path + ": " + e;
    return false;
  }
  return true;
}

bool OpenForReading(const std::string& path, Db* db, std::string* error) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    *error = "no database at " + path + " (run `newsgraph ingest` first, or pass --db FILE)";
    return false;
  }
  if (!db->Open(path, false, /*read_only=*/false, error)) {
    // A read-only copy can still be queried.
    if (!db->Open(path, false, /*read_only=*/true, error)) return false;
  }
  std::string e;
  if (!CheckVersion(db, false, &e)) {
    *error = path + ": " + e;
    return false;
  }
  return true;
}

}  // namespace newsgraph::store
