-- Orleans' ADO.NET reminder table on PostgreSQL, the same shape as the SQLite script (the project's own SQL for the
-- keys, parameters and result columns Microsoft.Orleans.Reminders.AdoNet 10.4.2 uses). Run at every start after the
-- storage script, under its advisory lock; each statement is idempotent.
CREATE TABLE IF NOT EXISTS orleansreminderstable
(
    serviceid    varchar(150) NOT NULL,
    grainid      varchar(150) NOT NULL,
    remindername varchar(150) NOT NULL,
    starttime    timestamptz  NOT NULL,
    period       bigint       NOT NULL,
    grainhash    integer      NOT NULL,
    version      integer      NOT NULL,
    PRIMARY KEY (serviceid, grainid, remindername)
);

CREATE INDEX IF NOT EXISTS orleansreminderstable_grainhash ON orleansreminderstable (serviceid, grainhash);

INSERT INTO orleansquery (querykey, querytext) VALUES ('UpsertReminderRowKey', '
    INSERT INTO orleansreminderstable (serviceid, grainid, remindername, starttime, period, grainhash, version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
    ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
    SET starttime = excluded.starttime, period = excluded.period, grainhash = excluded.grainhash,
        version = orleansreminderstable.version + 1
    RETURNING version AS Version;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

INSERT INTO orleansquery (querykey, querytext) VALUES ('ReadReminderRowsKey', '
    SELECT grainid AS GrainId, remindername AS ReminderName, starttime AS StartTime, period AS Period, version AS Version
    FROM orleansreminderstable
    WHERE serviceid = @ServiceId AND grainid = @GrainId;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

INSERT INTO orleansquery (querykey, querytext) VALUES ('ReadReminderRowKey', '
    SELECT grainid AS GrainId, remindername AS ReminderName, starttime AS StartTime, period AS Period, version AS Version
    FROM orleansreminderstable
    WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

INSERT INTO orleansquery (querykey, querytext) VALUES ('ReadRangeRows1Key', '
    SELECT grainid AS GrainId, remindername AS ReminderName, starttime AS StartTime, period AS Period, version AS Version
    FROM orleansreminderstable
    WHERE serviceid = @ServiceId AND grainhash > @BeginHash AND grainhash <= @EndHash;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

INSERT INTO orleansquery (querykey, querytext) VALUES ('ReadRangeRows2Key', '
    SELECT grainid AS GrainId, remindername AS ReminderName, starttime AS StartTime, period AS Period, version AS Version
    FROM orleansreminderstable
    WHERE serviceid = @ServiceId AND (grainhash > @BeginHash OR grainhash <= @EndHash);')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- One row: 1 when the reminder was deleted at that version, 0 when it was not.
INSERT INTO orleansquery (querykey, querytext) VALUES ('DeleteReminderRowKey', '
    WITH deleted AS (
        DELETE FROM orleansreminderstable
        WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName AND version = @Version
        RETURNING 1)
    SELECT COUNT(*)::integer FROM deleted;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

INSERT INTO orleansquery (querykey, querytext) VALUES ('DeleteReminderRowsKey', '
    DELETE FROM orleansreminderstable WHERE serviceid = @ServiceId;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;
