#pragma once

#include "error.h"

namespace bw {

class Database;

// The registry's tables, versioned with PRAGMA user_version. Each version is one migration
// step that runs in its own transaction together with its audit entry; a released step is
// never edited, a change of schema is a new step.
class RegistrySchema {
public:
    static constexpr int kCurrentVersion = 7;

    // Brings the database from its version up to `targetVersion` (tests create older
    // registries with a lower target). A newer file than this program knows is refused.
    static Result<void> migrate(Database &database, int targetVersion = kCurrentVersion);
};

} // namespace bw
