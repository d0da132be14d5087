#include <sqlite3.h>

/// SQLITE_TRANSIENT as a function: the C macro is a cast Swift cannot import.
static inline sqlite3_destructor_type cmplt_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}
