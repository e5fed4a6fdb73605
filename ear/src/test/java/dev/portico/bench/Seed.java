package dev.portico.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs the launcher's generators ({@code config/seed/*.sql}, as {@code ./portal seed} does)
 * over JDBC until the wanted number of rows exist. The scripts' client-side DELIMITER lines are
 * dropped: over JDBC the server parses the compound statement itself.
 */
final class Seed {

    private Seed() {
    }

    static void upTo(Connection db, String what, String table, long target) throws SQLException, IOException {
        long existing = count(db, table);
        if (existing >= target) {
            return;
        }
        String script = Files.readString(Path.of(System.getProperty("portico.root", ".."), "config", "seed", what + ".sql"))
                .replaceAll("(?m)^DELIMITER .*$", "")
                .replace("END//", "END;");
        long started = System.nanoTime();
        try (Statement statement = db.createStatement()) {
            statement.execute("SET @" + what + " = " + (target - existing) + ";\n" + script);
            while (statement.getMoreResults() || statement.getUpdateCount() != -1) {
                // drain every result of the script
            }
        }
        System.out.printf("seeded %d %s in %.1f s%n", target - existing, what, (System.nanoTime() - started) / 1e9);
    }

    static long count(Connection db, String table) throws SQLException {
        return single(db, "SELECT COUNT(*) FROM " + table);
    }

    static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
