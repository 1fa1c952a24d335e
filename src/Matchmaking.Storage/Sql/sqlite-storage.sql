-- Grain storage for Orleans' ADO.NET provider on SQLite. Run at every start: each statement is idempotent.
-- A row is one state of one grain: keyed by service, state name (GrainTypeString: the provider passes the
-- state name there) and the grain's key. The payload is the state's JSON as text, readable with any SQLite tool.
-- A cleared state keeps its row with a NULL payload and a new version, so readers of the table see deletions.
PRAGMA journal_mode = WAL;

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    ServiceId              TEXT    NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainIdExtensionString TEXT    NOT NULL,
    Payload                TEXT    NULL,
    Version                INTEGER NOT NULL,
    ModifiedOn             TEXT    NOT NULL,
    PRIMARY KEY (ServiceId, GrainTypeString, GrainIdExtensionString, GrainIdN0, GrainIdN1)
);

CREATE INDEX IF NOT EXISTS OrleansStorage_ModifiedOn ON OrleansStorage (ServiceId, ModifiedOn);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
    SELECT CAST(Payload AS BLOB) AS PayloadBinary, Version
    FROM OrleansStorage
    WHERE ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString = COALESCE(@GrainIdExtensionString, '''')
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1;')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- A write with a version updates only that version; a write without one only inserts. No row returned = conflict.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
    UPDATE OrleansStorage
    SET Payload = CAST(@PayloadBinary AS TEXT), Version = Version + 1, ModifiedOn = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now'')
    WHERE ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString = COALESCE(@GrainIdExtensionString, '''')
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND @GrainStateVersion IS NOT NULL AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion;
    INSERT INTO OrleansStorage (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString, Payload, Version, ModifiedOn)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, COALESCE(@GrainIdExtensionString, ''''),
           CAST(@PayloadBinary AS TEXT), 1, strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now'')
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING Version AS NewGrainStateVersion;')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
    UPDATE OrleansStorage
    SET Payload = NULL, Version = Version + 1, ModifiedOn = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now'')
    WHERE ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString = COALESCE(@GrainIdExtensionString, '''')
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND @GrainStateVersion IS NOT NULL AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion;')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
