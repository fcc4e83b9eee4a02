#include "store/sqlite.h"

#include <cstring>

namespace newsgraph::store {

Db::~Db() {
  if (db_) sqlite3_close_v2(db_);
}

bool Db::Open(const std::string& path, bool create, bool read_only, std::string* error) {
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (create && !read_only) flags |= SQLITE_OPEN_CREATE;
  flags |= SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    *error = "cannot open database " + path + ": " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
    if (db_) sqlite3_close_v2(db_);
    db_ = nullptr;
    return false;
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, 10000);
  return true;
}

bool Db::Exec(const char* sql, std::string* error) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
    *error = ErrorMessage();
    sqlite3_free(msg);
    return false;
  }
  return true;
}

std::string Db::ErrorMessage() const {
  if (!db_) return "database not open";
  std::string msg = sqlite3_errmsg(db_);
  int code = sqlite3_errcode(db_);
  // "disk I/O error" alone does not say that the disk is full.
  if ((code == SQLITE_IOERR || code == SQLITE_FULL || code == SQLITE_CANTOPEN) && sqlite3_system_errno(db_) != 0) {
    msg += std::string(" (") + strerror(sqlite3_system_errno(db_)) + ")";
  } else if (sqlite3_extended_errcode(db_) == SQLITE_IOERR_WRITE) {
    msg += " while writing (is the disk full?)";
  }
  return msg;
}

Stmt::~Stmt() {
  if (stmt_) sqlite3_finalize(stmt_);
}

bool Stmt::Prepare(const Db& db, std::string_view sql, std::string* error) {
  if (stmt_) sqlite3_finalize(stmt_);
  stmt_ = nullptr;
  int rc = sqlite3_prepare_v3(db.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                              &stmt_, nullptr);
  if (rc != SQLITE_OK) {
    *error = db.ErrorMessage();
    return false;
  }
  return true;
}

Stmt& Stmt::Bind(int i, int64_t v) {
  sqlite3_bind_int64(stmt_, i, v);
  return *this;
}

Stmt& Stmt::Bind(int i, std::string_view v) {
  sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}

Stmt& Stmt::BindNullable(int i, std::string_view v) { return v.empty() ? BindNull(i) : Bind(i, v); }

Stmt& Stmt::BindNull(int i) {
  sqlite3_bind_null(stmt_, i);
  return *this;
}

bool Stmt::Step() {
  rc_ = sqlite3_step(stmt_);
  return rc_ == SQLITE_ROW;
}

void Stmt::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int64_t Stmt::Int(int col) const { return sqlite3_column_int64(stmt_, col); }

std::string_view Stmt::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (!p) return {};
  return std::string_view(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, col));
}

bool Stmt::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
int Stmt::columns() const { return sqlite3_column_count(stmt_); }
const char* Stmt::ColumnName(int col) const { return sqlite3_column_name(stmt_, col); }

}  // namespace newsgraph::store
