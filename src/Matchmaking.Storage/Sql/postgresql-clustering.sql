-- Cluster membership for the Orleans ADO.NET clustering provider on PostgreSQL. Run at every silo start under the
-- same advisory lock as the storage script (both create orleansquery), so silos starting together do not race;
-- each statement is idempotent and upgraded query texts replace older ones.
--
-- The contract with the provider (Orleans.Clustering.AdoNet 10.4.2), which reads every query below from
-- orleansquery by key: the parameter names (@DeploymentId is the cluster id, @Address/@Port/@Generation a silo),
-- the result column names (read by name, case-insensitively), Port/Generation/Status/ProxyPort as integer, the
-- times as timestamps, and the version rules: one version row per cluster, and an insert or update of a silo
-- row succeeds only if it is made together with a bump of that version from the @Version the caller read.
-- The conditional writes return one column: > 0 for success, 0 for "the version moved on / the row is not
-- as expected"; an error instead rolls the whole statement back (the provider then retries).
CREATE TABLE IF NOT EXISTS orleansquery
(
    querykey  varchar(64) NOT NULL PRIMARY KEY,
    querytext text        NOT NULL
);

-- One row per cluster: the table version every membership change advances.
CREATE TABLE IF NOT EXISTS orleansmembershipversion
(
    deploymentid varchar(150) NOT NULL PRIMARY KEY,
    modifiedon   timestamptz  NOT NULL DEFAULT now(),
    version      integer      NOT NULL DEFAULT 0
);

-- One row per silo incarnation (address, port and generation).
CREATE TABLE IF NOT EXISTS orleansmembership
(
    deploymentid varchar(150)  NOT NULL REFERENCES orleansmembershipversion (deploymentid),
    address      varchar(45)   NOT NULL,
    port         integer       NOT NULL,
    generation   integer       NOT NULL,
    siloname     varchar(150)  NOT NULL,
    hostname     varchar(150)  NOT NULL,
    status       integer       NOT NULL,
    proxyport    integer       NULL,
    suspecttimes varchar(8000) NULL,
    starttime    timestamptz   NOT NULL,
    iamalivetime timestamptz   NOT NULL,
    PRIMARY KEY (deploymentid, address, port, generation)
);

-- The version row of the cluster; true when this call created it.
INSERT INTO orleansquery (querykey, querytext) VALUES ('InsertMembershipVersionKey', '
    WITH created AS (
        INSERT INTO orleansmembershipversion (deploymentid) VALUES (@DeploymentId)
        ON CONFLICT (deploymentid) DO NOTHING
        RETURNING 1)
    SELECT CAST(count(*) AS integer) AS created FROM created;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- A new silo row, only with a bump from @Version and only if the row is not there yet. The version row is
-- locked by the bump, so two inserts from one version serialize and the second finds the version moved on.
-- The absence of the row is checked before the bump, so "already there" bumps nothing; should a concurrent insert
-- of the same row still slip in, the insert fails on the primary key and the bump is rolled back with it.
INSERT INTO orleansquery (querykey, querytext) VALUES ('InsertMembershipKey', '
    WITH bumped AS (
        UPDATE orleansmembershipversion
        SET version = version + 1, modifiedon = now()
        WHERE deploymentid = @DeploymentId AND version = @Version
          AND NOT EXISTS (
              SELECT 1 FROM orleansmembership
              WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation)
        RETURNING deploymentid),
    inserted AS (
        INSERT INTO orleansmembership
            (deploymentid, address, port, generation, siloname, hostname, status, proxyport, starttime, iamalivetime)
        SELECT deploymentid, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
        FROM bumped
        RETURNING 1)
    SELECT CAST(count(*) AS integer) AS inserted FROM inserted;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- The status, suspicions and liveness of a silo row, only with a bump from @Version and only if the row is there.
-- Should the row vanish between the check and the update (a concurrent cleanup), the statement fails (a cast
-- error, so that the bump is rolled back) rather than keep a bump that changed nothing; the guard depends on
-- the counts, so the planner cannot fold it into an error up front.
INSERT INTO orleansquery (querykey, querytext) VALUES ('UpdateMembershipKey', '
    WITH bumped AS (
        UPDATE orleansmembershipversion
        SET version = version + 1, modifiedon = now()
        WHERE deploymentid = @DeploymentId AND version = @Version
          AND EXISTS (
              SELECT 1 FROM orleansmembership
              WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation)
        RETURNING deploymentid),
    updated AS (
        UPDATE orleansmembership m
        SET status = @Status, suspecttimes = @SuspectTimes, iamalivetime = @IAmAliveTime
        FROM bumped
        WHERE m.deploymentid = bumped.deploymentid
          AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
        RETURNING 1)
    SELECT CASE WHEN b.n = u.n THEN u.n
                ELSE CAST(''membership row vanished during its update: '' || b.n AS integer) END AS updated
    FROM (SELECT CAST(count(*) AS integer) AS n FROM bumped) b, (SELECT CAST(count(*) AS integer) AS n FROM updated) u;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- The heartbeat: no version bump, no result (the provider does not check it).
INSERT INTO orleansquery (querykey, querytext) VALUES ('UpdateIAmAlivetimeKey', '
    UPDATE orleansmembership
    SET iamalivetime = @IAmAliveTime
    WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- The row of one silo with the version of its cluster; the version alone (NULL silo columns) when the row is missing.
INSERT INTO orleansquery (querykey, querytext) VALUES ('MembershipReadRowKey', '
    SELECT v.deploymentid AS DeploymentId, m.address AS Address, m.port AS Port, m.generation AS Generation,
           m.siloname AS SiloName, m.hostname AS HostName, m.status AS Status, m.proxyport AS ProxyPort,
           m.suspecttimes AS SuspectTimes, m.starttime AS StartTime, m.iamalivetime AS IAmAliveTime,
           v.version AS Version
    FROM orleansmembershipversion v
    LEFT JOIN orleansmembership m
           ON m.deploymentid = v.deploymentid
          AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    WHERE v.deploymentid = @DeploymentId;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- Every silo row of the cluster, each with the version; the version alone when there is none.
INSERT INTO orleansquery (querykey, querytext) VALUES ('MembershipReadAllKey', '
    SELECT v.deploymentid AS DeploymentId, m.address AS Address, m.port AS Port, m.generation AS Generation,
           m.siloname AS SiloName, m.hostname AS HostName, m.status AS Status, m.proxyport AS ProxyPort,
           m.suspecttimes AS SuspectTimes, m.starttime AS StartTime, m.iamalivetime AS IAmAliveTime,
           v.version AS Version
    FROM orleansmembershipversion v
    LEFT JOIN orleansmembership m ON m.deploymentid = v.deploymentid
    WHERE v.deploymentid = @DeploymentId;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- Forgets a cluster: its silo rows, then its version row.
INSERT INTO orleansquery (querykey, querytext) VALUES ('DeleteMembershipTableEntriesKey', '
    DELETE FROM orleansmembership WHERE deploymentid = @DeploymentId;
    DELETE FROM orleansmembershipversion WHERE deploymentid = @DeploymentId;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- The gateways clients may use: silos in @Status (Active) that have a gateway port.
INSERT INTO orleansquery (querykey, querytext) VALUES ('GatewaysQueryKey', '
    SELECT address AS Address, proxyport AS ProxyPort, generation AS Generation
    FROM orleansmembership
    WHERE deploymentid = @DeploymentId AND status = @Status AND proxyport > 0;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

-- Drops rows of silos that are not Active (status 3) and have not said they are alive since @IAmAliveTime.
INSERT INTO orleansquery (querykey, querytext) VALUES ('CleanupDefunctSiloEntriesKey', '
    DELETE FROM orleansmembership
    WHERE deploymentid = @DeploymentId AND iamalivetime < @IAmAliveTime AND status <> 3;')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;
