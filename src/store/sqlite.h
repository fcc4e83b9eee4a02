#ifndef NEWSGRAPH_STORE_SQLITE_H_
#define NEWSGRAPH_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::store {

// An open SQLite connection, closed on destruction. Not thread-safe: each
// thread opens its own.
class Db {
 public:
  Db() = default;
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Opens (creating when `create`) the database at `path`. On failure
  // returns false with *error set to a message naming the path.
  bool Open(const std::string& path, bool create, bool read_only, std::string* error);
  // Runs one or more statements without parameters (schema, pragmas).
  bool Exec(const char* sql, std::string* error);
  sqlite3* get() const { return db_; }
  std::string ErrorMessage() const;

 private:
  sqlite3* db_ = nullptr;
};

// A prepared statement with positional parameters (1-based), reset after
// each use. Only bound parameters carry data into SQL.
class Stmt {
 public:
  Stmt() = default;
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  bool Prepare(const Db& db, std::string_view sql, std::string* error);
  Stmt& Bind(int i, int64_t v);
  Stmt& Bind(int i, std::string_view v);  // copied by SQLite
  Stmt& BindNullable(int i, std::string_view v);  // empty -> NULL
  Stmt& BindNull(int i);
  // Steps once: true while a row is available; false at the end or on error
  // (told apart by rc()).
  bool Step();
  int rc() const { return rc_; }
  bool ok() const { return rc_ == SQLITE_DONE || rc_ == SQLITE_ROW; }
  void Reset();
  int64_t Int(int col) const;
  std::string_view Text(int col) const;
  bool IsNull(int col) const;
  int columns() const;
  const char* ColumnName(int col) const;
  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int rc_ = SQLITE_OK;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_SQLITE_H_
