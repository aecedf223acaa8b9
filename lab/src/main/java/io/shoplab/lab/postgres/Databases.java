package io.shoplab.lab.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The databases the stacks use, all in the one lab server: the monolith's, then one per service. */
public final class Databases {

    public static final String MONOLITH = "shop";
    public static final List<String> ALL = List.of(MONOLITH, "catalog", "reviews", "inventory", "orders", "payments");
    /** The server trusts local connections; the apps still send credentials, as against a real one. */
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private Databases() {
    }

    /** Creates, in the order given, each database that does not exist yet. */
    static void createMissing(Connection connection, List<String> names) throws SQLException {
        for (String name : names) {
            if (!exists(connection, name)) {
                try (Statement create = connection.createStatement()) {
                    // Names come from the lab's own list, never from user input; CREATE DATABASE takes no parameters.
                    create.execute("CREATE DATABASE \"" + name + "\"");
                }
            }
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
