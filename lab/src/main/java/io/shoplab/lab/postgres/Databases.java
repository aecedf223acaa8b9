package io.shoplab.lab.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The databases the stacks use, all in the one lab server: the monolith's, then one per service. Each has
 * a role of its own of the same name that owns it and alone may connect to it, so that an app reaches no
 * other app's data and none runs as the superuser; the lab's own checks keep the superuser.
 */
public final class Databases {

    public static final String MONOLITH = "shop";
    public static final List<String> ALL = List.of(MONOLITH, "catalog", "reviews", "inventory", "orders", "payments");
    /** The server trusts local connections; the apps still send credentials, as against a real one. */
    public static final String SUPERUSER = "postgres";

    public static final String SUPERUSER_PASSWORD = "postgres";

    private Databases() {}

    /** The role an app connects to its database as. */
    public static String owner(String database) {
        return database;
    }

    /** A lab on 127.0.0.1 only, as in Compose: the password is the role's name. */
    public static String ownerPassword(String database) {
        return owner(database);
    }

    /** Opens a superuser connection to the named database. */
    @FunctionalInterface
    interface SuperuserConnections {
        Connection open(String database) throws SQLException;
    }

    /**
     * Makes, in the order given, each database and its owning role exist, idempotently. A data directory
     * from before the roles has the apps' schemas and tables owned by the superuser: they are handed over.
     * A new role may log in only once its database is ready, so that logging in as the last one's owner
     * means every database is.
     */
    static void prepare(SuperuserConnections superuser, List<String> names) throws SQLException {
        try (Connection server = superuser.open(SUPERUSER)) {
            for (String name : names) {
                createRoleIfMissing(server, owner(name));
                createDatabaseIfMissing(server, name);
                try (Statement sql = server.createStatement()) {
                    // Names come from the lab's own list, never from user input; these statements take no parameters.
                    sql.execute("ALTER DATABASE \"" + name + "\" OWNER TO \"" + owner(name) + "\"");
                    // By default every role may connect to every database (PUBLIC has CONNECT): only the owner may.
                    sql.execute("REVOKE CONNECT, TEMPORARY ON DATABASE \"" + name + "\" FROM PUBLIC");
                }
                try (Connection database = superuser.open(name)) {
                    handOverObjects(database, owner(name));
                }
                try (Statement sql = server.createStatement()) {
                    sql.execute("ALTER ROLE \"" + owner(name) + "\" LOGIN PASSWORD '" + ownerPassword(name) + "'");
                }
            }
        }
    }

    private static void createRoleIfMissing(Connection server, String role) throws SQLException {
        if (!exists(server, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
            try (Statement create = server.createStatement()) {
                create.execute("CREATE ROLE \"" + role + "\" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE");
            }
        }
    }

    private static void createDatabaseIfMissing(Connection server, String name) throws SQLException {
        if (!exists(server, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
            try (Statement create = server.createStatement()) {
                create.execute("CREATE DATABASE \"" + name + "\" OWNER \"" + owner(name) + "\"");
            }
        }
    }

    /**
     * The superuser's schemas (public included) and, in them, its tables and free-standing sequences
     * (a column's sequence follows its table) go to the role; the migrations create nothing else.
     */
    private static void handOverObjects(Connection database, String role) throws SQLException {
        try (Statement sql = database.createStatement()) {
            sql.execute("""
                    DO $$
                    DECLARE
                        item record;
                    BEGIN
                        FOR item IN SELECT nspname FROM pg_namespace
                                WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = '%1$s')
                                AND nspname NOT LIKE 'pg\\_%%' AND nspname <> 'information_schema' LOOP
                            EXECUTE format('ALTER SCHEMA %%I OWNER TO %%I', item.nspname, '%2$s');
                        END LOOP;
                        FOR item IN SELECT c.oid::regclass AS relation FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = '%1$s')
                                AND n.nspname NOT LIKE 'pg\\_%%' AND n.nspname <> 'information_schema'
                                AND (c.relkind IN ('r', 'p', 'v', 'm', 'f')
                                     OR c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                         WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))) LOOP
                            EXECUTE format('ALTER TABLE %%s OWNER TO %%I', item.relation, '%2$s');
                        END LOOP;
                    END $$""".formatted(SUPERUSER, role));
        }
    }

    private static boolean exists(Connection server, String query, String name) throws SQLException {
        try (PreparedStatement statement = server.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
