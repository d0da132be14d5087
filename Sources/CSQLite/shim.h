#include <sqlite3.h>
#include <signal.h>

/// SQLITE_TRANSIENT as a function: the C macro is a cast Swift cannot import.
static inline sqlite3_destructor_type cmplt_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

/// The connection a SIGINT interrupts, and whether one arrived; set only by the functions below.
static sqlite3 *volatile cmplt_interrupt_target = 0;
static volatile sig_atomic_t cmplt_interrupt_received = 0;

static void cmplt_on_interrupt(int signal_number) {
    (void)signal_number;
    cmplt_interrupt_received = 1;
    if (cmplt_interrupt_target) sqlite3_interrupt(cmplt_interrupt_target);
}

/// While set, Ctrl-C (SIGINT) interrupts `db`'s running statement and is remembered, instead
/// of killing the process; pass NULL to restore the default.
static inline void cmplt_interrupt_on_sigint(sqlite3 *db) {
    cmplt_interrupt_received = 0;
    cmplt_interrupt_target = db;
    signal(SIGINT, db ? cmplt_on_interrupt : SIG_DFL);
}

/// Whether a SIGINT arrived since cmplt_interrupt_on_sigint was last called.
static inline int cmplt_interrupted(void) {
    return cmplt_interrupt_received;
}
