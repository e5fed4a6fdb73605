package dev.portico.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The two sides every benchmark compares: an API call that must succeed, and the raw SQL for the same rows. */
final class Calls {

    private Calls() {
    }

    /** The body of a 200 answer; anything else fails the run, so an error page is never timed as a result. */
    static Object ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The length of a 200 page a signed-in browser loaded; anything else fails the run. */
    static Object ok200(org.htmlunit.WebResponse response) {
        assertEquals(200, response.getStatusCode(), response.getWebRequest().getUrl().toString());
        return response.getContentLength();
    }

    /** Runs {@code sql} with one long parameter and reads every row (a column of each), as a client would. */
    static int rows(Connection db, String sql, long parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            int count = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getString(2);
                    count++;
                }
            }
            return count;
        }
    }
}
