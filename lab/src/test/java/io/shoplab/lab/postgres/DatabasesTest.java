package io.shoplab.lab.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each app's database and role on an embedded PostgreSQL, as the lab's server prepares them. */
class DatabasesTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startWithADatabaseFromBeforeTheRoles() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection server = superuser("postgres");
                Statement sql = server.createStatement()) {
            sql.execute("CREATE DATABASE orders");
        }
        try (Connection orders = superuser("orders");
                Statement sql = orders.createStatement()) {
            sql.execute("CREATE SCHEMA orders");
            sql.execute("CREATE TABLE orders.orders (id bigserial PRIMARY KEY, customer text)");
            sql.execute("INSERT INTO orders.orders (customer) VALUES ('written as the superuser')");
        }
        Databases.prepare(DatabasesTest::superuser, Databases.ALL);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void aRoleMayNotConnectToAnotherAppsDatabase() {
        assertThatThrownBy(() -> connectAs("catalog", "orders").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied for database");
    }

    @Test
    void aRoleIsNoSuperuserAndMayCreateNeitherDatabasesNorRoles() throws SQLException {
        try (Connection catalog = connectAs("catalog", "catalog");
                Statement sql = catalog.createStatement();
                ResultSet role = sql.executeQuery(
                        "SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user")) {
            assertThat(role.next()).isTrue();
            assertThat(List.of(role.getBoolean(1), role.getBoolean(2), role.getBoolean(3)))
                    .containsOnly(false);
        }
    }

    @Test
    void aRoleMigratesItsOwnDatabase() throws SQLException {
        try (Connection reviews = connectAs("reviews", "reviews");
                Statement sql = reviews.createStatement()) {
            sql.execute("CREATE SCHEMA reviews");
            sql.execute("CREATE TABLE reviews.reviews (id bigserial PRIMARY KEY)");
            sql.execute("INSERT INTO reviews.reviews DEFAULT VALUES");
        }
    }

    @Test
    void whatTheSuperuserCreatedBeforeTheRolesIsHandedToTheOwner() throws SQLException {
        try (Connection orders = connectAs("orders", "orders");
                Statement sql = orders.createStatement()) {
            sql.execute("INSERT INTO orders.orders (customer) VALUES ('written as the owner')");
            sql.execute("ALTER TABLE orders.orders ADD COLUMN total_cents bigint");
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM orders.orders")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void preparingAgainChangesNothing() throws SQLException {
        Databases.prepare(DatabasesTest::superuser, Databases.ALL);

        try (Connection shop = connectAs("shop", "shop");
                Statement sql = shop.createStatement();
                ResultSet owner = sql.executeQuery(
                        "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")) {
            assertThat(owner.next()).isTrue();
            assertThat(owner.getString(1)).isEqualTo("shop");
        }
    }

    private static Connection superuser(String database) throws SQLException {
        return postgres.getDatabase(Databases.SUPERUSER, database).getConnection();
    }

    private static Connection connectAs(String role, String database) throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl(role, database), role, Databases.ownerPassword(role));
    }
}
