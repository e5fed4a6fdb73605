package dev.portico.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC to the test stack's MariaDB, for tests that look behind the application's back. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static long accountId(String name) throws SQLException {
        return single("SELECT id FROM customer_account WHERE name = ?", name);
    }

    /** The first column of the first row of a query with one string parameter, as text. */
    public static String text(String sql, String parameter) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("portico.dbUrl"), "portico", "portico");
             PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no row for " + parameter + " from " + sql);
                }
                return rs.getString(1);
            }
        }
    }

    /** The first column of the first row of a query with one string parameter. */
    public static long single(String sql, String parameter) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("portico.dbUrl"), "portico", "portico");
             PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no row for " + parameter + " from " + sql);
                }
                return rs.getLong(1);
            }
        }
    }

    /** The first column of every row of a query with one string parameter, as numbers, in the query's order. */
    public static List<Long> numbers(String sql, String parameter) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("portico.dbUrl"), "portico", "portico");
             PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<Long> numbers = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    numbers.add(rs.getLong(1));
                }
            }
            return numbers;
        }
    }

    /** Runs one INSERT or UPDATE with its parameters: to plant what no service writes (an internal note for a boundary test). */
    public static int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("portico.dbUrl"), "portico", "portico");
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
