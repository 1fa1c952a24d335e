-- Grain storage for Orleans' ADO.NET provider on PostgreSQL. Run at every start under an advisory lock, so
-- silos starting together do not race; each statement is idempotent. Same shape as the SQLite script: one row
-- per state of a grain, the payload as JSON text, a cleared state kept as a NULL payload with a new version.
CREATE TABLE IF NOT EXISTS orleansquery
(
    querykey  varchar(64) NOT NULL PRIMARY KEY,
    querytext text        NOT NULL
);

CREATE TABLE IF NOT EXISTS orleansstorage
(
    serviceid              varchar(150) NOT NULL,
    graintypestring        varchar(512) NOT NULL,
    grainidn0              bigint       NOT NULL,
    grainidn1              bigint       NOT NULL,
    grainidextensionstring varchar(512) NOT NULL,
    payload                text         NULL,
    version                integer      NOT NULL,
    modifiedon             timestamptz  NOT NULL,
    PRIMARY KEY (serviceid, graintypestring, grainidextensionstring, grainidn0, grainidn1)
);

CREATE INDEX IF NOT EXISTS orleansstorage_modifiedon ON orleansstorage (serviceid, modifiedon);

INSERT INTO orleansquery (querykey, querytext) VALUES ('ReadFromStorageKey', '
    SELECT convert_to(payload, ''UTF8'') AS PayloadBinary, version AS Version
    FROM orleansstorage
    WHERE serviceid = @ServiceId AND graintypestring = @GrainTypeString
      AND grainidextensionstring = COALESCE(@GrainIdExtensionString, '''')
      AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

INSERT INTO orleansquery (querykey, querytext) VALUES ('WriteToStorageKey', '
    UPDATE orleansstorage
    SET payload = convert_from(@PayloadBinary, ''UTF8''), version = version + 1, modifiedon = clock_timestamp()
    WHERE serviceid = @ServiceId AND graintypestring = @GrainTypeString
      AND grainidextensionstring = COALESCE(@GrainIdExtensionString, '''')
      AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
      AND CAST(@GrainStateVersion AS integer) IS NOT NULL AND version = CAST(@GrainStateVersion AS integer)
    RETURNING version AS NewGrainStateVersion;
    INSERT INTO orleansstorage (serviceid, graintypestring, grainidn0, grainidn1, grainidextensionstring, payload, version, modifiedon)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, COALESCE(@GrainIdExtensionString, ''''),
           convert_from(@PayloadBinary, ''UTF8''), 1, clock_timestamp()
    WHERE CAST(@GrainStateVersion AS integer) IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version AS NewGrainStateVersion;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

INSERT INTO orleansquery (querykey, querytext) VALUES ('ClearStorageKey', '
    UPDATE orleansstorage
    SET payload = NULL, version = version + 1, modifiedon = clock_timestamp()
    WHERE serviceid = @ServiceId AND graintypestring = @GrainTypeString
      AND grainidextensionstring = COALESCE(@GrainIdExtensionString, '''')
      AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
      AND CAST(@GrainStateVersion AS integer) IS NOT NULL AND version = CAST(@GrainStateVersion AS integer)
    RETURNING version AS NewGrainStateVersion;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;
