/// The register's SQL schema as a list of forward migrations.
///
/// `PRAGMA user_version` holds how many migrations a register has had; opening a register
/// runs the missing ones, and refuses one written by a newer cmplt. `PRAGMA application_id`
/// marks the file as a cmplt register.
enum Schema {
    /// `cmpl` in ASCII: tells a cmplt register from any other SQLite file.
    static let applicationID: Int64 = 0x636D_706C

    /// The schema version this build writes.
    static var currentVersion: Int64 { Int64(migrations.count) }

    /// Migration `n` takes a register from version `n` to `n + 1`. Migrations run with foreign
    /// keys off (so that a table can be rebuilt), inside one transaction that checks them at its end.
    static let migrations: [String] = [version1, version2]

    /// The oldest schema this build can read as it is: a register that this process may not
    /// write, and so cannot migrate, is read without migrating when it is at least this version.
    static let oldestReadableVersion: Int64 = 1

    private static let states =
        "'received', 'acknowledged', 'assessed', 'investigating', 'responded', 'closed', 'escalated'"

    /// `CHECK` text accepting `column` when it is NULL or one of `values`.
    ///
    /// Written as `=` comparisons joined by `OR`, not as `IN (…)`: SQLite evaluates a constant
    /// `IN` list of three or more values in a CHECK by building a temporary b-tree on every
    /// INSERT, which made a bulk import 40% slower (docs/benchmarks.md).
    private static func oneOf(_ column: String, _ values: [String]) -> String {
        "CHECK (" + values.map { "\(column) = '\($0)'" }.joined(separator: " OR ") + ")"
    }

    private static let stateNames = [
        "received", "acknowledged", "assessed", "investigating", "responded", "closed", "escalated",
    ]

    private static let version1 = """
        CREATE TABLE complaint (
            id INTEGER PRIMARY KEY,
            ref TEXT UNIQUE CHECK (ref <> ''),
            received_at INTEGER NOT NULL,
            channel TEXT NOT NULL CHECK (channel <> ''),
            category TEXT NOT NULL CHECK (category <> ''),
            product TEXT,
            severity TEXT CHECK (severity IN ('low', 'medium', 'high', 'critical')),
            state TEXT NOT NULL CHECK (state IN (\(states))),
            complainant TEXT,
            contact TEXT,
            description TEXT NOT NULL CHECK (description <> ''),
            desired_outcome TEXT,
            assignee TEXT,
            resolution TEXT,
            upheld TEXT CHECK (upheld IN ('yes', 'partly', 'no')),
            outcome TEXT CHECK (outcome IN ('accepted', 'no-reply', 'final', 'withdrawn', 'referred')),
            root_cause TEXT,
            acknowledged_at INTEGER,
            first_responded_at INTEGER,
            last_responded_at INTEGER,
            closed_at INTEGER,
            due_acknowledge_at INTEGER,
            due_response_at INTEGER,
            reopened INTEGER NOT NULL DEFAULT 0 CHECK (reopened >= 0),
            CHECK ((state = 'closed') = (closed_at IS NOT NULL))
        ) STRICT;
        CREATE INDEX complaint_by_received ON complaint (received_at);
        CREATE INDEX complaint_by_category ON complaint (category, received_at);
        CREATE INDEX complaint_open ON complaint (state, due_response_at) WHERE state <> 'closed';
        CREATE INDEX complaint_reopened ON complaint (id) WHERE reopened > 0;

        CREATE TABLE complaint_tag (
            complaint_id INTEGER NOT NULL REFERENCES complaint (id),
            tag TEXT NOT NULL CHECK (tag <> ''),
            PRIMARY KEY (complaint_id, tag)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX complaint_tag_by_tag ON complaint_tag (tag);

        CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaint (id),
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('create', 'move', 'note', 'edit', 'erase')),
            from_state TEXT CHECK (from_state IN (\(states))),
            to_state TEXT CHECK (to_state IN (\(states))),
            field TEXT,
            old_value TEXT,
            new_value TEXT,
            note TEXT,
            old_digest TEXT,
            new_digest TEXT,
            hash TEXT NOT NULL CHECK (length(hash) = 64),
            CHECK ((kind = 'edit') = (field IS NOT NULL)),
            CHECK ((kind IN ('create', 'move')) = (to_state IS NOT NULL))
        ) STRICT;
        CREATE INDEX event_by_complaint ON event (complaint_id, id);
        CREATE INDEX event_moves ON event (to_state, at) WHERE to_state IS NOT NULL;
        CREATE TABLE event_salt (
            event_id INTEGER PRIMARY KEY REFERENCES event (id),
            salt TEXT NOT NULL
        ) STRICT;
        CREATE TRIGGER event_no_update BEFORE UPDATE ON event
            WHEN NOT (OLD.field IN ('complainant', 'contact', 'description')
                AND NEW.old_value IS NULL AND NEW.new_value IS NULL
                AND NEW.id IS OLD.id AND NEW.complaint_id IS OLD.complaint_id AND NEW.at IS OLD.at
                AND NEW.actor IS OLD.actor AND NEW.kind IS OLD.kind AND NEW.from_state IS OLD.from_state
                AND NEW.to_state IS OLD.to_state AND NEW.field IS OLD.field AND NEW.note IS OLD.note
                AND NEW.old_digest IS OLD.old_digest AND NEW.new_digest IS OLD.new_digest AND NEW.hash IS OLD.hash)
            BEGIN SELECT RAISE(ABORT, 'events are append-only: they cannot be changed'); END;
        CREATE TRIGGER event_no_delete BEFORE DELETE ON event
            BEGIN SELECT RAISE(ABORT, 'events are append-only: they cannot be deleted'); END;

        CREATE TABLE rating (
            id INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaint (id),
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            nps INTEGER CHECK (nps BETWEEN 0 AND 10),
            effort INTEGER CHECK (effort BETWEEN 1 AND 7),
            comment TEXT
        ) STRICT;
        CREATE INDEX rating_by_time ON rating (at);
        CREATE INDEX rating_by_complaint ON rating (complaint_id);
        CREATE TABLE rating_attribute (
            rating_id INTEGER NOT NULL REFERENCES rating (id),
            name TEXT NOT NULL CHECK (name <> ''),
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            PRIMARY KEY (rating_id, name)
        ) STRICT, WITHOUT ROWID;
        CREATE TRIGGER rating_no_update BEFORE UPDATE ON rating
            BEGIN SELECT RAISE(ABORT, 'ratings are append-only: they cannot be changed'); END;
        CREATE TRIGGER rating_no_delete BEFORE DELETE ON rating
            BEGIN SELECT RAISE(ABORT, 'ratings are append-only: they cannot be deleted'); END;
        CREATE TRIGGER rating_attribute_no_update BEFORE UPDATE ON rating_attribute
            BEGIN SELECT RAISE(ABORT, 'ratings are append-only: they cannot be changed'); END;
        CREATE TRIGGER rating_attribute_no_delete BEFORE DELETE ON rating_attribute
            BEGIN SELECT RAISE(ABORT, 'ratings are append-only: they cannot be deleted'); END;

        CREATE TABLE holiday (
            day TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
            name TEXT
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;
        """

    /// Version 2: the same tables with CHECKs SQLite evaluates without a temporary b-tree (see
    /// ``oneOf(_:_:)``), rebuilt as SQLite's "other kinds of table schema changes" procedure
    /// describes; and `event_moves`, an index over every move that only escalations used, replaced
    /// by a partial index on escalations; and `complaint_by_received` replaced by `complaint_lifecycle`,
    /// which starts with the same column and also holds every column the report reads, so the report
    /// reads that index (about a quarter of the table's size) instead of the whole rows.
    private static let version2 = """
        CREATE TABLE complaint_v2 (
            id INTEGER PRIMARY KEY,
            ref TEXT UNIQUE CHECK (ref <> ''),
            received_at INTEGER NOT NULL,
            channel TEXT NOT NULL CHECK (channel <> ''),
            category TEXT NOT NULL CHECK (category <> ''),
            product TEXT,
            severity TEXT \(oneOf("severity", ["low", "medium", "high", "critical"])),
            state TEXT NOT NULL \(oneOf("state", stateNames)),
            complainant TEXT,
            contact TEXT,
            description TEXT NOT NULL CHECK (description <> ''),
            desired_outcome TEXT,
            assignee TEXT,
            resolution TEXT,
            upheld TEXT \(oneOf("upheld", ["yes", "partly", "no"])),
            outcome TEXT \(oneOf("outcome", ["accepted", "no-reply", "final", "withdrawn", "referred"])),
            root_cause TEXT,
            acknowledged_at INTEGER,
            first_responded_at INTEGER,
            last_responded_at INTEGER,
            closed_at INTEGER,
            due_acknowledge_at INTEGER,
            due_response_at INTEGER,
            reopened INTEGER NOT NULL DEFAULT 0 CHECK (reopened >= 0),
            CHECK ((state = 'closed') = (closed_at IS NOT NULL))
        ) STRICT;
        INSERT INTO complaint_v2 SELECT * FROM complaint;
        DROP TABLE complaint;
        ALTER TABLE complaint_v2 RENAME TO complaint;
        CREATE INDEX complaint_lifecycle ON complaint (
            received_at, closed_at, reopened, acknowledged_at, first_responded_at, last_responded_at, due_response_at,
            upheld, category, product, channel, severity);
        CREATE INDEX complaint_by_category ON complaint (category, received_at);
        CREATE INDEX complaint_open ON complaint (state, due_response_at) WHERE state <> 'closed';
        CREATE INDEX complaint_reopened ON complaint (id) WHERE reopened > 0;

        CREATE TABLE event_v2 (
            id INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaint (id),
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            kind TEXT NOT NULL \(oneOf("kind", ["create", "move", "note", "edit", "erase"])),
            from_state TEXT \(oneOf("from_state", stateNames)),
            to_state TEXT \(oneOf("to_state", stateNames)),
            field TEXT,
            old_value TEXT,
            new_value TEXT,
            note TEXT,
            old_digest TEXT,
            new_digest TEXT,
            hash TEXT NOT NULL CHECK (length(hash) = 64),
            CHECK ((kind = 'edit') = (field IS NOT NULL)),
            CHECK ((kind = 'create' OR kind = 'move') = (to_state IS NOT NULL))
        ) STRICT;
        INSERT INTO event_v2 SELECT * FROM event;
        DROP TABLE event;
        ALTER TABLE event_v2 RENAME TO event;
        CREATE INDEX event_by_complaint ON event (complaint_id, id);
        CREATE INDEX event_escalations ON event (at) WHERE to_state = 'escalated';
        CREATE TRIGGER event_no_update BEFORE UPDATE ON event
            WHEN NOT (OLD.field IN ('complainant', 'contact', 'description')
                AND NEW.old_value IS NULL AND NEW.new_value IS NULL
                AND NEW.id IS OLD.id AND NEW.complaint_id IS OLD.complaint_id AND NEW.at IS OLD.at
                AND NEW.actor IS OLD.actor AND NEW.kind IS OLD.kind AND NEW.from_state IS OLD.from_state
                AND NEW.to_state IS OLD.to_state AND NEW.field IS OLD.field AND NEW.note IS OLD.note
                AND NEW.old_digest IS OLD.old_digest AND NEW.new_digest IS OLD.new_digest AND NEW.hash IS OLD.hash)
            BEGIN SELECT RAISE(ABORT, 'events are append-only: they cannot be changed'); END;
        CREATE TRIGGER event_no_delete BEFORE DELETE ON event
            BEGIN SELECT RAISE(ABORT, 'events are append-only: they cannot be deleted'); END;
        """
}
