#ifndef NEWSGRAPH_STORE_SCHEMA_H_
#define NEWSGRAPH_STORE_SCHEMA_H_

#include <string>

#include "store/sqlite.h"

namespace newsgraph::store {

// The schema version this build writes and reads (PRAGMA user_version).
constexpr int kSchemaVersion = 1;

// Opens the database at `path` for writing, creating it and its tables when
// missing, with WAL journaling. Fails with a clear *error when the path
// cannot be written or the file holds an unknown schema version.
bool OpenForWriting(const std::string& path, Db* db, std::string* error);

// Opens an existing database for queries only. Fails when it is missing.
bool OpenForReading(const std::string& path, Db* db, std::string* error);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_SCHEMA_H_
